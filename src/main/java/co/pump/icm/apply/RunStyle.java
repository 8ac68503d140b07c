package co.pump.icm.apply;

import java.util.Objects;

/**
 * What kind of run an {@link Applier} makes: how it names itself in reasons, which journal entry
 * type records its changes, and what it checks right before each write.
 *
 * @param noun       the run as a person names it, e.g. {@code import} ("the import was cancelled")
 * @param changeType the journal entry type of each change, e.g. {@code change}
 * @param guard      the check before each write
 */
public record RunStyle(String noun, String changeType, WriteGuard guard) {

    /** An import: {@code change} entries, no extra check. */
    public static final RunStyle IMPORT = new RunStyle("import", "change", WriteGuard.NONE);

    public RunStyle {
        Objects.requireNonNull(noun, "noun");
        Objects.requireNonNull(changeType, "changeType");
        Objects.requireNonNull(guard, "guard");
    }
}
