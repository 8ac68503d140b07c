package co.pump.icm.sandbox.state;

/** A user or group assigned to an application, as AWS holds it: by ID. */
public record ApplicationAssignmentRecord(String principalType, String principalId) {
}
