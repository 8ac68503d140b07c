package co.pump.icm.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.compare.Category;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.testing.ImportExpectation;
import co.pump.icm.testing.Inventory;
import co.pump.icm.testing.InventoryKinds;
import co.pump.icm.testing.SandboxFixture;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.plan.Plan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyCancelTest {

    @TempDir
    Path dir;

    SandboxFixture fixture;
    AwsClients clients;
    IdentityCenterConfig snapshot;
    ImportSession session;
    Plan plan;

    /** The demo's source exported, and its import into the empty target planned at 30 requests a second. */
    @BeforeEach
    void plan() {
        fixture = SandboxFixture.demo();
        clients = AwsClients.open(fixture.target(), 32);
        snapshot = ApplyTest.export(fixture.source());
        session = new ImportSession(clients, new AwsCallRunner(RateSettings.AWS_DEFAULTS.withRate(30)));
        plan = session.plan(snapshot, PlanOptions.defaults(), ExportListener.NONE);
    }

    @AfterEach
    void stop() {
        clients.close();
        fixture.close();
    }

    /** Starts the plan's import; {@code onItem} hears of each item's end, {@code applier} is there to cancel. */
    private CompletableFuture<ApplyResult> start(AtomicReference<Applier> applier, Consumer<ItemResult> onItem) {
        return CompletableFuture.supplyAsync(() -> session.apply(plan, dir.resolve("j.jsonl"), new ApplyListener() {
            @Override
            public void onProgress(ApplyProgress progress) {
            }

            @Override
            public void onItem(ItemResult item) {
                onItem.accept(item);
            }
        }, applier::set));
    }

    @Test
    void cancellingFinishesWhatIsInFlightStartsNothingNewAndARerunCompletes() throws Exception {
        var applier = new AtomicReference<Applier>();
        var someDone = new CompletableFuture<Void>();
        var run = start(applier, item -> someDone.complete(null));
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

    @Test
    void aCancelLeavesNobodyCreatedWithoutTheirManager() throws Exception {
        var applier = new AtomicReference<Applier>();
        // Cancelled as soon as the first user is done, while the others, and their managers, are still ahead.
        var run = start(applier, item -> {
            if (item.category() == Category.USERS) {
                applier.get().cancel();
            }
        });
        ApplyResult result = run.get(60, TimeUnit.SECONDS);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.items()).extracting(ItemResult::outcome).doesNotContain(Outcome.FAILED);
        long users = result.items().stream().filter(i -> i.category() == Category.USERS
                && i.outcome() == Outcome.SUCCEEDED).count();
        assertThat(users).isPositive().isLessThan(plan.count(Category.USERS, ChangeKind.CREATE));
        // Each user there is whole, the manager included: read back independently, as the source has it.
        Inventory expected = ImportExpectation.withoutOutputOnlyFields(fixture.expectedTarget());
        List<Inventory.Item> created = ImportExpectation.withoutOutputOnlyFields(
                fixture.readTarget(InventoryKinds.USERS)).items(InventoryKinds.USERS);
        assertThat(created).hasSize((int) users).isSubsetOf(expected.items(InventoryKinds.USERS))
                .anySatisfy(u -> assertThat(u.fields().toString()).contains("manager="));
    }
}
