package co.pump.icm.ui.export;

/**
 * One category's line in the export's progress: {@code ✓ Users   1,240}.
 *
 * @param name  the category as a person says it, e.g. "Permission sets"
 * @param count what has been read, e.g. {@code 1,240} or {@code 7 of 12}
 * @param done  true once the category has been read completely
 */
public record CategoryCount(String name, String count, boolean done) {

    /** The mark in front of the line: ✓ when done, … while reading. */
    public String mark() {
        return done ? "✓" : "…";
    }
}
