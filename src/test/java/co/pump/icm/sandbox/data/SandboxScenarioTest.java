package co.pump.icm.sandbox.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.MigratorException;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.TestConfigs;

class SandboxScenarioTest {

    @Test
    void wrapsAConfigurationInTheTwoOrganizationSetting() {
        IdentityCenterConfig config = TestConfigs.full();
        SandboxScenario scenario = SandboxScenario.fromConfig(config);

        assertThat(scenario.sourceConfig()).isSameAs(config);
        assertThat(scenario.sourceOrganization().id()).isEqualTo("o-abc123defg");
        assertThat(scenario.sourceOrganization().management().name()).isEqualTo("acme-management");
        assertThat(scenario.sourceOrganization().members()).extracting(Account::id)
                .containsExactly("222222222222", "333333333333");
        assertThat(scenario.movedAccountIds()).containsExactly("222222222222");
        assertThat(scenario.targetOrganization().management().id()).isEqualTo("999999999999");
        assertThat(scenario.targetOrganization().delegatedAdministrator().id()).isEqualTo("888888888888");
        assertThat(scenario.targetOrganization().members()).extracting(Account::id).containsExactly("777777777777");
        assertThat(scenario.targetOrganization().id()).isEqualTo("o-pump000001");
        assertThat(scenario.sourceRegion()).isEqualTo("us-east-1");
        assertThat(scenario.targetRegion()).isEqualTo("eu-west-1");
        assertThat(scenario.targetConfig().users()).isEmpty();
        assertThat(scenario.missingPolicy()).isNull();
        // AdministratorAccess references /security/AuditRead; ReadOnly has the /Boundary boundary.
        assertThat(scenario.customerManagedPolicies()).isEqualTo(Map.of(
                "222222222222", Set.of("/security/AuditRead"),
                "333333333333", Set.of("/security/AuditRead", "/Boundary")));
    }

    @Test
    void addsAccountsOnlyTheAssignmentsMentionAndAvoidsTakenTargetIds() {
        IdentityCenterConfig full = TestConfigs.full();
        var accounts = new ArrayList<>(full.accounts());
        accounts.add(new Account("999999999999", "acme-archive", "archive@acme.com", "ACTIVE"));
        var assignments = new ArrayList<>(full.assignments());
        assignments.add(new AccountAssignment("444444444444", "ReadOnly", PrincipalType.USER, "bob@acme.com", null));
        var config = new IdentityCenterConfig(null, accounts, full.users(), full.groups(), full.memberships(),
                full.permissionSets(), assignments, null, List.of());

        SandboxScenario scenario = SandboxScenario.fromConfig(config);

        assertThat(scenario.sourceOrganization().management().id()).isEqualTo("111111111111");
        assertThat(scenario.sourceOrganization().id()).isEqualTo("o-source0001");
        assertThat(scenario.sourceOrganization().members()).extracting(Account::id)
                .containsExactly("222222222222", "333333333333", "999999999999", "444444444444");
        assertThat(scenario.sourceOrganization().members().get(3).name()).isEqualTo("account-444444444444");
        assertThat(scenario.movedAccountIds()).containsExactly("222222222222", "333333333333", "999999999999");
        assertThat(scenario.targetOrganization().management().id()).isEqualTo("999999999998");
    }

    @Test
    void movesALoneMemberAccount() {
        IdentityCenterConfig full = TestConfigs.full();
        var config = new IdentityCenterConfig(full.source(), full.accounts().subList(0, 2), full.users(),
                full.groups(), full.memberships(), full.permissionSets(),
                full.assignments().subList(0, 1), null, List.of());
        assertThat(SandboxScenario.fromConfig(config).movedAccountIds()).containsExactly("222222222222");
    }

    @Test
    void rejectsAnAccountIdThatIsNotTwelveDigits() {
        IdentityCenterConfig full = TestConfigs.full();
        var assignments = List.of(new AccountAssignment("12345", "ReadOnly", PrincipalType.USER, "bob@acme.com", null));
        var config = new IdentityCenterConfig(full.source(), full.accounts(), full.users(), full.groups(),
                full.memberships(), full.permissionSets(), assignments, null, List.of());
        assertThatThrownBy(() -> SandboxScenario.fromConfig(config))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The configuration names the account \"12345\", which is not a 12-digit AWS account ID");
    }

    @Test
    void checksThatTheOrganizationsFitTogether() {
        SandboxScenario demo = DemoData.scenario();
        var noAdmin = new ScenarioOrganization("o-pump000001", demo.targetOrganization().management(), null,
                List.of());
        assertThatThrownBy(() -> copy(demo, demo.sourceOrganization(), noAdmin, demo.movedAccountIds(), null))
                .hasMessage("The target organization needs a delegated administrator");
        assertThatThrownBy(() -> copy(demo, demo.sourceOrganization(), demo.targetOrganization(),
                List.of("111111111111"), null))
                .hasMessage("Moved account 111111111111 is not a source member account");
        var overlapping = new ScenarioOrganization("o-pump000001", demo.targetOrganization().management(),
                demo.sourceOrganization().members().get(0), List.of());
        assertThatThrownBy(() -> copy(demo, demo.sourceOrganization(), overlapping, List.of(), null))
                .hasMessage("Account 222222222222 is in both organizations");
        assertThatThrownBy(() -> copy(demo, demo.sourceOrganization(), demo.targetOrganization(),
                List.of("222222222222"), DemoData.MISSING_POLICY))
                .hasMessage("The missing policy must be missing in a moved account");
        assertThatThrownBy(() -> copy(demo, demo.sourceOrganization(), demo.targetOrganization(),
                demo.movedAccountIds(), new MissingPolicy("444444444444", "/platform/DeveloperGuardrails", "Developer")))
                .hasMessage("The missing policy /platform/DeveloperGuardrails exists in account 444444444444");
    }

    private static SandboxScenario copy(SandboxScenario s, ScenarioOrganization source, ScenarioOrganization target,
                                        List<String> moved, MissingPolicy missing) {
        return new SandboxScenario(source, target, moved, s.sourceRegion(), s.targetRegion(), s.sourceConfig(),
                s.customerManagedPolicies(), missing, s.targetConfig(), false);
    }
}
