package co.pump.icm.sandbox.identitystore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import co.pump.icm.sandbox.SandboxOptions;
import software.amazon.awssdk.services.identitystore.model.Filter;
import software.amazon.awssdk.services.identitystore.model.ListUsersResponse;
import software.amazon.awssdk.services.identitystore.model.User;
import software.amazon.awssdk.services.identitystore.model.ValidationException;

/** NextToken/MaxResults paging with the sandbox's small default page (4 here) and the deprecated Filters. */
@SuppressWarnings("deprecation") // Filters is deprecated by AWS, and still answered: that is what is tested
class PagingTest extends IdentityStoreTestBase {

    @Override
    SandboxOptions options() {
        return SandboxOptions.defaults().withPageSize(4);
    }

    @Test
    void listsUsersPageByPage() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            names.add("user" + i);
            createUser("user" + i);
        }
        ListUsersResponse first = client.listUsers(r -> r.identityStoreId(store));
        assertThat(first.users()).extracting(User::userName).containsExactly("user0", "user1", "user2", "user3");
        assertThat(first.nextToken()).matches("[-a-zA-Z0-9+=/:_]+");
        ListUsersResponse second = client.listUsers(r -> r.identityStoreId(store).nextToken(first.nextToken()));
        assertThat(second.users()).extracting(User::userName).containsExactly("user4", "user5", "user6", "user7");
        ListUsersResponse last = client.listUsers(r -> r.identityStoreId(store).nextToken(second.nextToken()));
        assertThat(last.users()).extracting(User::userName).containsExactly("user8", "user9");
        assertThat(last.nextToken()).isNull();

        assertThat(client.listUsersPaginator(r -> r.identityStoreId(store)).users().stream().map(User::userName))
                .containsExactlyElementsOf(names);
        assertThat(sandbox.calls().count("ListUsers")).isEqualTo(3 + 3);
        assertThat(client.listUsers(r -> r.identityStoreId(store).maxResults(100)).users()).hasSize(10);
        assertThat(client.listUsers(r -> r.identityStoreId(store).maxResults(7)).users()).hasSize(7);
    }

    @Test
    void anExactlyFullLastPageHasNoToken() {
        for (int i = 0; i < 4; i++) {
            createUser("u" + i);
        }
        assertThat(client.listUsers(r -> r.identityStoreId(store)).nextToken()).isNull();
    }

    @Test
    void listsGroupsAndMembershipsPageByPage() {
        String user = createUser("member");
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String group = createGroup("Group " + i);
            groups.add(group);
            client.createGroupMembership(r -> r.identityStoreId(store).groupId(group).memberId(m -> m.userId(user)));
        }
        assertThat(client.listGroupsPaginator(r -> r.identityStoreId(store)).groups()).hasSize(6);
        assertThat(client.listGroups(r -> r.identityStoreId(store)).groups()).hasSize(4);
        assertThat(client.listGroupMembershipsForMemberPaginator(r -> r.identityStoreId(store).memberId(m -> m.userId(user)))
                .groupMemberships().stream().map(m -> m.groupId())).containsExactlyElementsOf(groups);
        for (int i = 0; i < 5; i++) {
            String u = createUser("extra" + i);
            client.createGroupMembership(r -> r.identityStoreId(store).groupId(groups.get(0)).memberId(m -> m.userId(u)));
        }
        assertThat(client.listGroupMembershipsPaginator(r -> r.identityStoreId(store).groupId(groups.get(0)))
                .groupMemberships()).hasSize(6);
        assertThat(client.listGroupMemberships(r -> r.identityStoreId(store).groupId(groups.get(0))).nextToken()).isNotNull();
    }

    @Test
    void refusesATokenThatWasNotIssued() {
        assertThatThrownBy(() -> client.listUsers(r -> r.identityStoreId(store).nextToken("garbage")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e)).isEqualTo(
                        "The NextToken is invalid. Use the NextToken returned by the previous call to this operation."));
    }

    @Test
    void refusesATokenFromAnotherList() {
        for (int i = 0; i < 5; i++) {
            createGroup("G" + i);
            createUser("u" + i);
        }
        String groupsToken = client.listGroups(r -> r.identityStoreId(store)).nextToken();
        assertThatThrownBy(() -> client.listUsers(r -> r.identityStoreId(store).nextToken(groupsToken)))
                .isInstanceOf(ValidationException.class);
        String usersToken = client.listUsers(r -> r.identityStoreId(store)).nextToken();
        assertThatThrownBy(() -> client.listUsers(r -> r.identityStoreId(store).nextToken(usersToken)
                .filters(Filter.builder().attributePath("UserName").attributeValue("u1").build())))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void deprecatedFiltersStillWork() {
        createUser("alice");
        String bob = createUser("bob");
        createGroup("Admins");
        String ops = createGroup("Ops");
        assertThat(client.listUsers(r -> r.identityStoreId(store).filters(
                Filter.builder().attributePath("UserName").attributeValue("BOB").build())).users())
                .singleElement().satisfies(u -> assertThat(u.userId()).isEqualTo(bob));
        assertThat(client.listGroups(r -> r.identityStoreId(store).filters(
                Filter.builder().attributePath("DisplayName").attributeValue("Ops").build())).groups())
                .singleElement().satisfies(g -> assertThat(g.groupId()).isEqualTo(ops));
        assertThat(client.listUsers(r -> r.identityStoreId(store).filters(
                Filter.builder().attributePath("UserName").attributeValue("nobody").build())).users()).isEmpty();
        assertThatThrownBy(() -> client.listUsers(r -> r.identityStoreId(store).filters(
                Filter.builder().attributePath("Title").attributeValue("x").build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e)).isEqualTo(
                        "Filtering is only supported on the attribute UserName; got Title"));
    }
}
