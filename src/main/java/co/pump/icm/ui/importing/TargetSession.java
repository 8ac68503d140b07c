package co.pump.icm.ui.importing;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;

import co.pump.icm.apply.Applier;
import co.pump.icm.apply.ApplyListener;
import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.ImportSession;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.AwsTarget;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.follow.AccountFollower;
import co.pump.icm.follow.FollowListener;
import co.pump.icm.follow.FollowResult;
import co.pump.icm.follow.FollowSettings;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;

/**
 * The new organization as the wizard's last steps reach it: plan against it (only reads) and
 * apply a plan to it, through the engine's {@link ImportSession}. Each call opens the AWS clients
 * and closes them when done, so nothing stays open between steps. Blocking: call from background
 * work only.
 *
 * @param target how to reach the new delegated administrator account
 * @param rates  how fast to call AWS ({@link RateSettings#AWS_DEFAULTS} in the app)
 */
public record TargetSession(AwsTarget target, RateSettings rates) {

    public TargetSession {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(rates, "rates");
    }

    /** Reads the target and plans the snapshot's import with the given options. Writes nothing. */
    public Plan plan(IdentityCenterConfig snapshot, PlanOptions options, ExportListener listener) {
        try (var clients = open()) {
            return new ImportSession(clients, new AwsCallRunner(rates)).plan(snapshot, options, listener);
        }
    }

    /**
     * Applies a plan, journaling every write.
     *
     * @param applier receives the running applier, so that the caller can cancel it
     */
    public ApplyResult apply(Plan plan, Path journal, ApplyListener listener, Consumer<Applier> applier) {
        try (var clients = open()) {
            return new ImportSession(clients, new AwsCallRunner(rates)).apply(plan, journal, listener, applier);
        }
    }

    /**
     * Follows the accounts after an import of the plan (run {@code runId}): blocks until every
     * awaited account has arrived, the follower is cancelled, or the time limit.
     *
     * @param follower receives the follower, so that the caller can cancel it
     */
    public FollowResult follow(Plan plan, Path journal, String runId, FollowSettings settings, FollowListener listener,
                               Consumer<AccountFollower> follower) {
        try (var clients = open()) {
            var following = new AccountFollower(new ImportSession(clients, new AwsCallRunner(rates)), plan, journal, runId,
                    settings, listener);
            follower.accept(following);
            return following.follow();
        }
    }

    private AwsClients open() {
        // Room for every request in flight plus the assignment status polls.
        return AwsClients.open(target, rates.concurrency() + 16);
    }
}
