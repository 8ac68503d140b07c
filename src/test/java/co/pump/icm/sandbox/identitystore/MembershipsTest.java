package co.pump.icm.sandbox.identitystore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.identitystore.model.ConflictException;
import software.amazon.awssdk.services.identitystore.model.GroupMembershipExistenceResult;
import software.amazon.awssdk.services.identitystore.model.ResourceNotFoundException;

class MembershipsTest extends IdentityStoreTestBase {

    @Test
    void createsDescribesListsAndDeletes() {
        String user = createUser("ann");
        String group = createGroup("Builders");
        var created = client.createGroupMembership(r -> r.identityStoreId(store).groupId(group).memberId(m -> m.userId(user)));
        assertThat(created.identityStoreId()).isEqualTo(store);
        String id = created.membershipId();
        var described = client.describeGroupMembership(r -> r.identityStoreId(store).membershipId(id));
        assertThat(described.groupId()).isEqualTo(group);
        assertThat(described.memberId().userId()).isEqualTo(user);
        assertThat(described.identityStoreId()).isEqualTo(store);
        assertThat(client.listGroupMemberships(r -> r.identityStoreId(store).groupId(group)).groupMemberships())
                .singleElement().satisfies(m -> {
                    assertThat(m.membershipId()).isEqualTo(id);
                    assertThat(m.identityStoreId()).isEqualTo(store);
                    assertThat(m.memberId().userId()).isEqualTo(user);
                });
        assertThat(client.getGroupMembershipId(r -> r.identityStoreId(store).groupId(group).memberId(m -> m.userId(user)))
                .membershipId()).isEqualTo(id);
        client.deleteGroupMembership(r -> r.identityStoreId(store).membershipId(id));
        assertThat(client.listGroupMemberships(r -> r.identityStoreId(store).groupId(group)).groupMemberships()).isEmpty();
        assertThatThrownBy(() -> client.deleteGroupMembership(r -> r.identityStoreId(store).membershipId(id)))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.resourceTypeAsString()).isEqualTo("GROUP_MEMBERSHIP");
                    assertThat(e.resourceId()).isEqualTo(id);
                });
        assertThatThrownBy(() -> client.getGroupMembershipId(r -> r.identityStoreId(store).groupId(group)
                .memberId(m -> m.userId(user))))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.resourceTypeAsString()).isEqualTo("GROUP_MEMBERSHIP"));
    }

    @Test
    void aUserJoinsAGroupOnce() {
        String user = createUser("ben");
        String group = createGroup("Once");
        client.createGroupMembership(r -> r.identityStoreId(store).groupId(group).memberId(m -> m.userId(user)));
        assertThatThrownBy(() -> client.createGroupMembership(r -> r.identityStoreId(store).groupId(group)
                .memberId(m -> m.userId(user))))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.reasonAsString()).isEqualTo("UNIQUENESS_CONSTRAINT_VIOLATION");
                    assertThat(message(e)).isEqualTo("Member is already a member of the group.");
                });
    }

    @Test
    void membershipsNeedAnExistingGroupAndUser() {
        String user = createUser("cat");
        String group = createGroup("Exists");
        String missing = store.substring(2) + "-00000000-0000-0000-0000-000000000000";
        assertThatThrownBy(() -> client.createGroupMembership(r -> r.identityStoreId(store).groupId(missing)
                .memberId(m -> m.userId(user))))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.resourceTypeAsString()).isEqualTo("GROUP");
                    assertThat(e.resourceId()).isEqualTo(missing);
                });
        assertThatThrownBy(() -> client.createGroupMembership(r -> r.identityStoreId(store).groupId(group)
                .memberId(m -> m.userId(missing))))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.resourceTypeAsString()).isEqualTo("USER"));
        assertThatThrownBy(() -> client.listGroupMemberships(r -> r.identityStoreId(store).groupId(missing)))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.resourceTypeAsString()).isEqualTo("GROUP"));
        assertThatThrownBy(() -> client.listGroupMembershipsForMember(r -> r.identityStoreId(store)
                .memberId(m -> m.userId(missing))))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.resourceTypeAsString()).isEqualTo("USER"));
        assertThatThrownBy(() -> client.describeGroupMembership(r -> r.identityStoreId(store).membershipId(missing)))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.resourceTypeAsString()).isEqualTo("GROUP_MEMBERSHIP"));
    }

    @Test
    void answersIsMemberInGroupsInTheOrderAsked() {
        String user = createUser("dan");
        String in = createGroup("In");
        String out = createGroup("Out");
        client.createGroupMembership(r -> r.identityStoreId(store).groupId(in).memberId(m -> m.userId(user)));
        var results = client.isMemberInGroups(r -> r.identityStoreId(store).memberId(m -> m.userId(user))
                .groupIds(out, in)).results();
        assertThat(results).extracting(GroupMembershipExistenceResult::groupId).containsExactly(out, in);
        assertThat(results).extracting(GroupMembershipExistenceResult::membershipExists).containsExactly(false, true);
        assertThat(results).allSatisfy(r -> assertThat(r.memberId().userId()).isEqualTo(user));
        String missing = store.substring(2) + "-00000000-0000-0000-0000-000000000000";
        assertThatThrownBy(() -> client.isMemberInGroups(r -> r.identityStoreId(store).memberId(m -> m.userId(missing))
                .groupIds(List.of(in)))).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void listsTheGroupsOfAMember() {
        String user = createUser("eve");
        String a = createGroup("A");
        String b = createGroup("B");
        client.createGroupMembership(r -> r.identityStoreId(store).groupId(a).memberId(m -> m.userId(user)));
        client.createGroupMembership(r -> r.identityStoreId(store).groupId(b).memberId(m -> m.userId(user)));
        assertThat(client.listGroupMembershipsForMember(r -> r.identityStoreId(store).memberId(m -> m.userId(user)))
                .groupMemberships()).extracting(m -> m.groupId()).containsExactly(a, b);
    }
}
