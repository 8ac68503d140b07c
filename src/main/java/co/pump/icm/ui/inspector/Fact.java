package co.pump.icm.ui.inspector;

/** One named value in a detail pane or in the snapshot's source facts, e.g. "Session" — "PT8H". */
public record Fact(String name, String value) {
}
