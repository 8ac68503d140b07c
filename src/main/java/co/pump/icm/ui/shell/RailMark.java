package co.pump.icm.ui.shell;

/** How the step rail marks a step, in a mark and words (never by colour alone). */
public enum RailMark {
    /** The step on screen: "●". */
    CURRENT("●", "current step"),
    /** A step the user went through: "✓". */
    DONE("✓", "done"),
    /** A step still ahead: no mark. */
    UPCOMING("", "to do");

    private final String mark;
    private final String words;

    RailMark(String mark, String words) {
        this.mark = mark;
        this.words = words;
    }

    /** The glyph shown before the step's title. */
    public String mark() {
        return mark;
    }

    /** The same in words, for screen readers and tooltips. */
    public String words() {
        return words;
    }
}
