package co.pump.icm.model;

/** A tag on a permission set. The value may be empty but not null. */
public record Tag(String key, String value) {
}
