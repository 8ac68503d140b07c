package co.pump.icm.model;

/** A user's photo: a URL with an optional type and display text. */
public record Photo(String value, String type, String display, Boolean primary) {
}
