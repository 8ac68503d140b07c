package co.pump.icm.kind;

/** One named value worth reading about an item, e.g. "Session duration" — "PT8H". */
public record Fact(String name, String value) {
}
