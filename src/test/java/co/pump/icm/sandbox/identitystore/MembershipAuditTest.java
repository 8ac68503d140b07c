package co.pump.icm.sandbox.identitystore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.pump.icm.sandbox.AwsCli;
import co.pump.icm.sandbox.TestWorld;
import software.amazon.awssdk.services.identitystore.model.GroupMembership;

/** Memberships carry CreatedAt/CreatedBy/UpdatedAt/UpdatedBy wherever the Identity Store model returns them. */
class MembershipAuditTest extends IdentityStoreTestBase {

    @TempDir
    Path home;

    @Test
    void describeAndBothListsSayWhenAndByWhomAMembershipWasMade() {
        String user = createUser("alice");
        String group = createGroup("Admins");
        String membership = client.createGroupMembership(r -> r.identityStoreId(store).groupId(group)
                .memberId(m -> m.userId(user))).membershipId();
        Instant made = Instant.ofEpochMilli(t.world.now());

        var described = client.describeGroupMembership(r -> r.identityStoreId(store).membershipId(membership));
        assertThat(described.createdAt()).isEqualTo(made);
        assertThat(described.createdBy()).isEqualTo(t.management.arn());
        assertThat(described.updatedAt()).isEqualTo(made);
        assertThat(described.updatedBy()).isEqualTo(t.management.arn());
        GroupMembership listed = client.listGroupMemberships(r -> r.identityStoreId(store).groupId(group))
                .groupMemberships().get(0);
        GroupMembership ofMember = client.listGroupMembershipsForMember(r -> r.identityStoreId(store)
                .memberId(m -> m.userId(user))).groupMemberships().get(0);
        for (GroupMembership m : new GroupMembership[] {listed, ofMember}) {
            assertThat(m.createdAt()).isEqualTo(made);
            assertThat(m.createdBy()).isEqualTo(t.management.arn());
            assertThat(m.updatedAt()).isEqualTo(made);
            assertThat(m.updatedBy()).isEqualTo(t.management.arn());
        }

        var cli = new AwsCli(sandbox, home);
        cli.requireKnows("identitystore", "list-group-memberships", "CreatedBy");
        var json = cli.run(t.management, TestWorld.REGION, "identitystore",
                "list-group-memberships", "--identity-store-id", store, "--group-id", group).json();
        assertThat(json.at("/GroupMemberships/0/MembershipId").asText()).isEqualTo(membership);
        assertThat(json.at("/GroupMemberships/0/CreatedBy").asText()).isEqualTo(t.management.arn());
        assertThat(json.at("/GroupMemberships/0/UpdatedBy").asText()).isEqualTo(t.management.arn());
        assertThat(json.at("/GroupMemberships/0/CreatedAt").isMissingNode()).isFalse();
    }
}
