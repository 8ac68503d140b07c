package co.pump.icm.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.AwsTarget;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.InstanceReader;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.compare.Category;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.testing.ImportExpectation;
import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyTest {

    static final RateSettings FAST = RateSettings.AWS_DEFAULTS.withRate(1000);

    @TempDir
    Path dir;

    static IdentityCenterConfig export(AwsTarget target) {
        try (var clients = AwsClients.open(target, 32)) {
            return new InstanceReader(clients, new AwsCallRunner(FAST), ExportListener.NONE).read(null).config();
        }
    }

    static Plan plan(AwsTarget target, IdentityCenterConfig snapshot, PlanOptions options) {
        try (var clients = AwsClients.open(target, 32)) {
            return new ImportSession(clients, new AwsCallRunner(FAST)).plan(snapshot, options, ExportListener.NONE);
        }
    }

    static ApplyResult apply(AwsTarget target, Plan plan, Path journal) {
        try (var clients = AwsClients.open(target, 32)) {
            return new ImportSession(clients, new AwsCallRunner(FAST)).apply(plan, journal, ApplyListener.NONE, null);
        }
    }

    @Test
    void theDemoMigratesCompletelyAndASecondRunWritesNothing() throws Exception {
        try (var fixture = SandboxFixture.demo()) {
            IdentityCenterConfig snapshot = export(fixture.source());
            Plan plan = plan(fixture.target(), snapshot, PlanOptions.defaults());
            // The user disabled in the source is not created (DisabledUsersImportTest has the option).
            assertThat(plan.count(Category.USERS, ChangeKind.CREATE)).isEqualTo(39);
            assertThat(plan.count(Category.USERS, ChangeKind.SKIP)).isEqualTo(1);
            assertThat(plan.count(Category.GROUPS, ChangeKind.CREATE)).isEqualTo(8);
            assertThat(plan.count(Category.PERMISSION_SETS, ChangeKind.CREATE)).isEqualTo(12);
            assertThat(plan.count(Category.ASSIGNMENTS, ChangeKind.SKIP)).isPositive();

            Path journal = dir.resolve("journal.jsonl");
            ApplyResult result = apply(fixture.target(), plan, journal);
            assertThat(result.failures()).isEmpty();
            assertThat(result.count(Outcome.SUCCEEDED)).isEqualTo(plan.writes().size());

            // Read back by code that shares nothing with the product: the target holds the source, once.
            ImportExpectation.assertMatches(fixture.readTarget(), fixture.expectedTarget(), "The demo target");

            // Verify: planning again finds nothing to do.
            Plan again = plan(fixture.target(), snapshot, PlanOptions.defaults());
            assertThat(again.writes()).isEmpty();
            assertThat(again.count(Category.USERS, ChangeKind.UNCHANGED)).isEqualTo(39);

            int before = fixture.sandbox().calls().records().size();
            ApplyResult second = apply(fixture.target(), again, dir.resolve("journal2.jsonl"));
            assertThat(second.items()).isEmpty();
            var afterwards = fixture.sandbox().calls().records().subList(before, fixture.sandbox().calls().records().size());
            assertThat(afterwards).noneMatch(c -> !c.operation().matches("(List|Describe|Get).*"));

            // The journal has a start, every change started and finished, and an end.
            List<String> lines = Files.readAllLines(journal);
            assertThat(lines.get(0)).contains("\"type\":\"run\"");
            assertThat(lines.get(lines.size() - 1)).contains("\"type\":\"end\"").contains("\"failed\":0");
            assertThat(lines.stream().filter(l -> l.contains("\"status\":\"SUCCEEDED\"")).count())
                    .isEqualTo(plan.writes().size());
            assertThat(String.join("\n", lines)).doesNotContain(fixture.seeded().target().secretAccessKey());
        }
    }

    @Test
    void aMissingCustomerManagedPolicyFailsOnlyItsAssignmentsWithAwsReason() {
        try (var fixture = SandboxFixture.start(DemoData.scenarioWithMissingPolicy(), 7, o -> o)) {
            IdentityCenterConfig snapshot = export(fixture.source());
            Plan plan = plan(fixture.target(), snapshot, PlanOptions.defaults());
            ApplyResult result = apply(fixture.target(), plan, dir.resolve("j.jsonl"));
            assertThat(result.failures()).isNotEmpty().allSatisfy(f -> {
                assertThat(f.category()).isEqualTo(Category.ASSIGNMENTS);
                assertThat(f.changeId()).contains("/DataEngineer/").contains(DemoData.DEV);
                assertThat(f.outcome()).isEqualTo(Outcome.FAILED);
                assertThat(f.reason()).contains("DataLakeAccess");
            });
            assertThat(result.count(Outcome.SUCCEEDED)).isEqualTo(plan.writes().size() - result.failures().size());
        }
    }

    @Test
    void updatesExistingItemsFieldByField() {
        try (var fixture = SandboxFixture.demo()) {
            IdentityCenterConfig snapshot = export(fixture.source());
            apply(fixture.target(), plan(fixture.target(), snapshot, PlanOptions.defaults()), dir.resolve("a.jsonl"));
            // Someone changes things in the target; the next import puts them back.
            IdentityCenterConfig target = export(fixture.target());
            var changedSnapshot = PlanEdits.withTargetDrift(snapshot);
            Plan plan = plan(fixture.target(), changedSnapshot, PlanOptions.defaults());
            assertThat(plan.count(ChangeKind.UPDATE)).isEqualTo(PlanEdits.UPDATES);
            ApplyResult result = apply(fixture.target(), plan, dir.resolve("b.jsonl"));
            assertThat(result.failures()).isEmpty();
            assertThat(plan(fixture.target(), changedSnapshot, PlanOptions.defaults()).writes()).isEmpty();
            assertThat(target.users()).hasSize(39);
        }
    }
}
