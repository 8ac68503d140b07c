package co.pump.icm.model;

/** An AWS account of the organization, for the record and the report. */
public record Account(String id, String name, String email, String status) {
}
