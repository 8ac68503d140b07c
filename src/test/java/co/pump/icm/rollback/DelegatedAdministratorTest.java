package co.pump.icm.rollback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.ItemResult;
import co.pump.icm.apply.Outcome;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.InstanceWriter;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.CallRecord;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import and rollback as the new organization's delegated administrator, a member account: AWS
 * answers some operations only to the management account, so icm must never need them.
 */
class DelegatedAdministratorTest {

    /** What AWS allows only the management account (docs/aws-behaviour.md, "Member accounts"). */
    private static final Set<String> MANAGEMENT_ONLY = Set.of("ListAccountAssignmentsForPrincipal");

    @TempDir
    Path dir;

    @Test
    void importAndRollbackMakeNoManagementOnlyCallAndTheTargetIsBackAsItWas() throws Exception {
        try (var fixture = SandboxFixture.demo()) {
            IdentityCenterConfig snapshot = Rollbacks.export(fixture.source());
            Path before = Rollbacks.snapshotOf(fixture.target(), dir.resolve("before.json"));
            int first = fixture.sandbox().calls().records().size();
            Path journal = dir.resolve("journal.jsonl");
            assertThat(Rollbacks.importInto(fixture.target(), snapshot, PlanOptions.defaults(), journal).failures())
                    .isEmpty();
            RollbackPlan plan = Rollbacks.plan(fixture.target(), journal, null);
            assertThat(Rollbacks.apply(fixture.target(), plan).failures()).isEmpty();
            assertThat(Rollbacks.verify(fixture.target(), plan).back()).isTrue();
            assertThat(Files.readString(Rollbacks.snapshotOf(fixture.target(), dir.resolve("after.json"))))
                    .isEqualTo(Files.readString(before));

            var calls = fixture.sandbox().calls().records().subList(first, fixture.sandbox().calls().records().size());
            assertThat(calls).extracting(CallRecord::account).containsOnly(DemoData.TARGET_DELEGATED_ADMIN);
            assertThat(calls).filteredOn(c -> MANAGEMENT_ONLY.contains(c.operation())).isEmpty();
            assertThat(calls).filteredOn(c -> "AccessDeniedException".equals(c.error())).isEmpty();
            // The rollback's look before deleting users and groups read the assignments this way instead.
            assertThat(calls).extracting(CallRecord::operation).contains("ListAccountAssignments");
        }
    }

    @Test
    void anAssignmentGivenBetweenPlanningAndWritingKeepsItsUser() {
        try (var fixture = SandboxFixture.demo()) {
            Path journal = dir.resolve("journal.jsonl");
            Rollbacks.importInto(fixture.target(), Rollbacks.export(fixture.source()), PlanOptions.defaults(), journal);
            RollbackPlan plan = Rollbacks.plan(fixture.target(), journal, null);
            IdentityCenterConfig imported = Rollbacks.export(fixture.target());
            var billing = TargetData.find(imported.permissionSets(), p -> p.name().equals("Billing"));
            var maya = TargetData.find(imported.users(), u -> u.userName().equals(TargetData.MAYA));
            try (var clients = AwsClients.open(fixture.target(), 4)) {
                new InstanceWriter(clients, new AwsCallRunner(Rollbacks.FAST), imported.source().instanceArn(),
                        imported.source().identityStoreId())
                        .createAssignment("777777777777", billing.origin().id(), PrincipalType.USER,
                                maya.origin().id(), "by hand");
            }

            ApplyResult result = Rollbacks.apply(fixture.target(), plan);
            assertThat(result.failures()).extracting(ItemResult::changeId, ItemResult::outcome).contains(
                    tuple("user:" + TargetData.MAYA, Outcome.NOT_ATTEMPTED));
            assertThat(result.items().stream().filter(i -> i.changeId().equals("user:" + TargetData.MAYA))
                    .findFirst().orElseThrow().reason()).isEqualTo("the user still has access to 777777777777 / "
                    + "Billing, which the rollback does not remove; deleting it would remove them too");
            assertThat(Rollbacks.export(fixture.target()).users()).extracting(u -> u.userName())
                    .containsExactly(TargetData.MAYA);
            assertThat(fixture.sandbox().calls().records()).filteredOn(c -> MANAGEMENT_ONLY.contains(c.operation()))
                    .isEmpty();
        }
    }
}
