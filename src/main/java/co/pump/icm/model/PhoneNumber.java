package co.pump.icm.model;

/** A user's phone number. */
public record PhoneNumber(String value, String type, Boolean primary) {
}
