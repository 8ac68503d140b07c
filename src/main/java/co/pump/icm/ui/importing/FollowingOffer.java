package co.pump.icm.ui.importing;

import java.nio.file.Path;
import java.util.function.Supplier;

import co.pump.icm.plan.Plan;
import co.pump.icm.ui.follow.AccountFollowing;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.state.TargetChange;
import co.pump.icm.ui.tasks.TaskExecutor;

/**
 * After an import, offers to follow the accounts its plan awaits (the migration state's
 * {@link AccountFollowing}), writing in the import's own run so that an undo takes back what
 * following creates too. It is apart from {@link ImportViewModel} because following outlives the
 * step (the Finish step shows it too); the step only says when an import ended.
 */
final class FollowingOffer {

    private final MigrationState state;
    private final TaskExecutor tasks;
    private final SessionRuns sessionRuns;
    private final Supplier<TargetSession> target;
    private final Supplier<Path> journal;

    /**
     * @param sessionRuns where a run following wrote into is recorded for the undo
     * @param target      the new organization, as the step reaches it when an import ends
     * @param journal     the journal of the import that ended
     */
    FollowingOffer(MigrationState state, TaskExecutor tasks, SessionRuns sessionRuns, Supplier<TargetSession> target,
            Supplier<Path> journal) {
        this.state = state;
        this.tasks = tasks;
        this.sessionRuns = sessionRuns;
        this.target = target;
        this.journal = journal;
    }

    /**
     * The accounts the plan awaits can be followed, in the import's own run, unless it was
     * cancelled (import the rest first) or its run cannot be found in the journal.
     */
    void afterImport(Plan plan, String runId, boolean cancelled) {
        if (runId == null || cancelled) {
            return;
        }
        TargetSession session = target.get();
        Path journalFile = journal.get();
        var run = new AccountFollowing.Run(plan,
                (settings, listener, follower) -> session.follow(plan, journalFile, runId, settings, listener, follower),
                state.isDemoMode() ? DemoArrivals.joinNow(state.getDemoSandbox(), plan) : null);
        state.following().offer(run, tasks, what -> {
            sessionRuns.followed(runId);
            state.targetChangeProperty().set(TargetChange.now(what));
        });
    }
}
