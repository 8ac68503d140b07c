package co.pump.icm.model;

/**
 * A user's role, as in the Identity Store {@code Role} shape (AWS keeps exactly one per user).
 * {@code primary} is null when AWS did not report it.
 */
public record Role(String value, String type, Boolean primary) {
}
