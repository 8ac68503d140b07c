package co.pump.icm.rollback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import co.pump.icm.apply.ApplyResult;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.apply.ApplyListener;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.FaultOptions;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.testing.ImportExpectation;
import co.pump.icm.testing.Inventory;
import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rolling the demo import back against a sandbox that carries out some requests and then loses
 * their answers: the rollback completes with no failure, and the target, read back by the
 * test-side reader, is as it was before the import.
 */
class RollbackUnderLostAnswersTest {

    @TempDir
    Path dir;

    @Test
    void theRollbackCompletesAndLeavesTheTargetAsBefore() {
        try (var fixture = SandboxFixture.start(DemoData.scenario(), 22, o -> o)) {
            Inventory before = fixture.readTarget();
            Path journal = dir.resolve("journal.jsonl");
            ApplyResult imported = Rollbacks.importInto(fixture.target(), Rollbacks.export(fixture.source()),
                    PlanOptions.defaults(), journal);
            assertThat(imported.failures()).isEmpty();

            fixture.sandbox().changeFaults(FaultOptions.none().withLostReplyRate(0.1).withLateFailRate(0.05));
            ApplyResult result;
            try (var clients = AwsClients.open(fixture.target(), 16)) {
                var session = new RollbackSession(clients, new AwsCallRunner(Rollbacks.FAST));
                RollbackPlan plan = session.plan(ImportJournal.read(journal), null, ExportListener.NONE);
                result = session.apply(plan, ApplyListener.NONE, null);
                assertThat(session.verify(plan, ExportListener.NONE).back()).isTrue();
            }
            fixture.sandbox().changeFaults(FaultOptions.none());

            assertThat(fixture.sandbox().stats().lostReplies()).isPositive();
            assertThat(fixture.sandbox().stats().lateFailures()).isPositive();
            assertThat(result.failures()).isEmpty();
            ImportExpectation.assertMatches(fixture.readTarget(), before, "The target after the rollback");
        }
    }
}
