package co.pump.icm.sandbox.identitystore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import co.pump.icm.model.ExternalId;
import co.pump.icm.model.Group;
import co.pump.icm.model.Origin;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.identitystore.model.AttributeOperation;
import software.amazon.awssdk.services.identitystore.model.ConflictException;
import software.amazon.awssdk.services.identitystore.model.ResourceNotFoundException;
import software.amazon.awssdk.services.identitystore.model.ValidationException;

class GroupsTest extends IdentityStoreTestBase {

    @Test
    void createsDescribesAndLists() {
        String id = client.createGroup(r -> r.identityStoreId(store).displayName("Platform Team")
                .description("Runs the platform")).groupId();
        var group = client.describeGroup(r -> r.identityStoreId(store).groupId(id));
        assertThat(group.groupId()).isEqualTo(id);
        assertThat(group.identityStoreId()).isEqualTo(store);
        assertThat(group.displayName()).isEqualTo("Platform Team");
        assertThat(group.description()).isEqualTo("Runs the platform");
        assertThat(group.createdAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
        assertThat(group.createdBy()).isEqualTo(t.management.arn());
        assertThat(client.listGroups(r -> r.identityStoreId(store)).groups()).singleElement().satisfies(g -> {
            assertThat(g.groupId()).isEqualTo(id);
            assertThat(g.description()).isEqualTo("Runs the platform");
            assertThat(g.identityStoreId()).isEqualTo(store);
        });
    }

    @Test
    void updatesAndRemovesTheDescription() {
        String id = createGroup("Readers");
        client.updateGroup(r -> r.identityStoreId(store).groupId(id).operations(
                op("displayName", "Auditors"), op("description", "Read-only access")));
        var group = client.describeGroup(r -> r.identityStoreId(store).groupId(id));
        assertThat(group.displayName()).isEqualTo("Auditors");
        assertThat(group.description()).isEqualTo("Read-only access");
        client.updateGroup(r -> r.identityStoreId(store).groupId(id).operations(
                AttributeOperation.builder().attributePath("description").build()));
        assertThat(client.describeGroup(r -> r.identityStoreId(store).groupId(id)).description()).isNull();
    }

    @Test
    void displayNamesAreUniqueIgnoringCase() {
        createGroup("Admins");
        assertThatThrownBy(() -> createGroup("ADMINS")).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.reasonAsString()).isEqualTo("UNIQUENESS_CONSTRAINT_VIOLATION");
            assertThat(message(e)).isEqualTo("Duplicate GroupDisplayName");
        });
        String other = createGroup("Others");
        assertThatThrownBy(() -> client.updateGroup(r -> r.identityStoreId(store).groupId(other).operations(
                op("displayName", "admins")))).isInstanceOf(ConflictException.class);
        client.updateGroup(r -> r.identityStoreId(store).groupId(other).operations(op("displayName", "OTHERS")));
    }

    @Test
    void displayNamesMayHaveSpacesButNotBeEmptyOrReserved() {
        createGroup("Two Words");
        assertThatThrownBy(() -> client.createGroup(r -> r.identityStoreId(store)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e)).isEqualTo(
                        "1 validation error detected: Value null at 'displayName' failed to satisfy constraint: Member must not be null"));
        assertThatThrownBy(() -> createGroup("AWSAdministrators"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e)).isEqualTo(
                        "The name AWSAdministrators is reserved by IAM Identity Center and cannot be used."));
    }

    @Test
    void refusesUnknownGroupAttributes() {
        String id = createGroup("G");
        assertThatThrownBy(() -> client.updateGroup(r -> r.identityStoreId(store).groupId(id).operations(op("name", "x"))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(message(e)).isEqualTo("Invalid attribute path: name"));
    }

    @Test
    void deletingAGroupRemovesItsMemberships() {
        String group = createGroup("Temporary");
        String keep = createGroup("Keep");
        String user = createUser("zoe");
        client.createGroupMembership(r -> r.identityStoreId(store).groupId(group).memberId(m -> m.userId(user)));
        client.createGroupMembership(r -> r.identityStoreId(store).groupId(keep).memberId(m -> m.userId(user)));
        client.deleteGroup(r -> r.identityStoreId(store).groupId(group));
        assertThat(client.listGroupMembershipsForMember(r -> r.identityStoreId(store).memberId(m -> m.userId(user)))
                .groupMemberships()).singleElement().satisfies(m -> assertThat(m.groupId()).isEqualTo(keep));
        assertThatThrownBy(() -> client.deleteGroup(r -> r.identityStoreId(store).groupId(group)))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.resourceTypeAsString()).isEqualTo("GROUP");
                    assertThat(e.resourceId()).isEqualTo(group);
                    assertThat(message(e)).isEqualTo("GROUP not found.");
                });
    }

    @Test
    void findsGroupIdsByDisplayNameOrExternalId() {
        String id = createGroup("Finance");
        assertThat(client.getGroupId(r -> r.identityStoreId(store).alternateIdentifier(a -> a.uniqueAttribute(
                u -> u.attributePath("displayName").attributeValue(Document.fromString("finance"))))).groupId()).isEqualTo(id);
        String scim = store.substring(2) + "-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
        synchronized (t.world) {
            t.instance.groups.put(scim, new Group("From IdP", null, List.of(new ExternalId("okta", "g-1")), Origin.of(scim)));
        }
        assertThat(client.getGroupId(r -> r.identityStoreId(store).alternateIdentifier(a -> a.externalId(
                e -> e.issuer("okta").id("g-1")))).groupId()).isEqualTo(scim);
        assertThat(client.describeGroup(r -> r.identityStoreId(store).groupId(scim)).externalIds())
                .singleElement().satisfies(e -> assertThat(e.id()).isEqualTo("g-1"));
        assertThatThrownBy(() -> client.getGroupId(r -> r.identityStoreId(store).alternateIdentifier(a -> a.uniqueAttribute(
                u -> u.attributePath("displayName").attributeValue(Document.fromString("Nope"))))))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.resourceTypeAsString()).isEqualTo("GROUP"));
        assertThatThrownBy(() -> client.getGroupId(r -> r.identityStoreId(store).alternateIdentifier(a -> a.uniqueAttribute(
                u -> u.attributePath("displayName").attributeValue(Document.fromNumber(1))))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e)).isEqualTo(
                        "1 validation error detected: Value at 'alternateIdentifier.uniqueAttribute.attributeValue' failed "
                                + "to satisfy constraint: Member must be a string"));
    }

    @Test
    void describingAMissingGroupIsNotFound() {
        String missing = store.substring(2) + "-00000000-0000-0000-0000-000000000000";
        assertThatThrownBy(() -> client.describeGroup(r -> r.identityStoreId(store).groupId(missing)))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.resourceTypeAsString()).isEqualTo("GROUP");
                    assertThat(e.resourceId()).isEqualTo(missing);
                });
    }

    private static AttributeOperation op(String path, String value) {
        return AttributeOperation.builder().attributePath(path).attributeValue(Document.fromString(value)).build();
    }
}
