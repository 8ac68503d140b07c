package co.pump.icm.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import co.pump.icm.apply.ApplyListener;
import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.ImportSession;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.kind.UserKind;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.FaultOptions;
import co.pump.icm.sandbox.data.LargeData;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.testing.ImportExpectation;
import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import of large:2000 into a sandbox at AWS's limits — 20 requests per second per family,
 * 5% of requests failing with a 500, 1% of connections dropped, 2% of answers lost after the work
 * was done and 1% replaced by a 500, assignments taking a second — completes with no failure and
 * verifies, and the test-side reader finds the target whole, with no twins. Slow (several
 * minutes), so it runs with {@code mvn verify -Preliability}.
 */
@Tag("reliability")
class ApplyUnderFaultsTest {

    @TempDir
    Path dir;

    @Test
    void importCompletesAndVerifiesUnderFaults() {
        var scenario = LargeData.scenario(2000, 9);
        try (var fixture = SandboxFixture.start(scenario, 9, o -> o.withAssignmentDelay(Duration.ofSeconds(1))
                .withFaults(FaultOptions.none().withTps(20).withFailRate(0.05).withResetRate(0.01)
                        .withLostReplyRate(0.02).withLateFailRate(0.01)));
             var clients = AwsClients.open(fixture.target(), 48)) {
            var session = new ImportSession(clients, new AwsCallRunner(RateSettings.AWS_DEFAULTS));
            Plan plan = session.plan(scenario.sourceConfig(), PlanOptions.defaults(), ExportListener.NONE);
            ApplyResult result = session.apply(plan, dir.resolve("journal.jsonl"), ApplyListener.NONE, null);
            System.out.printf("import under faults: %,d changes in %.0f s, %s; sandbox %s%n", result.items().size(),
                    result.elapsed().toMillis() / 1000.0, result.stats().total(), fixture.sandbox().stats());
            assertThat(result.failures()).isEmpty();
            assertThat(result.stats().total().throttled()).isPositive();
            assertThat(result.stats().total().retried()).isPositive();
            assertThat(fixture.sandbox().stats().lostReplies()).isPositive();
            assertThat(fixture.sandbox().stats().lateFailures()).isPositive();

            Plan verify = session.plan(scenario.sourceConfig(), PlanOptions.defaults(), ExportListener.NONE);
            assertThat(verify.writes()).isEmpty();
            SandboxInstance target = fixture.world().instance(fixture.seeded().targetInstanceArn()).orElseThrow();
            synchronized (fixture.world()) {
                // Every user of the source but those disabled there, which an import leaves out by default.
                long enabled = scenario.sourceConfig().users().stream().filter(u -> !UserKind.isDisabled(u)).count();
                assertThat(enabled).isBetween(1900L, 1999L);
                assertThat(target.users).hasSize((int) enabled);
                assertThat(target.assignments.stream().distinct().count()).isEqualTo(target.assignments.size());
            }
            ImportExpectation.assertMatches(fixture.withoutFaults(fixture::readTarget),
                    fixture.withoutFaults(fixture::expectedTarget), "The large:2000 target");
        }
    }
}
