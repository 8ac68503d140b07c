package co.pump.icm.ui.export;

/**
 * One category's line in the export's progress: {@code ✓ Users   1,240}.
 *
 * @param name  the category as a person says it, e.g. "Permission sets"
 * @param count what has been read, e.g. {@code 1,240} or {@code 7 of 12}, or a dash before anything is known
 * @param state whether the category is being read, has been read, or neither
 */
public record CategoryCount(String name, String count, State state) {

    /** Where a category's reading stands. */
    public enum State {
        /** Nothing is being read (before an export, after a cancel). */
        IDLE(""),
        /** Being read. */
        READING("…"),
        /** Read completely. */
        DONE("✓");

        private final String mark;

        State(String mark) {
            this.mark = mark;
        }
    }

    /** The mark in front of the line: ✓ when done, … while reading, nothing otherwise. */
    public String mark() {
        return state.mark;
    }

    /** True once the category has been read completely. */
    public boolean done() {
        return state == State.DONE;
    }
}
