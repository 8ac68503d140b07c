package co.pump.icm.sandbox.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.User;

class LargeDataTest {

    @Test
    void sizesAreProportionalToUsers() {
        assertThat(LargeData.Counts.forUsers(10_000)).isEqualTo(new LargeData.Counts(10_000, 1_000, 30_000, 200,
                5_000, 20));
        assertThat(LargeData.Counts.forUsers(100)).isEqualTo(new LargeData.Counts(100, 10, 300, 10, 50, 6));
        assertThat(LargeData.Counts.forUsers(200_000).permissionSets()).isEqualTo(2_000);
        assertThat(LargeData.Counts.forUsers(1)).isEqualTo(new LargeData.Counts(1, 1, 1, 10, 1, 6));
        assertThat(LargeData.Counts.forUsers(2)).isEqualTo(new LargeData.Counts(2, 1, 2, 10, 1, 6));
    }

    @Test
    void generatesExactlyTheCountsWithNothingDanglingOrRepeated() {
        var counts = LargeData.Counts.forUsers(5_000);
        IdentityCenterConfig config = LargeData.scenario(counts, 7).sourceConfig();
        assertThat(config.users()).hasSize(5_000);
        assertThat(config.groups()).hasSize(counts.groups());
        assertThat(config.memberships()).hasSize(counts.memberships());
        assertThat(config.permissionSets()).hasSize(counts.permissionSets());
        assertThat(config.assignments()).hasSize(counts.assignments());
        assertThat(config.accounts()).hasSize(counts.accounts());
        assertThat(ConfigIntegrity.problems(config)).isEmpty();
        assertThat(AwsConstraints.violations(config)).isEmpty();
    }

    @Test
    void smallAndDenseCountsStillFit() {
        for (var counts : List.of(LargeData.Counts.forUsers(1), LargeData.Counts.forUsers(7),
                new LargeData.Counts(3, 2, 6, 1, 3, 2))) {
            IdentityCenterConfig config = LargeData.scenario(counts, 3).sourceConfig();
            assertThat(config.memberships()).as(counts.toString()).hasSize(counts.memberships());
            assertThat(config.assignments()).as(counts.toString()).hasSize(counts.assignments());
            assertThat(ConfigIntegrity.problems(config)).as(counts.toString()).isEmpty();
        }
    }

    @Test
    void usesEveryPolicyKindAndBothPrincipalTypes() {
        SandboxScenario scenario = LargeData.scenario(1_000, 11);
        List<PermissionSet> sets = scenario.sourceConfig().permissionSets();
        assertThat(sets).anyMatch(ps -> ps.inlinePolicy() != null);
        assertThat(sets).allMatch(ps -> !ps.managedPolicies().isEmpty());
        assertThat(sets).anyMatch(ps -> ps.customerManagedPolicies().stream().anyMatch(r -> !r.path().equals("/")));
        assertThat(sets).anyMatch(ps -> ps.permissionsBoundary() != null
                && ps.permissionsBoundary().managedPolicyArn() != null);
        assertThat(sets).anyMatch(ps -> ps.permissionsBoundary() != null
                && ps.permissionsBoundary().customerManagedPolicyReference() != null);
        assertThat(sets).anyMatch(ps -> !ps.tags().isEmpty());
        assertThat(sets).anyMatch(ps -> ps.relayState() != null);
        assertThat(sets).extracting(PermissionSet::sessionDuration).doesNotContainNull();
        assertThat(scenario.sourceConfig().assignments()).extracting(AccountAssignment::principalType)
                .contains(PrincipalType.USER, PrincipalType.GROUP);
        assertThat(scenario.sourceConfig().users()).extracting(User::userStatus).contains("ENABLED", "DISABLED");
    }

    @Test
    void assignsOnePermissionSetInTheManagementAccountAndMovesAllButOneAccount() {
        SandboxScenario scenario = LargeData.scenario(3_000, 5);
        assertThat(scenario.sourceConfig().assignments()).filteredOn(a -> a.accountId().equals("111111111111"))
                .extracting(AccountAssignment::permissionSetName).hasSize(1);
        List<String> members = scenario.sourceOrganization().members().stream().map(a -> a.id()).toList();
        assertThat(scenario.movedAccountIds()).hasSize(members.size() - 1)
                .containsExactlyElementsOf(members.subList(0, members.size() - 1));
        assertThat(scenario.missingPolicy()).isNull();
        // Every account holds the customer managed policies its assignments need.
        for (AccountAssignment a : scenario.sourceConfig().assignments()) {
            PermissionSet ps = scenario.sourceConfig().permissionSets().stream()
                    .filter(p -> p.name().equals(a.permissionSetName())).findFirst().orElseThrow();
            assertThat(scenario.customerManagedPoliciesIn(a.accountId())).containsAll(PolicyPlacement.referencedBy(ps));
        }
    }

    @Test
    void sameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        SandboxScenario first = LargeData.scenario(2_000, 42);
        assertThat(LargeData.scenario(2_000, 42)).isEqualTo(first);
        SandboxScenario other = LargeData.scenario(2_000, 43);
        assertThat(other).isNotEqualTo(first);
        assertThat(other.sourceConfig().users()).isNotEqualTo(first.sourceConfig().users());
        assertThat(other.sourceConfig().memberships()).isNotEqualTo(first.sourceConfig().memberships());
        assertThat(other.sourceConfig().assignments()).isNotEqualTo(first.sourceConfig().assignments());
    }

    @Test
    void rejectsCountsThatCannotBeGenerated() {
        assertThatThrownBy(() -> LargeData.Counts.forUsers(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("At least one user, not 0");
        assertThatThrownBy(() -> new LargeData.Counts(0, 1, 0, 1, 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Counts need at least 1 user, group, permission set and assignment and 2 accounts, "
                        + "not 0, 1, 1, 1 and 2");
        assertThatThrownBy(() -> new LargeData.Counts(3, 2, 7, 1, 1, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("7 memberships cannot fit 3 users in 2 groups");
        assertThatThrownBy(() -> new LargeData.Counts(1, 1, 1, 1, 3, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("3 assignments are too many for 1 member accounts, 1 permission sets, 1 users and 1 groups");
    }
}
