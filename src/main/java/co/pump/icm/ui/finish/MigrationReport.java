package co.pump.icm.ui.finish;

import java.nio.file.Path;
import java.util.List;

import co.pump.icm.follow.FollowHistory;
import co.pump.icm.model.Face;
import co.pump.icm.model.MigratorException;
import co.pump.icm.report.JournalReader;
import co.pump.icm.report.ReportAssembler;
import co.pump.icm.report.ReportData;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.ui.importing.JournalLocation;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.verify.AccessTestResult;
import co.pump.icm.verify.DriftCheck;

/**
 * What the Finish step hands to the report engine, taken from the state on the FX thread so that
 * the report can be assembled off it: every import run of the snapshot in its journal (the whole
 * migration, less what an undo took back), the snapshot, the Test step's comparison and sign-ins, and the portal URL shown there.
 *
 * @param journal      the import journal
 * @param snapshot     the snapshot that was imported
 * @param snapshotName its file name, for the report's messages
 * @param verification the last comparison, or null
 * @param accessTests  the sign-ins as a test user
 * @param portalUrl    the portal URL (a custom subdomain), or null for the instance's default
 */
record MigrationReport(Path journal, Snapshot snapshot, String snapshotName, DriftCheck verification,
                       List<AccessTestResult> accessTests, String portalUrl) {

    MigrationReport {
        accessTests = List.copyOf(accessTests);
    }

    /** What the state holds now; null when nothing was imported with this snapshot yet (no journal). */
    static MigrationReport of(MigrationState state) {
        if (state.getSnapshot() == null || !java.nio.file.Files.exists(JournalLocation.of(state.snapshotFileProperty().get()))) {
            return null;
        }
        Path snapshotFile = state.snapshotFileProperty().get();
        String name = snapshotFile == null || snapshotFile.getFileName() == null ? "The snapshot"
                : snapshotFile.getFileName().toString();
        return new MigrationReport(JournalLocation.of(snapshotFile), state.getSnapshot(), name,
                state.verificationProperty().get(), state.accessTests(), state.portalUrlProperty().get());
    }

    /**
     * Reads the journal and assembles the report's data. Blocking: call from background work.
     *
     * @throws MigratorException when the journal cannot be read or is of another snapshot
     */
    ReportData assemble() {
        var history = JournalReader.history(journal);
        var assembler = ReportAssembler.ofMigration(history, snapshot, snapshotName, Face.WIZARD)
                .verification(verification).portalUrl(portalUrl);
        var runs = history.migration(snapshot.config().source());
        if (!runs.isEmpty()) {
            // The accounts following waited for, up to the migration's last run.
            assembler.followedAccounts(FollowHistory.read(journal).timelines(runs.get(runs.size() - 1).runId()));
        }
        accessTests.forEach(assembler::accessTest);
        return assembler.assemble();
    }
}
