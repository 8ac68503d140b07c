package co.pump.icm.rollback;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import co.pump.icm.apply.Applier;
import co.pump.icm.apply.ApplyListener;
import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.Journal;
import co.pump.icm.apply.RunStyle;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.InstanceLookup;
import co.pump.icm.aws.InstanceReader;
import co.pump.icm.aws.InstanceWriter;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.snapshot.Canonical;

/**
 * Undoing one import run on a signed-in target: plan (read the target and compare; nothing
 * written), apply (through the import's {@link Applier}: same limits, retries, progress events and
 * cancel; every write journaled), verify (read again and check every item is back). The command
 * line and the wizard both go through here.
 */
public final class RollbackSession {

    /** The journal entry types a rollback adds to the journal of the run it undoes. */
    public static final String RUN_ENTRY = "rollback-run";
    public static final String CHANGE_ENTRY = "rollback-change";
    public static final String END_ENTRY = "rollback-end";

    private final AwsClients clients;
    private final AwsCallRunner runner;

    public RollbackSession(AwsClients clients, AwsCallRunner runner) {
        this.clients = clients;
        this.runner = runner;
    }

    /**
     * Reads the target and plans the undo of one run of a journal. Only reads.
     *
     * @param runId the run to undo, or null for the journal's last run
     * @throws MigratorException when the run is unknown, the signed-in target is not the one the
     *                           run wrote to (checked before the target is read), or the target
     *                           cannot be read
     */
    public RollbackPlan plan(ImportJournal journal, String runId, ExportListener listener) {
        ImportRun run = journal.run(runId);
        IdentityCenterConfig target = read(journal.file(), run, listener);
        return new RollbackPlan(journal.file(), run, RollbackPlanner.plan(run, target), notes(journal, run));
    }

    /**
     * Undoes the plan's writes, appending a {@value #RUN_ENTRY} line, a {@value #CHANGE_ENTRY}
     * line per change started and ended, and a {@value #END_ENTRY} line to the journal.
     *
     * @param cancel receives the applier so that the caller can cancel it (may be null)
     */
    public ApplyResult apply(RollbackPlan plan, ApplyListener listener, Consumer<Applier> cancel) {
        SourceInfo target = plan.target();
        var writer = new InstanceWriter(clients, runner, target.instanceArn(), target.identityStoreId());
        var guard = new RollbackGuard(new InstanceLookup(clients, runner, target.instanceArn(),
                target.identityStoreId()), plan.plan().target());
        try (var journal = Journal.open(plan.journalFile(), UUID.randomUUID().toString())) {
            var start = new LinkedHashMap<String, Object>();
            start.put("rollsBack", plan.run().runId());
            start.put("target", target);
            start.put("planned", plan.plan().counts());
            journal.write(RUN_ENTRY, start);
            var applier = new Applier(writer, runner, journal, listener,
                    new RunStyle("rollback", CHANGE_ENTRY, guard));
            if (cancel != null) {
                cancel.accept(applier);
            }
            ApplyResult result = applier.apply(plan.plan());
            journal.write(END_ENTRY, result.summary());
            return result;
        }
    }

    /** Reads the target again and checks that every item the run touched is as it was before the run. Only reads. */
    public RollbackVerification verify(RollbackPlan plan, ExportListener listener) {
        IdentityCenterConfig target = read(plan.journalFile(), plan.run(), listener);
        return RollbackVerification.of(new RollbackPlan(plan.journalFile(), plan.run(),
                RollbackPlanner.plan(plan.run(), target), List.of()));
    }

    public AwsCallRunner runner() {
        return runner;
    }

    /** Reads the whole target, through a {@link TargetGate}. */
    private IdentityCenterConfig read(Path journalFile, ImportRun run, ExportListener listener) {
        return Canonical.of(new InstanceReader(clients, runner,
                new TargetGate(clients, runner, journalFile, run, listener)).read(null).config());
    }

    private static List<String> notes(ImportJournal journal, ImportRun run) {
        var notes = new ArrayList<String>();
        if (journal.tornLastLine()) {
            notes.add("The journal's last line is incomplete (the program was stopped while writing it); it is left out.");
        }
        long unfinished = run.unfinishedChanges();
        if (!run.finished() || unfinished > 0) {
            notes.add("The import did not finish (it was stopped)" + (unfinished == 0 ? "" : "; " + unfinished
                    + " change" + (unfinished == 1 ? " was" : "s were") + " started without a recorded outcome, "
                    + "and the target was checked for each") + ".");
        }
        if (!run.undoStarted().isEmpty()) {
            notes.add("An earlier rollback of this run started " + run.undoStarted().size() + " change"
                    + (run.undoStarted().size() == 1 ? "" : "s") + "; what it finished is already back.");
        }
        return notes;
    }
}
