package co.pump.icm.model;

/** A user's email address. {@code primary} is null when AWS did not report it. */
public record Email(String value, String type, Boolean primary) {
}
