package co.pump.icm.sandbox.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Application;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.User;

class DemoDataTest {

    private final SandboxScenario demo = DemoData.scenario();
    private final IdentityCenterConfig config = demo.sourceConfig();

    @Test
    void hasFortyUsersWithEveryAttribute() {
        assertThat(config.users()).hasSize(40);
        for (User u : config.users()) {
            assertThat(u.displayName()).as(u.userName()).isNotBlank();
            assertThat(u.name().formatted()).as(u.userName()).isNotBlank();
            assertThat(u.name().givenName()).as(u.userName()).isNotBlank();
            assertThat(u.name().familyName()).as(u.userName()).isNotBlank();
            assertThat(u.nickName()).as(u.userName()).isNotBlank();
            assertThat(u.emails()).as(u.userName()).hasSize(1);
            assertThat(u.addresses()).as(u.userName()).hasSize(1);
            assertThat(u.phoneNumbers()).as(u.userName()).hasSize(1);
            assertThat(List.of(u.userType(), u.title(), u.preferredLanguage(), u.locale(), u.timezone(),
                    u.profileUrl(), u.website())).as(u.userName()).doesNotContainNull();
            assertThat(u.primaryEmail()).isEqualTo(u.userName());
        }
        assertThat(config.users()).filteredOn(u -> u.birthdate() != null).hasSizeBetween(5, 35);
        assertThat(config.users()).filteredOn(u -> !u.photos().isEmpty()).hasSizeBetween(5, 35);
        assertThat(config.users()).filteredOn(u -> u.name().middleName() != null).isNotEmpty();
        assertThat(config.users()).filteredOn(u -> u.name().honorificPrefix() != null).isNotEmpty();
        assertThat(config.users()).filteredOn(u -> u.name().honorificSuffix() != null).isNotEmpty();
        assertThat(config.users()).extracting(User::userStatus).containsOnly("ENABLED", "DISABLED");
        assertThat(config.users()).filteredOn(u -> "DISABLED".equals(u.userStatus()))
                .extracting(User::userName).containsExactly("ethan.brooks@larkspur.example");
        assertThat(config.users()).extracting(User::userType).contains("Employee", "Contractor");
        assertThat(config.users()).extracting(User::timezone).hasSizeGreaterThan(3);
    }

    @Test
    void hasEightGroupsOneOfThemEmptyAndOneUserInNoGroup() {
        assertThat(config.groups()).hasSize(8);
        Set<String> withMembers = config.memberships().stream().map(GroupMembership::groupName)
                .collect(Collectors.toSet());
        assertThat(config.groups()).filteredOn(g -> !withMembers.contains(g.displayName()))
                .extracting(g -> g.displayName()).containsExactly("Break Glass");
        Set<String> inAGroup = config.memberships().stream().map(GroupMembership::userName)
                .collect(Collectors.toSet());
        assertThat(config.users()).filteredOn(u -> !inAGroup.contains(u.userName()))
                .extracting(User::userName).containsExactly("leila.farouk@larkspur.example");
        assertThat(config.memberships()).hasSizeGreaterThan(40);
    }

    @Test
    void hasTwelvePermissionSetsUsingEveryPolicyKind() {
        List<PermissionSet> sets = config.permissionSets();
        assertThat(sets).hasSize(12);
        assertThat(sets).anyMatch(ps -> ps.inlinePolicy() != null);
        assertThat(sets).anyMatch(ps -> !ps.managedPolicies().isEmpty());
        assertThat(sets).anyMatch(ps -> ps.managedPolicies().size() > 1);
        assertThat(sets).anyMatch(ps -> ps.customerManagedPolicies().stream().anyMatch(r -> !r.path().equals("/")));
        assertThat(sets).anyMatch(ps -> ps.customerManagedPolicies().stream().anyMatch(r -> r.path().equals("/")));
        assertThat(sets).anyMatch(ps -> ps.permissionsBoundary() != null
                && ps.permissionsBoundary().managedPolicyArn() != null);
        assertThat(sets).anyMatch(ps -> ps.permissionsBoundary() != null
                && ps.permissionsBoundary().customerManagedPolicyReference() != null);
        assertThat(sets).anyMatch(ps -> !ps.tags().isEmpty());
        assertThat(sets).anyMatch(ps -> ps.tags().stream().anyMatch(t -> t.value().isEmpty()));
        assertThat(sets).anyMatch(ps -> ps.relayState() != null);
        assertThat(sets).anyMatch(ps -> ps.relayState() == null);
        assertThat(sets).extracting(PermissionSet::sessionDuration).doesNotContainNull()
                .contains("PT1H", "PT12H");
        assertThat(sets).extracting(PermissionSet::description).doesNotContainNull();
    }

    @Test
    void hasAboutSixtyAssignmentsAndOnePermissionSetInTheManagementAccount() {
        List<AccountAssignment> assignments = config.assignments();
        assertThat(assignments).hasSizeBetween(55, 65);
        assertThat(assignments).extracting(AccountAssignment::principalType)
                .contains(PrincipalType.USER, PrincipalType.GROUP);
        assertThat(assignments).filteredOn(a -> a.accountId().equals(DemoData.MANAGEMENT))
                .extracting(AccountAssignment::permissionSetName).containsOnly("AdministratorAccess").isNotEmpty();
        // Every permission set is assigned somewhere, and every account has assignments.
        assertThat(assignments).extracting(AccountAssignment::permissionSetName).containsAll(
                config.permissionSets().stream().map(PermissionSet::name).toList());
        assertThat(assignments).extracting(AccountAssignment::accountId).containsAll(
                config.accounts().stream().map(Account::id).toList());
    }

    @Test
    void accountsAndOrganizationsHaveTheDocumentedIds() {
        assertThat(config.accounts()).extracting(Account::id).containsExactly("111111111111", "222222222222",
                "333333333333", "444444444444", "555555555555", "666666666666");
        assertThat(config.accounts()).extracting(Account::name).containsExactly("larkspur-management",
                "larkspur-prod", "larkspur-staging", "larkspur-dev", "larkspur-security", "larkspur-sandbox");
        assertThat(demo.sourceOrganization().id()).isEqualTo("o-larkspur01");
        assertThat(demo.sourceOrganization().management().id()).isEqualTo("111111111111");
        assertThat(demo.targetOrganization().id()).isEqualTo("o-pump000001");
        assertThat(demo.targetOrganization().management().id()).isEqualTo("999999999999");
        assertThat(demo.targetOrganization().delegatedAdministrator().id()).isEqualTo("888888888888");
        assertThat(demo.sourceRegion()).isEqualTo("us-east-1");
        assertThat(demo.targetRegion()).isEqualTo("eu-west-1");
        assertThat(demo.targetConfig().users()).isEmpty();
        assertThat(demo.targetConfig().permissionSets()).isEmpty();
        assertThat(demo.targetExternalIdentityProvider()).isFalse();
    }

    @Test
    void mostAccountsMovedButTheSandboxAccountDidNot() {
        assertThat(demo.movedAccountIds()).containsExactly("222222222222", "333333333333", "444444444444",
                "555555555555");
        assertThat(demo.currentOrganizationOf(DemoData.SANDBOX)).isEqualTo("o-larkspur01");
        assertThat(demo.currentOrganizationOf(DemoData.MANAGEMENT)).isEqualTo("o-larkspur01");
        assertThat(demo.currentOrganizationOf(DemoData.DEV)).isEqualTo("o-pump000001");
        assertThat(demo.currentOrganizationOf(DemoData.TARGET_DELEGATED_ADMIN)).isEqualTo("o-pump000001");
        assertThat(demo.currentOrganizationOf("123456789012")).isNull();
    }

    @Test
    void theDemoHasEveryCustomerManagedPolicyWhereItIsNeeded() {
        var complete = DemoData.scenario();
        assertThat(complete.missingPolicy()).isNull();
        for (AccountAssignment a : config.assignments()) {
            if (!complete.movedAccountIds().contains(a.accountId())) {
                continue;
            }
            config.permissionSets().stream().filter(ps -> ps.name().equals(a.permissionSetName()))
                    .flatMap(ps -> PolicyPlacement.referencedBy(ps).stream())
                    .forEach(policy -> assertThat(complete.customerManagedPoliciesIn(a.accountId())).contains(policy));
        }
    }

    @Test
    void oneCustomerManagedPolicyIsMissingWhereItsPermissionSetIsAssigned() {
        SandboxScenario demo = DemoData.scenarioWithMissingPolicy();
        MissingPolicy missing = demo.missingPolicy();
        assertThat(missing).isEqualTo(new MissingPolicy("444444444444", "/data/DataLakeAccess", "DataEngineer"));
        assertThat(demo.movedAccountIds()).contains(missing.accountId());
        assertThat(demo.customerManagedPoliciesIn(missing.accountId())).doesNotContain(missing.policy());
        PermissionSet dataEngineer = config.permissionSets().stream()
                .filter(ps -> ps.name().equals(missing.permissionSetName())).findFirst().orElseThrow();
        assertThat(PolicyPlacement.referencedBy(dataEngineer)).contains(missing.policy());
        assertThat(config.assignments()).anyMatch(a -> a.accountId().equals(missing.accountId())
                && a.permissionSetName().equals(missing.permissionSetName()));
        // Elsewhere the same policy exists, and so does every other policy an assignment needs.
        assertThat(demo.customerManagedPoliciesIn(DemoData.PROD)).contains("/data/DataLakeAccess");
        var present = new HashSet<String>();
        var needed = new HashSet<String>();
        for (AccountAssignment a : config.assignments()) {
            config.permissionSets().stream().filter(ps -> ps.name().equals(a.permissionSetName()))
                    .flatMap(ps -> PolicyPlacement.referencedBy(ps).stream())
                    .forEach(policy -> {
                        needed.add(a.accountId() + policy);
                        if (demo.customerManagedPoliciesIn(a.accountId()).contains(policy)) {
                            present.add(a.accountId() + policy);
                        }
                    });
        }
        needed.removeAll(present);
        assertThat(needed).containsExactly("444444444444/data/DataLakeAccess");
    }

    @Test
    void keepsAbacAndApplicationsOfEverySortForTheInventory() {
        assertThat(config.accessControl().status()).isEqualTo("ENABLED");
        assertThat(config.accessControl().attributes()).isNotEmpty();
        assertThat(config.applications()).extracting(Application::providerArn).containsExactly(
                "arn:aws:sso::aws:applicationProvider/custom", "arn:aws:sso::aws:applicationProvider/custom",
                "arn:aws:sso::aws:applicationProvider/custom", "arn:aws:sso::aws:applicationProvider/custom-saml",
                "arn:aws:sso::aws:applicationProvider/qbusiness");
        assertThat(DemoApplications.scenario().asInventory()).isEqualTo(config.applications());
    }

    @Test
    void everyValueSatisfiesTheAwsConstraints() {
        assertThat(AwsConstraints.violations(config)).isEmpty();
        assertThat(config.users()).anyMatch(u -> !u.displayName().matches("\\p{ASCII}+"));
    }

    @Test
    void hasNoDuplicatesAndNoDanglingReferences() {
        assertThat(ConfigIntegrity.problems(config)).isEmpty();
    }

    @Test
    void isAlwaysTheSame() {
        assertThat(DemoData.scenario()).isEqualTo(demo);
    }
}
