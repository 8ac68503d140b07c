package co.pump.icm.model;

/** An identifier given to a user or group by an external identity provider (SCIM). */
public record ExternalId(String issuer, String id) {
}
