package co.pump.icm.plan;

import static co.pump.icm.model.TestConfigs.DEV_ACCOUNT;
import static co.pump.icm.model.TestConfigs.PROD_ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Group;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.TestConfigs;
import org.junit.jupiter.api.Test;

/** The planner checks IAM Identity Center's quotas before anything is written. */
class QuotaChecksTest {

    private final IdentityCenterConfig snapshot = TestConfigs.full();

    private static IdentityCenterConfig withPermissionSets(IdentityCenterConfig config, List<PermissionSet> sets) {
        return new IdentityCenterConfig(config.source(), config.accounts(), config.users(), config.groups(),
                config.memberships(), sets, config.assignments(), config.accessControl(), config.applications());
    }

    private static IdentityCenterConfig withGroupsAndAssignments(IdentityCenterConfig config, List<Group> groups,
                                                                 List<AccountAssignment> assignments) {
        return new IdentityCenterConfig(config.source(), config.accounts(), config.users(), groups,
                config.memberships(), config.permissionSets(), assignments, config.accessControl(),
                config.applications());
    }

    private static PermissionSet withInlinePolicy(PermissionSet p, String policy) {
        return new PermissionSet(p.name(), p.description(), p.sessionDuration(), p.relayState(), p.tags(), policy,
                p.managedPolicies(), p.customerManagedPolicies(), p.permissionsBoundary(), p.origin());
    }

    /** A policy document with the given number of characters that are not whitespace, padded with spaces. */
    private static String policyOf(int nonWhitespace) {
        String frame = "{\"a\":\"\"}";
        return "{\"a\":\"" + "x".repeat(nonWhitespace - frame.length()) + "\"}" + " ".repeat(5_000);
    }

    @Test
    void anInlinePolicyOverTheNonWhitespaceQuotaIsAConflictAndItsAssignmentsAreSkipped() {
        var admin = TestConfigs.adminPermissionSet();
        var readOnly = TestConfigs.readOnlyPermissionSet();
        var source = withPermissionSets(snapshot, List.of(withInlinePolicy(admin, policyOf(10_241)),
                withInlinePolicy(readOnly, policyOf(10_240))));
        Plan plan = Planner.plan(source, PlannerTest.emptyTarget(), PlanOptions.defaults());

        assertThat(PlannerTest.reason(plan, "permission-set:AdministratorAccess")).isEqualTo("its inline policy has "
                + "10,241 characters that are not whitespace, and AWS allows 10,240; shorten it in the source first");
        assertThat(plan.change("permission-set:AdministratorAccess")).isInstanceOf(Change.Conflict.class);
        assertThat(plan.change("permission-set:ReadOnly")).isInstanceOf(Change.Create.class);
        String adminAssignment = "assignment:" + PROD_ACCOUNT + "/AdministratorAccess/GROUP/Admins";
        assertThat(plan.change(adminAssignment)).isInstanceOf(Change.Skip.class);
        assertThat(PlannerTest.reason(plan, adminAssignment)).isEqualTo("permission set AdministratorAccess will not "
                + "exist in the target (it is in conflict: its inline policy has 10,241 characters that are not "
                + "whitespace, and AWS allows 10,240; shorten it in the source first)");
        assertThat(plan.change("assignment:" + DEV_ACCOUNT + "/ReadOnly/USER/carol@acme.com"))
                .isInstanceOf(Change.Create.class);
    }

    @Test
    void anUpdateToAnInlinePolicyOverTheQuotaIsAConflict() {
        var admin = TestConfigs.adminPermissionSet();
        var source = withPermissionSets(snapshot, List.of(withInlinePolicy(admin, policyOf(12_000)),
                TestConfigs.readOnlyPermissionSet()));
        var target = PlannerTest.targetWith(PlannerTest.emptyTarget(), snapshot.users(), snapshot.groups(),
                snapshot.memberships(), snapshot.permissionSets(), snapshot.assignments());
        Plan plan = Planner.plan(source, target, PlanOptions.defaults());
        assertThat(plan.change("permission-set:AdministratorAccess")).isInstanceOf(Change.Conflict.class);
        assertThat(plan.change("assignment:" + PROD_ACCOUNT + "/AdministratorAccess/GROUP/Admins")).isNull();
    }

    @Test
    void groupsBeyondAHundredForOnePermissionSetInOneAccountAreConflicts() {
        var groups = new ArrayList<Group>();
        var assignments = new ArrayList<AccountAssignment>();
        for (int i = 0; i < 103; i++) {
            String name = String.format("Team%03d", i);
            groups.add(new Group(name, null, List.of(), Origin.of("g" + i)));
            assignments.add(new AccountAssignment(PROD_ACCOUNT, "ReadOnly", PrincipalType.GROUP, name, null));
        }
        // A user does not count, and neither does another account.
        assignments.add(new AccountAssignment(PROD_ACCOUNT, "ReadOnly", PrincipalType.USER, "bob@acme.com", null));
        assignments.add(new AccountAssignment(DEV_ACCOUNT, "ReadOnly", PrincipalType.GROUP, "Team102", null));
        var source = withGroupsAndAssignments(snapshot, groups, assignments);
        // The target already has two of them: 98 more fit.
        var target = PlannerTest.targetWith(PlannerTest.emptyTarget(), List.of(), groups.subList(0, 2), List.of(),
                List.of(TestConfigs.readOnlyPermissionSet()), assignments.subList(0, 2));
        Plan plan = Planner.plan(source, target, PlanOptions.defaults());

        List<String> conflicts = plan.changes().stream().filter(c -> c instanceof Change.Conflict<?>)
                .map(Change::id).toList();
        assertThat(conflicts).containsExactly("assignment:" + PROD_ACCOUNT + "/ReadOnly/GROUP/Team100",
                "assignment:" + PROD_ACCOUNT + "/ReadOnly/GROUP/Team101",
                "assignment:" + PROD_ACCOUNT + "/ReadOnly/GROUP/Team102");
        assertThat(PlannerTest.reason(plan, conflicts.get(0))).isEqualTo("permission set ReadOnly would be assigned "
                + "to more than 100 groups in account " + PROD_ACCOUNT + ", and AWS allows at most 100; give these "
                + "groups access through fewer, larger groups first");
        assertThat(plan.change("assignment:" + PROD_ACCOUNT + "/ReadOnly/GROUP/Team099"))
                .isInstanceOf(Change.Create.class);
        assertThat(plan.change("assignment:" + PROD_ACCOUNT + "/ReadOnly/USER/bob@acme.com"))
                .isInstanceOf(Change.Create.class);
        assertThat(plan.change("assignment:" + DEV_ACCOUNT + "/ReadOnly/GROUP/Team102"))
                .isInstanceOf(Change.Create.class);
    }

    @Test
    void quotasThatCanBeRaisedAreWarnings() {
        var sets = new ArrayList<PermissionSet>();
        var assignments = new ArrayList<AccountAssignment>();
        for (int i = 0; i < 501; i++) {
            String name = "Set" + i;
            sets.add(new PermissionSet(name, null, null, null, List.of(), null, List.of(), List.of(), null, null));
            assignments.add(new AccountAssignment(DEV_ACCOUNT, name, PrincipalType.USER, "bob@acme.com", null));
        }
        var source = new IdentityCenterConfig(snapshot.source(), snapshot.accounts(), snapshot.users(),
                snapshot.groups(), snapshot.memberships(), sets, assignments, null, List.of());
        var manySets = new ArrayList<PermissionSet>();
        for (int i = 0; i < 3_000; i++) {
            manySets.add(new PermissionSet("Existing" + i, null, null, null, List.of(), null, List.of(), List.of(),
                    null, Origin.of("arn:aws:sso:::permissionSet/ssoins-9999999999999999/ps-" + i)));
        }
        var target = PlannerTest.targetWith(PlannerTest.emptyTarget(), List.of(), List.of(), List.of(), manySets,
                List.of());
        Plan plan = Planner.plan(source, target, PlanOptions.defaults().withUpdateExisting(false));
        assertThat(plan.warnings()).extracting(PlanWarning::message).contains(
                "The target would have 3,501 permission sets; AWS allows 3,500 per instance unless the quota was "
                        + "raised. Ask for an increase in the new organization first.",
                "These accounts would have more permission sets provisioned than the 500 AWS allows per account "
                        + "unless the quota was raised: " + DEV_ACCOUNT + " (501). Ask for an increase in the new "
                        + "organization first.");
    }
}
