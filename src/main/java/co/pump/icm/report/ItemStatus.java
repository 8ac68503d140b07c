package co.pump.icm.report;

/**
 * How one item of a migration ended, as the report shows it: a symbol and a word, so that
 * nothing depends on colour.
 */
public enum ItemStatus {
    /** AWS made the change. */
    DONE("✓", "Done"),
    /** AWS refused or failed the change; the reason says why. */
    FAILED("✗", "Failed"),
    /** Not tried, because something it needs failed or the run was cancelled. */
    NOT_ATTEMPTED("–", "Not attempted"),
    /** Started, but the run stopped before its outcome was recorded: unknown; the next run finds out. */
    UNFINISHED("?", "Outcome unknown"),
    /** Left alone on purpose, for the reason given. */
    SKIPPED("·", "Skipped"),
    /** Cannot be migrated as it is, for the reason given; left alone. */
    CONFLICT("!", "Conflict");

    private final String symbol;
    private final String label;

    ItemStatus(String symbol, String label) {
        this.symbol = symbol;
        this.label = label;
    }

    /** A one-character mark, e.g. {@code ✓}. */
    public String symbol() {
        return symbol;
    }

    /** The word a person reads, e.g. {@code Failed}. */
    public String label() {
        return label;
    }
}
