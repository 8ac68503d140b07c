package co.pump.icm.follow;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import co.pump.icm.apply.ApplyListener;
import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.ImportSession;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.InstanceReader;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.sandbox.organizations.AccountMoves;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.testing.SandboxFixture;

/**
 * The demo with larkspur-security and larkspur-sandbox still in the current organization, exported,
 * and an import session on the new organization: what following the accounts needs, for tests.
 */
public final class FollowFixture implements AutoCloseable {

    public static final RateSettings FAST = RateSettings.AWS_DEFAULTS.withRate(1000);
    public static final List<String> ARRIVING = List.of(DemoData.SECURITY, DemoData.SANDBOX);

    public final SandboxFixture sandbox;
    public final AwsClients clients;
    public final ImportSession session;
    public final IdentityCenterConfig snapshot;
    public final Path journal;

    public FollowFixture(Path dir, Duration assignmentDelay) {
        sandbox = SandboxFixture.start(DemoData.scenarioWithAccountsArriving(), 17,
                o -> o.withAssignmentDelay(assignmentDelay));
        try (var source = AwsClients.open(sandbox.source(), 32)) {
            snapshot = new InstanceReader(source, new AwsCallRunner(FAST), ExportListener.NONE).read(null).config();
        }
        clients = AwsClients.open(sandbox.target(), 32);
        session = new ImportSession(clients, new AwsCallRunner(FAST));
        journal = dir.resolve("larkspur.journal.jsonl");
    }

    public Plan plan() {
        return session.plan(snapshot, PlanOptions.defaults(), ExportListener.NONE);
    }

    /** Imports the plan as a new run; its ID. */
    public String importRun(Plan plan) {
        String runId = UUID.randomUUID().toString();
        ApplyResult result = session.apply(plan, journal, runId, ApplyListener.NONE, null);
        if (!result.failures().isEmpty()) {
            throw new AssertionError("The import failed: " + result.failures());
        }
        return runId;
    }

    /** The two accounts join the new organization after the delay. */
    public AccountMoves.ScheduledJoin joinAfter(Duration delay) {
        return AccountMoves.schedule(sandbox.world(), ARRIVING, DemoData.TARGET_ORGANIZATION,
                sandbox.world().now() + delay.toMillis());
    }

    public AccountFollower follower(Plan plan, String runId, Duration interval, Duration limit, FollowListener listener) {
        return new AccountFollower(session, plan, journal, runId,
                new FollowSettings(interval, Instant.now().plus(limit)), listener);
    }

    /** The target instance's assignments in an account. */
    public long assignmentsIn(String accountId) {
        synchronized (sandbox.world()) {
            SandboxInstance target = sandbox.world().instance(sandbox.seeded().targetInstanceArn()).orElseThrow();
            return target.assignments.stream().filter(a -> a.accountId().equals(accountId)).count();
        }
    }

    public long calls(String operation) {
        return sandbox.sandbox().calls().records().stream().filter(c -> c.operation().equals(operation)).count();
    }

    @Override
    public void close() {
        clients.close();
        sandbox.close();
    }
}
