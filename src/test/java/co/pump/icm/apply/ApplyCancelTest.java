package co.pump.icm.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.testing.ImportExpectation;
import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyCancelTest {

    @TempDir
    Path dir;

    @Test
    void cancellingFinishesWhatIsInFlightStartsNothingNewAndARerunCompletes() throws Exception {
        try (var fixture = SandboxFixture.demo();
             var clients = AwsClients.open(fixture.target(), 32)) {
            var snapshot = ApplyTest.export(fixture.source());
            var session = new ImportSession(clients, new AwsCallRunner(RateSettings.AWS_DEFAULTS.withRate(30)));
            var plan = session.plan(snapshot, PlanOptions.defaults(), ExportListener.NONE);
            var applier = new AtomicReference<Applier>();
            var someDone = new CompletableFuture<Void>();
            var run = CompletableFuture.supplyAsync(() -> session.apply(plan, dir.resolve("j.jsonl"), new ApplyListener() {
                @Override
                public void onProgress(ApplyProgress progress) {
                }

                @Override
                public void onItem(ItemResult item) {
                    someDone.complete(null);
                }
            }, applier::set));
            someDone.get(30, TimeUnit.SECONDS);
            applier.get().cancel();
            ApplyResult result = run.get(60, TimeUnit.SECONDS);

            assertThat(result.cancelled()).isTrue();
            assertThat(result.count(Outcome.SUCCEEDED)).isPositive().isLessThan(plan.writes().size());
            assertThat(result.failures()).allSatisfy(f -> {
                assertThat(f.outcome()).isEqualTo(Outcome.NOT_ATTEMPTED);
                assertThat(f.reason()).contains("cancelled");
            });
            int after = fixture.sandbox().calls().records().size();
            Thread.sleep(300);
            assertThat(fixture.sandbox().calls().records().size()).as("nothing sent after the run ended").isEqualTo(after);

            var fast = new ImportSession(clients, new AwsCallRunner(RateSettings.AWS_DEFAULTS.withRate(1000)));
            var rest = fast.plan(snapshot, PlanOptions.defaults(), ExportListener.NONE);
            assertThat(rest.writes()).hasSize(plan.writes().size() - (int) result.count(Outcome.SUCCEEDED));
            assertThat(fast.apply(rest, dir.resolve("j.jsonl"), ApplyListener.NONE, null).failures()).isEmpty();
            assertThat(fast.plan(snapshot, PlanOptions.defaults(), ExportListener.NONE).writes()).isEmpty();
            ImportExpectation.assertMatches(fixture.readTarget(), fixture.expectedTarget(), "The target after the rerun");
        }
    }
}
