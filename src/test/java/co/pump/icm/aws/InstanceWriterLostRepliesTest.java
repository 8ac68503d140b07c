package co.pump.icm.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.User;
import co.pump.icm.sandbox.FaultOptions;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.testing.Inventory;
import co.pump.icm.testing.InventoryKinds;
import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every write of the {@link InstanceWriter} against a sandbox that carries out half the requests
 * and then loses the answer (the connection closes, or a server error comes instead): each
 * create makes its item exactly once and returns the ID of that item, each delete removes it,
 * and nothing fails. The target is read back by the test-side reader, twins counted.
 */
class InstanceWriterLostRepliesTest {

    private static final IdentityCenterConfig DEMO = DemoData.scenario().sourceConfig();

    private SandboxFixture fixture;
    private AwsClients clients;
    private InstanceWriter writer;

    @BeforeEach
    void start() {
        fixture = SandboxFixture.start(DemoData.scenario(), 11, o -> o.withFaults(FaultOptions.none()
                .withLostReplyRate(0.15).withLateFailRate(0.1)));
        clients = AwsClients.open(fixture.target(), 8);
        writer = new InstanceWriter(clients, new AwsCallRunner(RateSettings.AWS_DEFAULTS.withRate(1000)),
                fixture.seeded().targetInstanceArn(), fixture.seeded().targetIdentityStoreId());
    }

    @AfterEach
    void stop() {
        assertThat(fixture.sandbox().stats().lostReplies()).as("answers lost").isPositive();
        assertThat(fixture.sandbox().stats().lateFailures()).as("answers replaced by a server error").isPositive();
        clients.close();
        fixture.close();
    }

    /** The target's items of the given kinds, read once the outage is over. */
    private Inventory target(String... kinds) {
        return fixture.withoutFaults(() -> fixture.readTarget(kinds));
    }

    /** A read for the test's own checks, retried through the faults like the writer's requests. */
    private <T> T read(java.util.function.Supplier<T> request) {
        return new AwsCallRunner(RateSettings.AWS_DEFAULTS.withRate(1000)).call(ApiFamily.IDENTITY_STORE, "Check",
                "the test", request);
    }

    private Map<String, String> createUsers(int count) {
        var ids = new HashMap<String, String>();
        for (User user : DEMO.users().subList(0, count)) {
            ids.put(user.userName(), writer.createUser(user));
        }
        return ids;
    }

    @Test
    void usersAndGroupsAreCreatedOnceAndTheirOwnIdsReturned() {
        Map<String, String> users = createUsers(12);
        var groups = new HashMap<String, String>();
        DEMO.groups().forEach(g -> groups.put(g.displayName(), writer.createGroup(g)));

        Inventory target = target(InventoryKinds.USERS, InventoryKinds.GROUPS);
        assertThat(target.twins()).isEmpty();
        assertThat(target.keys(InventoryKinds.USERS)).containsExactlyInAnyOrderElementsOf(users.keySet());
        assertThat(target.keys(InventoryKinds.GROUPS)).containsExactlyInAnyOrderElementsOf(groups.keySet());
        users.forEach((name, id) -> assertThat(read(() -> clients.identityStore().describeUser(r -> r
                .identityStoreId(fixture.seeded().targetIdentityStoreId()).userId(id)).userName())).isEqualTo(name));
        groups.forEach((name, id) -> assertThat(read(() -> clients.identityStore().describeGroup(r -> r
                .identityStoreId(fixture.seeded().targetIdentityStoreId()).groupId(id)).displayName())).isEqualTo(name));
    }

    @Test
    void membershipsAreCreatedOnceAndDeletedOnce() {
        Map<String, String> users = createUsers(10);
        String group = writer.createGroup(DEMO.groups().get(0));
        var memberships = new HashMap<String, String>();
        users.forEach((name, id) -> memberships.put(name, writer.createMembership(group, id, name)));
        assertThat(target(InventoryKinds.MEMBERSHIPS).items(InventoryKinds.MEMBERSHIPS)).hasSize(10);
        assertThat(target(InventoryKinds.MEMBERSHIPS).twins()).isEmpty();
        memberships.forEach((name, membership) -> assertThat(read(() -> clients.identityStore().describeGroupMembership(r -> r
                .identityStoreId(fixture.seeded().targetIdentityStoreId()).membershipId(membership)).memberId().userId()))
                .isEqualTo(users.get(name)));

        memberships.forEach((name, membership) -> writer.deleteMembership(membership, name));
        users.forEach((name, id) -> writer.deleteUser(id, name));
        var afterwards = target(InventoryKinds.USERS, InventoryKinds.MEMBERSHIPS);
        assertThat(afterwards.items(InventoryKinds.MEMBERSHIPS)).isEmpty();
        assertThat(afterwards.items(InventoryKinds.USERS)).isEmpty();
    }

    @Test
    void permissionSetsAndTheirPoliciesAreWrittenOnce() {
        var arns = new HashMap<String, String>();
        for (PermissionSet set : DEMO.permissionSets()) {
            String arn = writer.createPermissionSet(set);
            arns.put(set.name(), arn);
            set.managedPolicies().forEach(p -> writer.attachManagedPolicy(arn, set.name(), p));
            set.customerManagedPolicies().forEach(p -> writer.attachCustomerManagedPolicy(arn, set.name(), p));
            if (set.inlinePolicy() != null) {
                writer.putInlinePolicy(arn, set.name(), set.inlinePolicy());
            }
        }
        Inventory target = target(InventoryKinds.PERMISSION_SETS);
        assertThat(target.twins()).isEmpty();
        assertThat(target.keys(InventoryKinds.PERMISSION_SETS)).containsExactlyInAnyOrderElementsOf(arns.keySet());
        arns.forEach((name, arn) -> assertThat(read(() -> clients.ssoAdmin().describePermissionSet(r -> r
                .instanceArn(fixture.seeded().targetInstanceArn()).permissionSetArn(arn)).permissionSet().name()))
                .isEqualTo(name));

        for (PermissionSet set : DEMO.permissionSets()) {
            String arn = arns.get(set.name());
            set.managedPolicies().forEach(p -> writer.detachManagedPolicy(arn, set.name(), p));
            set.customerManagedPolicies().forEach(p -> writer.detachCustomerManagedPolicy(arn, set.name(), p));
            writer.deletePermissionSet(arn, set.name());
        }
        assertThat(target(InventoryKinds.PERMISSION_SETS).items(InventoryKinds.PERMISSION_SETS)).isEmpty();
    }

    @Test
    void assignmentsAreCreatedOnceAndDeletedOnce() {
        Map<String, String> users = createUsers(8);
        String arn = writer.createPermissionSet(DEMO.permissionSets().stream()
                .filter(p -> p.name().equals("ReadOnly")).findFirst().orElseThrow());
        List<String> accounts = List.of(DemoData.PROD, DemoData.STAGING);
        for (String account : accounts) {
            users.forEach((name, id) -> writer.createAssignment(account, arn, PrincipalType.USER, id, name));
        }
        Inventory target = target(InventoryKinds.ASSIGNMENTS);
        assertThat(target.twins()).isEmpty();
        assertThat(target.items(InventoryKinds.ASSIGNMENTS)).hasSize(16);

        for (String account : accounts) {
            users.forEach((name, id) -> writer.deleteAssignment(account, arn, PrincipalType.USER, id, name));
        }
        assertThat(target(InventoryKinds.ASSIGNMENTS).items(InventoryKinds.ASSIGNMENTS)).isEmpty();
    }
}
