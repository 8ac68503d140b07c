package co.pump.icm.ui.importing;

import java.nio.file.Path;

import co.pump.icm.apply.Journal;
import co.pump.icm.ui.app.AppDirectories;

/**
 * Where the wizard's imports journal their writes: next to the snapshot, as {@code icm apply}
 * does ({@link Journal#besideSnapshot}); in the app's data folder when the snapshot has no file.
 * The Import step writes it; the Finish step reads it for the report.
 */
public final class ImportJournal {

    private ImportJournal() {
    }

    /** The journal of imports of the snapshot saved at {@code snapshotFile} (may be null). */
    public static Path of(Path snapshotFile) {
        return snapshotFile != null ? Journal.besideSnapshot(snapshotFile)
                : AppDirectories.dataDirectory().resolve("import.journal.jsonl").toAbsolutePath();
    }
}
