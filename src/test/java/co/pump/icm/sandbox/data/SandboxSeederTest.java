package co.pump.icm.sandbox.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import co.pump.icm.model.ExternalId;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.MigratorException;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.TestConfigs;
import co.pump.icm.model.User;
import co.pump.icm.sandbox.state.AssignmentRecord;
import co.pump.icm.sandbox.state.MembershipRecord;
import co.pump.icm.sandbox.state.SandboxAccount;
import co.pump.icm.sandbox.state.SandboxCredential;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxOrganization;
import co.pump.icm.sandbox.state.SandboxWorld;

class SandboxSeederTest {

    private static final Pattern RESOURCE_ID = Pattern.compile("[0-9a-f]{10}-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-"
            + "[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Pattern ASSUMED_ROLE = Pattern.compile(
            "arn:aws:sts::\\d{12}:assumed-role/AWSReservedSSO_AdministratorAccess_[0-9a-f]{16}/admin");

    private final SandboxWorld world = new SandboxWorld(42, () -> 0L);
    private final SandboxScenario demo = DemoData.scenario();

    @Test
    void createsTheTwoOrganizationsWithTheDelegatedAdministrator() {
        SandboxSeeder.seed(world, demo);

        assertThat(world.organizations).containsOnlyKeys("o-larkspur01", "o-pump000001");
        SandboxOrganization source = world.organizations.get("o-larkspur01");
        SandboxOrganization target = world.organizations.get("o-pump000001");
        assertThat(source.managementAccountId).isEqualTo("111111111111");
        assertThat(source.accountIds).containsExactly("111111111111", "666666666666");
        assertThat(source.ssoDelegatedAdministrators).isEmpty();
        assertThat(target.managementAccountId).isEqualTo("999999999999");
        assertThat(target.accountIds).containsExactly("999999999999", "888888888888", "777777777777",
                "222222222222", "333333333333", "444444444444", "555555555555");
        assertThat(target.ssoDelegatedAdministrators).containsExactly("888888888888");

        assertThat(world.accounts).hasSize(9);
        for (SandboxAccount account : world.accounts.values()) {
            assertThat(account.organizationId).as(account.id).isEqualTo(demo.currentOrganizationOf(account.id));
            assertThat(world.organizations.get(account.organizationId).accountIds).contains(account.id);
        }
        assertThat(world.accounts.get("222222222222").name).isEqualTo("larkspur-prod");
        assertThat(world.accounts.get("222222222222").joinedMethod).isEqualTo("INVITED");
        assertThat(world.accounts.get("666666666666").joinedMethod).isEqualTo("CREATED");
    }

    @Test
    void eachOrganizationsAdministratorsFindItsInstanceAndMembersFindNone() {
        SeededWorld seeded = SandboxSeeder.seed(world, demo);

        assertThat(world.instanceAdministeredBy("888888888888")).map(i -> i.arn).hasValue(seeded.targetInstanceArn());
        assertThat(world.instanceAdministeredBy("999999999999")).map(i -> i.arn).hasValue(seeded.targetInstanceArn());
        assertThat(world.instanceAdministeredBy("111111111111")).map(i -> i.arn).hasValue(seeded.sourceInstanceArn());
        assertThat(world.instanceAdministeredBy(seeded.member().accountId())).isEmpty();
        assertThat(world.instanceAdministeredBy("666666666666")).isEmpty();
        assertThat(seeded.member().accountId()).isEqualTo("222222222222");

        SandboxInstance source = world.instances.get(seeded.sourceInstanceArn());
        SandboxInstance target = world.instances.get(seeded.targetInstanceArn());
        assertThat(source.ownerAccountId).isEqualTo("111111111111");
        assertThat(source.region).isEqualTo("us-east-1").isEqualTo(seeded.sourceRegion());
        assertThat(source.identityStoreId).isEqualTo(seeded.sourceIdentityStoreId()).matches("d-[0-9a-f]{10}");
        assertThat(source.arn).matches("arn:aws:sso:::instance/ssoins-[0-9a-f]{16}");
        assertThat(target.ownerAccountId).isEqualTo("999999999999");
        assertThat(target.region).isEqualTo("eu-west-1").isEqualTo(seeded.targetRegion());
        assertThat(target.identityStoreId).isEqualTo(seeded.targetIdentityStoreId());
        assertThat(target.users).isEmpty();
        assertThat(target.groups).isEmpty();
        assertThat(target.permissionSets).isEmpty();
        assertThat(target.assignments).isEmpty();
        assertThat(target.externalIdentityProvider).isFalse();
    }

    @Test
    void fillsTheSourceInstanceConsistently() {
        SeededWorld seeded = SandboxSeeder.seed(world, demo);
        SandboxInstance source = world.instances.get(seeded.sourceInstanceArn());

        assertConsistent(source, demo.sourceConfig());
        assertThat(source.users.values()).extracting(User::userName)
                .containsExactlyElementsOf(demo.sourceConfig().users().stream().map(User::userName).toList());
        User maya = source.users.values().iterator().next();
        assertThat(maya.origin().id()).startsWith(source.identityStoreId.substring(2) + "-");
        assertThat(maya.origin().createdAt()).matches("20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(maya.origin().updatedAt()).isGreaterThanOrEqualTo(maya.origin().createdAt());
        assertThat(maya.origin().createdBy()).isEqualTo(seeded.source().arn());
        assertThat(source.name).isEqualTo("larkspur");
        var abac = demo.sourceConfig().accessControl();
        assertThat(source.accessControl.status()).isEqualTo(abac.status());
        assertThat(source.accessControl.attributes()).extracting(a -> a.key() + "=" + a.source())
                .containsExactlyElementsOf(abac.attributes().stream().map(a -> a.key() + "=" + a.sources()).toList());
        assertThat(source.applications.values()).hasSize(5).allSatisfy(app -> assertThat(app.arn)
                .matches("arn:aws:sso::111111111111:application/" + source.instanceId() + "/apl-[a-zA-Z0-9]{16}"));
    }

    @Test
    void placesCustomerManagedPoliciesAndLeavesOneOut() {
        SandboxSeeder.seed(world, DemoData.scenarioWithMissingPolicy());
        assertThat(world.accounts.get("222222222222").customerManagedPolicies).containsExactly("/RdsSecretsRead",
                "/data/DataLakeAccess", "/security/SecurityToolingRead");
        // Dev has DataEngineer assigned, but lacks its /data/DataLakeAccess.
        assertThat(world.accounts.get("444444444444").customerManagedPolicies).containsExactly(
                "/platform/DeveloperGuardrails", "/platform/boundaries/DeveloperBoundary",
                "/security/SecurityToolingRead");
        assertThat(world.accounts.get("888888888888").customerManagedPolicies).isEmpty();
    }

    @Test
    void issuesCredentialsForEachRole() {
        SeededWorld seeded = SandboxSeeder.seed(world, demo);

        assertThat(world.credentials.values()).containsExactlyElementsOf(seeded.credentials());
        assertThat(seeded.source().accountId()).isEqualTo("111111111111");
        assertThat(seeded.source().arn()).matches(ASSUMED_ROLE).startsWith("arn:aws:sts::111111111111:");
        assertThat(seeded.target().accountId()).isEqualTo("888888888888");
        assertThat(seeded.target().arn()).matches(ASSUMED_ROLE).startsWith("arn:aws:sts::888888888888:");
        assertThat(seeded.targetManagement().arn()).isEqualTo("arn:aws:iam::999999999999:user/admin");
        assertThat(seeded.member().arn()).isEqualTo("arn:aws:iam::222222222222:user/admin");
        for (SandboxCredential c : List.of(seeded.source(), seeded.target())) {
            assertThat(c.accessKeyId()).matches("ASIA[A-Z2-7]{16}");
            assertThat(c.sessionToken()).isNotBlank();
        }
        for (SandboxCredential c : List.of(seeded.targetManagement(), seeded.member())) {
            assertThat(c.accessKeyId()).matches("AKIA[A-Z2-7]{16}");
            assertThat(c.sessionToken()).isNull();
        }
        assertThat(seeded.credentials()).allSatisfy(c -> assertThat(c.secretAccessKey()).hasSize(40));
        assertThat(seeded.toString()).contains(seeded.source().accessKeyId(), seeded.target().arn(),
                seeded.targetInstanceArn()).doesNotContain(seeded.source().secretAccessKey(),
                seeded.source().sessionToken(), seeded.member().secretAccessKey());
        // The source admin's role is the one AdministratorAccess provisioned in the management account.
        String role = seeded.source().arn().split("/")[1];
        assertThat(world.accounts.get("111111111111").provisionedRoles).containsKey(role);
    }

    @Test
    void sameSeedGivesTheSameWorldAndAnotherSeedAnotherOne() {
        SeededWorld first = SandboxSeeder.seed(world, demo);
        var again = new SandboxWorld(42);
        SeededWorld second = SandboxSeeder.seed(again, DemoData.scenario());
        assertThat(second).isEqualTo(first);
        assertThat(again.instances.get(second.sourceInstanceArn()).users)
                .isEqualTo(world.instances.get(first.sourceInstanceArn()).users);
        assertThat(again.instances.get(second.sourceInstanceArn()).assignments)
                .isEqualTo(world.instances.get(first.sourceInstanceArn()).assignments);
        assertThat(again.accounts.get("222222222222").provisionedRoles)
                .isEqualTo(world.accounts.get("222222222222").provisionedRoles);

        SeededWorld other = SandboxSeeder.seed(new SandboxWorld(43), demo);
        assertThat(other.source().accessKeyId()).isNotEqualTo(first.source().accessKeyId());
        assertThat(other.sourceInstanceArn()).isNotEqualTo(first.sourceInstanceArn());
    }

    @Test
    void accessKeysDependOnTheSeedAlone() {
        SeededWorld demoWorld = SandboxSeeder.seed(world, demo);
        SeededWorld largeWorld = SandboxSeeder.seed(new SandboxWorld(42), LargeData.scenario(50, 1));
        assertThat(largeWorld.source().accessKeyId()).isEqualTo(demoWorld.source().accessKeyId());
        assertThat(largeWorld.member().secretAccessKey()).isEqualTo(demoWorld.member().secretAccessKey());
    }

    @Test
    void refusesToSeedTheSameAccountsTwice() {
        SandboxSeeder.seed(world, demo);
        assertThatThrownBy(() -> SandboxSeeder.seed(world, demo))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The sandbox world already holds organization o-larkspur01");
    }

    @Test
    void seedsLargeDataConsistently() {
        SandboxScenario large = LargeData.scenario(3_000, 5);
        SeededWorld seeded = SandboxSeeder.seed(world, large);
        SandboxInstance source = world.instances.get(seeded.sourceInstanceArn());
        assertConsistent(source, large.sourceConfig());
        assertThat(world.organizations.get(large.targetOrganization().id()).accountIds)
                .containsAll(large.movedAccountIds());
        assertThat(world.instanceAdministeredBy("888888888888")).map(i -> i.arn).hasValue(seeded.targetInstanceArn());
    }

    @Test
    void seedsWhatTheTargetAlreadyHoldsAndItsIdentityProvider() {
        User scimUser = withExternalId(TestConfigs.minimalUser("alice@acme.com", "Alice", "Smith"));
        var group = new Group("Admins", null, List.of(new ExternalId("okta", "00g1")), null);
        var existing = new IdentityCenterConfig(null, List.of(), List.of(scimUser), List.of(group),
                List.of(new GroupMembership("Admins", "alice@acme.com", null)), List.of(), List.of(), null, List.of());
        SandboxScenario base = SandboxScenario.fromConfig(TestConfigs.full());
        var scenario = new SandboxScenario(base.sourceOrganization(), base.targetOrganization(),
                base.movedAccountIds(), base.sourceRegion(), base.targetRegion(), base.sourceConfig(),
                base.customerManagedPolicies(), null, existing, true);

        SeededWorld seeded = SandboxSeeder.seed(world, scenario);

        SandboxInstance target = world.instances.get(seeded.targetInstanceArn());
        assertThat(target.externalIdentityProvider).isTrue();
        assertThat(target.users.values()).extracting(User::userName).containsExactly("alice@acme.com");
        assertThat(target.users.values().iterator().next().externalIds()).isEqualTo(scimUser.externalIds());
        assertConsistent(target, existing);
        assertConsistent(world.instances.get(seeded.sourceInstanceArn()), TestConfigs.full());
    }

    @Test
    void rejectsAConfigurationThatPointsAtSomethingMissing() {
        IdentityCenterConfig full = TestConfigs.full();
        var broken = new IdentityCenterConfig(full.source(), full.accounts(), full.users(), full.groups(),
                List.of(new GroupMembership("Admins", "zed@acme.com", null)), full.permissionSets(),
                full.assignments(), null, List.of());
        assertThatThrownBy(() -> SandboxSeeder.seed(world, SandboxScenario.fromConfig(broken)))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The sandbox data puts user \"zed@acme.com\" in group \"Admins\", but there is no such user");

        var duplicate = new IdentityCenterConfig(full.source(), full.accounts(),
                List.of(full.users().get(0), full.users().get(0)), List.of(), List.of(), List.of(), List.of(), null,
                List.of());
        assertThatThrownBy(() -> SandboxSeeder.seed(new SandboxWorld(1), SandboxScenario.fromConfig(duplicate)))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The sandbox data has two users named \"alice@acme.com\"");
    }

    /**
     * Every membership and assignment refers to existing IDs, every ID has the AWS shape, the
     * instance holds exactly what the configuration says, and every (permission set, account) pair
     * with an assignment is provisioned with its role in that account.
     */
    private void assertConsistent(SandboxInstance instance, IdentityCenterConfig config) {
        String storePrefix = instance.identityStoreId.substring(2) + "-";
        assertThat(instance.users).hasSize(config.users().size());
        assertThat(instance.groups).hasSize(config.groups().size());
        assertThat(instance.memberships).hasSize(config.memberships().size());
        assertThat(instance.permissionSets).hasSize(config.permissionSets().size());
        assertThat(instance.assignments).hasSize(config.assignments().size());
        instance.users.forEach((id, user) -> {
            assertThat(user.origin().id()).isEqualTo(id).startsWith(storePrefix);
            assertThat(RESOURCE_ID.matcher(id).matches()).as(id).isTrue();
        });
        instance.groups.forEach((id, group) -> assertThat(group.origin().id()).isEqualTo(id).startsWith(storePrefix));

        Map<String, String> userNames = new HashMap<>();
        instance.users.forEach((id, u) -> userNames.put(id, u.userName()));
        Map<String, String> groupNames = new HashMap<>();
        instance.groups.forEach((id, g) -> groupNames.put(id, g.displayName()));
        Set<GroupMembership.MembershipKey> memberships = new HashSet<>();
        for (MembershipRecord m : instance.memberships.values()) {
            assertThat(userNames).containsKey(m.userId());
            assertThat(groupNames).containsKey(m.groupId());
            assertThat(instance.memberships.get(m.membershipId())).isSameAs(m);
            memberships.add(new GroupMembership.MembershipKey(groupNames.get(m.groupId()), userNames.get(m.userId())));
        }
        assertThat(memberships).containsExactlyInAnyOrderElementsOf(
                config.memberships().stream().map(GroupMembership::key).toList());

        String instanceId = instance.instanceId();
        instance.permissionSets.forEach((arn, ps) -> {
            assertThat(ps.origin().id()).isEqualTo(arn)
                    .matches("arn:aws:sso:::permissionSet/" + instanceId + "/ps-[0-9a-f]{16}");
            assertThat(instance.permissionSetCreated).containsKey(arn);
        });
        Map<String, PermissionSet> byArn = instance.permissionSets;
        Map<String, Set<String>> expectedProvisioning = new LinkedHashMap<>();
        for (AssignmentRecord a : instance.assignments) {
            assertThat(byArn).containsKey(a.permissionSetArn());
            assertThat("USER".equals(a.principalType()) ? userNames : groupNames).containsKey(a.principalId());
            assertThat(world.accounts).containsKey(a.accountId());
            expectedProvisioning.computeIfAbsent(a.permissionSetArn(), k -> new HashSet<>()).add(a.accountId());
        }
        assertThat(instance.provisionedTo.keySet()).isEqualTo(expectedProvisioning.keySet());
        expectedProvisioning.forEach((arn, accounts) -> {
            assertThat(instance.provisionedTo.get(arn)).containsExactlyInAnyOrderElementsOf(accounts);
            String name = byArn.get(arn).name();
            for (String account : accounts) {
                List<String> roles = world.accounts.get(account).provisionedRoles.entrySet().stream()
                        .filter(e -> e.getValue().equals(arn)).map(Map.Entry::getKey).toList();
                assertThat(roles).as(account + " " + name).singleElement().asString()
                        .matches("AWSReservedSSO_" + Pattern.quote(name) + "_[0-9a-f]{16}");
            }
        });
    }

    private static User withExternalId(User u) {
        return new User(u.userName(), u.displayName(), u.name(), u.nickName(), u.profileUrl(), u.emails(),
                u.addresses(), u.phoneNumbers(), u.userType(), u.title(), u.preferredLanguage(), u.locale(),
                u.timezone(), u.userStatus(), u.photos(), u.website(), u.birthdate(),
                List.of(new ExternalId("okta", "00u1")), null);
    }
}
