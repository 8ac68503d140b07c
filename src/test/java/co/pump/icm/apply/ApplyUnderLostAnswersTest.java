package co.pump.icm.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.FaultOptions;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.testing.ImportExpectation;
import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo import against a sandbox that carries out some requests and then loses their answers
 * (the connection drops, or a server error comes back): it completes with no failure, and the
 * target, read back by the test-side reader, holds the source once — nothing doubled, nothing
 * lost.
 */
class ApplyUnderLostAnswersTest {

    @TempDir
    Path dir;

    @Test
    void theDemoImportCompletesWithNothingTwiceAndNothingMissing() {
        try (var fixture = SandboxFixture.start(DemoData.scenario(), 21, o -> o);
             var clients = AwsClients.open(fixture.target(), 16)) {
            IdentityCenterConfig snapshot = ApplyTest.export(fixture.source());
            var session = new ImportSession(clients, new AwsCallRunner(RateSettings.AWS_DEFAULTS.withRate(1000)));
            Plan plan = session.plan(snapshot, PlanOptions.defaults(), ExportListener.NONE);

            fixture.sandbox().changeFaults(FaultOptions.none().withLostReplyRate(0.1).withLateFailRate(0.05));
            ApplyResult result = session.apply(plan, dir.resolve("journal.jsonl"), ApplyListener.NONE, null);
            fixture.sandbox().changeFaults(FaultOptions.none());

            assertThat(fixture.sandbox().stats().lostReplies()).isPositive();
            assertThat(fixture.sandbox().stats().lateFailures()).isPositive();
            assertThat(fixture.sandbox().calls().writes()).anyMatch(c -> c.answerLost() && c.carriedOut());
            assertThat(result.failures()).isEmpty();
            assertThat(result.count(Outcome.SUCCEEDED)).isEqualTo(plan.writes().size());
            ImportExpectation.assertMatches(fixture.readTarget(), fixture.expectedTarget(), "The demo target");
            assertThat(session.plan(snapshot, PlanOptions.defaults(), ExportListener.NONE).writes()).isEmpty();
        }
    }
}
