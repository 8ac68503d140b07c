package co.pump.icm.sandbox.identitystore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import co.pump.icm.model.ExternalId;
import co.pump.icm.model.Origin;
import co.pump.icm.model.User;
import co.pump.icm.sandbox.Clients;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.identitystore.model.AttributeOperation;
import software.amazon.awssdk.services.identitystore.model.ConflictException;
import software.amazon.awssdk.services.identitystore.model.DescribeUserResponse;
import software.amazon.awssdk.services.identitystore.model.ResourceNotFoundException;
import software.amazon.awssdk.services.identitystore.model.UserStatus;
import software.amazon.awssdk.services.identitystore.model.ValidationException;

// The SDK's builder-consumer varargs (emails(e -> ...)) are generic arrays.
@SuppressWarnings("unchecked")
class UsersTest extends IdentityStoreTestBase {

    @Test
    void createsAndDescribesEveryAttribute() {
        String id = client.createUser(r -> r.identityStoreId(store).userName("jane.doe@example.com")
                .displayName("Jane Doe").nickName("JD").profileUrl("https://example.com/jane")
                .name(n -> n.formatted("Dr Jane Q Doe Jr").familyName("Doe").givenName("Jane").middleName("Q")
                        .honorificPrefix("Dr").honorificSuffix("Jr"))
                .emails(e -> e.value("jane@example.com").type("work").primary(true))
                .addresses(a -> a.streetAddress("1 Main St").locality("Springfield").region("IL").postalCode("62701")
                        .country("US").formatted("1 Main St, Springfield").type("work").primary(true))
                .phoneNumbers(p -> p.value("+1 555 0100").type("mobile").primary(false))
                .userType("Employee").title("Engineer").preferredLanguage("en-US").locale("en_US")
                .timezone("America/Chicago").website("https://jane.example.com").birthdate("1990-01-31")
                .photos(p -> p.value("https://example.com/jane.png").type("photo").display("Jane").primary(true)))
                .userId();
        assertThat(id).startsWith(store.substring(2) + "-");
        DescribeUserResponse user = client.describeUser(r -> r.identityStoreId(store).userId(id));
        assertThat(user.identityStoreId()).isEqualTo(store);
        assertThat(user.userId()).isEqualTo(id);
        assertThat(user.userName()).isEqualTo("jane.doe@example.com");
        assertThat(user.displayName()).isEqualTo("Jane Doe");
        assertThat(user.nickName()).isEqualTo("JD");
        assertThat(user.profileUrl()).isEqualTo("https://example.com/jane");
        assertThat(user.name().formatted()).isEqualTo("Dr Jane Q Doe Jr");
        assertThat(user.name().familyName()).isEqualTo("Doe");
        assertThat(user.name().givenName()).isEqualTo("Jane");
        assertThat(user.name().middleName()).isEqualTo("Q");
        assertThat(user.name().honorificPrefix()).isEqualTo("Dr");
        assertThat(user.name().honorificSuffix()).isEqualTo("Jr");
        assertThat(user.emails()).singleElement().satisfies(e -> {
            assertThat(e.value()).isEqualTo("jane@example.com");
            assertThat(e.type()).isEqualTo("work");
            assertThat(e.primary()).isTrue();
        });
        assertThat(user.addresses()).singleElement().satisfies(a -> {
            assertThat(a.streetAddress()).isEqualTo("1 Main St");
            assertThat(a.locality()).isEqualTo("Springfield");
            assertThat(a.region()).isEqualTo("IL");
            assertThat(a.postalCode()).isEqualTo("62701");
            assertThat(a.country()).isEqualTo("US");
            assertThat(a.formatted()).isEqualTo("1 Main St, Springfield");
            assertThat(a.type()).isEqualTo("work");
            assertThat(a.primary()).isTrue();
        });
        assertThat(user.phoneNumbers()).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualTo("+1 555 0100");
            assertThat(p.type()).isEqualTo("mobile");
            assertThat(p.primary()).isFalse();
        });
        assertThat(user.userType()).isEqualTo("Employee");
        assertThat(user.title()).isEqualTo("Engineer");
        assertThat(user.preferredLanguage()).isEqualTo("en-US");
        assertThat(user.locale()).isEqualTo("en_US");
        assertThat(user.timezone()).isEqualTo("America/Chicago");
        assertThat(user.website()).isEqualTo("https://jane.example.com");
        assertThat(user.birthdate()).isEqualTo("1990-01-31");
        assertThat(user.photos()).singleElement().satisfies(p -> {
            assertThat(p.value()).isEqualTo("https://example.com/jane.png");
            assertThat(p.type()).isEqualTo("photo");
            assertThat(p.display()).isEqualTo("Jane");
            assertThat(p.primary()).isTrue();
        });
        assertThat(user.userStatus()).isEqualTo(UserStatus.ENABLED);
        assertThat(user.createdAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
        assertThat(user.createdBy()).isEqualTo(t.management.arn());
        assertThat(user.updatedAt()).isEqualTo(user.createdAt());
        assertThat(user.updatedBy()).isEqualTo(t.management.arn());
        assertThat(user.externalIds()).isEmpty();
        synchronized (t.world) {
            User stored = t.instance.users.get(id);
            assertThat(stored.origin().id()).isEqualTo(id);
            assertThat(stored.origin().createdAt()).isEqualTo("2023-11-14T22:13:20Z");
        }
    }

    @Test
    void writesTimestampsAsPlainEpochSeconds() {
        String id = createUser("plain");
        var answer = co.pump.icm.sandbox.RawHttpAccess.json(sandbox, t.management, "identitystore",
                "AWSIdentityStore.DescribeUser", "{\"IdentityStoreId\":\"" + store + "\",\"UserId\":\"" + id + "\"}");
        assertThat(answer.body()).contains("\"CreatedAt\":1700000000,").contains("\"UpdatedAt\":1700000000,");
    }

    @Test
    void listsUsersInTheUserShape() {
        String id = createUser("alice");
        var users = client.listUsers(r -> r.identityStoreId(store)).users();
        assertThat(users).singleElement().satisfies(u -> {
            assertThat(u.userId()).isEqualTo(id);
            assertThat(u.identityStoreId()).isEqualTo(store);
            assertThat(u.userName()).isEqualTo("alice");
            assertThat(u.emails()).singleElement().satisfies(e -> assertThat(e.value()).isEqualTo("alice@example.com"));
            assertThat(u.createdAt()).isNotNull();
        });
    }

    @Test
    void describesExternalIdsOfProvisionedUsers() {
        String id = store.substring(2) + "-11111111-2222-3333-4444-555555555555";
        synchronized (t.world) {
            t.instance.users.put(id, new User("scim.user", "Scim User", null, null, null, List.of(), List.of(), List.of(),
                    null, null, null, null, null, null, List.of(), null, null,
                    List.of(new ExternalId("https://scim.example.com", "abc-123")),
                    new Origin(id, "2024-01-02T03:04:05.678Z", "SCIM", null, null)));
        }
        var user = client.describeUser(r -> r.identityStoreId(store).userId(id));
        assertThat(user.externalIds()).singleElement().satisfies(e -> {
            assertThat(e.issuer()).isEqualTo("https://scim.example.com");
            assertThat(e.id()).isEqualTo("abc-123");
        });
        assertThat(user.createdAt()).isEqualTo(Instant.parse("2024-01-02T03:04:05.678Z"));
        assertThat(user.createdBy()).isEqualTo("SCIM");
        assertThat(user.userStatus()).isNull();
        assertThat(client.getUserId(r -> r.identityStoreId(store).alternateIdentifier(a -> a.externalId(
                e -> e.issuer("https://scim.example.com").id("abc-123")))).userId()).isEqualTo(id);
    }

    @Test
    void updatesAttributesAndRemovesThoseSetToNull() {
        String id = createUser("bob");
        client.updateUser(r -> r.identityStoreId(store).userId(id).operations(
                op("title", Document.fromString("Manager")),
                op("displayName", Document.fromString("Robert")),
                op("name.givenName", Document.fromString("Robert")),
                op("emails", Document.fromList(List.of(Document.mapBuilder().putString("Value", "robert@example.com")
                        .putString("Type", "home").putBoolean("Primary", true).build())))));
        var updated = client.describeUser(r -> r.identityStoreId(store).userId(id));
        assertThat(updated.title()).isEqualTo("Manager");
        assertThat(updated.displayName()).isEqualTo("Robert");
        assertThat(updated.name().givenName()).isEqualTo("Robert");
        assertThat(updated.name().familyName()).isEqualTo("Example");
        assertThat(updated.emails()).singleElement().satisfies(e -> {
            assertThat(e.value()).isEqualTo("robert@example.com");
            assertThat(e.type()).isEqualTo("home");
        });
        // No API disables a user: the status is as CreateUser left it (UserExtensionsTest refuses the path).
        assertThat(updated.userStatus()).isEqualTo(UserStatus.ENABLED);

        var admin = Clients.identityStore(sandbox, t.delegatedAdmin);
        admin.updateUser(r -> r.identityStoreId(store).userId(id).operations(
                AttributeOperation.builder().attributePath("title").build()));
        var removed = client.describeUser(r -> r.identityStoreId(store).userId(id));
        assertThat(removed.title()).isNull();
        assertThat(removed.updatedBy()).isEqualTo(t.delegatedAdmin.arn());
        assertThat(removed.createdBy()).isEqualTo(t.management.arn());
    }

    @Test
    void refusesToUpdateOnePartOfAMultiValuedAttribute() {
        String id = createUser("carol");
        assertThatThrownBy(() -> client.updateUser(r -> r.identityStoreId(store).userId(id).operations(
                op("emails[0].value", Document.fromString("x@example.com")))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e)).isEqualTo(
                        "Unsupported update operation on multi-value attribute emails, please provide full replacement of Multi-Value attribute types"));
        assertThatThrownBy(() -> client.updateUser(r -> r.identityStoreId(store).userId(id).operations(
                op("emails.value", Document.fromString("x@example.com")))))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void refusesToChangeTheUserName() {
        String id = createUser("dave");
        assertThatThrownBy(() -> client.updateUser(r -> r.identityStoreId(store).userId(id).operations(
                op("userName", Document.fromString("david")))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(message(e)).isEqualTo("The attribute userName cannot be updated."));
    }

    @Test
    void refusesUnknownAttributePaths() {
        String id = createUser("erin");
        assertThatThrownBy(() -> client.updateUser(r -> r.identityStoreId(store).userId(id).operations(
                op("department", Document.fromString("Sales")))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(message(e)).isEqualTo("Invalid attribute path: department"));
    }

    @Test
    void refusesAValueOfTheWrongKind() {
        String id = createUser("fay");
        assertThatThrownBy(() -> client.updateUser(r -> r.identityStoreId(store).userId(id).operations(
                op("title", Document.fromNumber(3)))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(message(e)).isEqualTo("Invalid value for attribute path title: expected a string"));
    }

    @Test
    void refusesToRemoveARequiredAttribute() {
        String id = createUser("gus");
        assertThatThrownBy(() -> client.updateUser(r -> r.identityStoreId(store).userId(id).operations(
                AttributeOperation.builder().attributePath("displayName").build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e)).isEqualTo(
                        "1 validation error detected: Value null at 'displayName' failed to satisfy constraint: Member must not be null"));
        assertThat(client.describeUser(r -> r.identityStoreId(store).userId(id)).displayName()).isEqualTo("gus Example");
    }

    @Test
    void checksUpdatedValuesLikeNewOnes() {
        String id = createUser("hal");
        assertThatThrownBy(() -> client.updateUser(r -> r.identityStoreId(store).userId(id).operations(
                op("nickName", Document.fromString("x".repeat(1025))))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e)).isEqualTo(
                        "1 validation error detected: Value at 'nickName' failed to satisfy constraint: Member must have length less than or equal to 1024"));
    }

    @Test
    void updatingAMissingUserIsNotFound() {
        String missing = store.substring(2) + "-00000000-0000-0000-0000-000000000000";
        assertThatThrownBy(() -> client.updateUser(r -> r.identityStoreId(store).userId(missing).operations(
                op("title", Document.fromString("x")))))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.resourceTypeAsString()).isEqualTo("USER");
                    assertThat(e.resourceId()).isEqualTo(missing);
                });
    }

    @Test
    void userNamesAreUniqueIgnoringCase() {
        createUser("Ivy");
        assertThatThrownBy(() -> createUser("ivy")).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.reasonAsString()).isEqualTo("UNIQUENESS_CONSTRAINT_VIOLATION");
            assertThat(message(e)).isEqualTo("Duplicate UserName");
            assertThat(e.statusCode()).isEqualTo(400);
            // The modelled RequestId member carries the same ID as the x-amzn-RequestId header.
            assertThat(e.requestIdValue()).isEqualTo(e.awsErrorDetails().sdkHttpResponse()
                    .firstMatchingHeader("x-amzn-RequestId").orElseThrow());
        });
    }

    @Test
    void emailsAreUniqueIgnoringCase() {
        createUser("jack");
        assertThatThrownBy(() -> client.createUser(r -> r.identityStoreId(store).userName("jack2").displayName("J")
                .name(n -> n.givenName("J").familyName("K")).emails(e -> e.value("JACK@example.com"))))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.reasonAsString()).isEqualTo("UNIQUENESS_CONSTRAINT_VIOLATION");
                    assertThat(message(e)).isEqualTo("Duplicate Email");
                });
        String other = createUser("kim");
        assertThatThrownBy(() -> client.updateUser(r -> r.identityStoreId(store).userId(other).operations(
                op("emails", Document.fromList(List.of(Document.mapBuilder().putString("Value", "jack@example.com").build()))))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void reservedNamesCannotBeUsed() {
        for (String reserved : List.of("Administrator", "AWSAdministrators", "administrator")) {
            assertThatThrownBy(() -> createUser(reserved)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(message(e)).isEqualTo("The name " + reserved
                            + " is reserved by IAM Identity Center and cannot be used."));
        }
    }

    @Test
    void deletingAUserRemovesItsMemberships() {
        String user = createUser("liam");
        String other = createUser("mia");
        String group = createGroup("Readers");
        client.createGroupMembership(r -> r.identityStoreId(store).groupId(group).memberId(m -> m.userId(user)));
        client.createGroupMembership(r -> r.identityStoreId(store).groupId(group).memberId(m -> m.userId(other)));
        client.deleteUser(r -> r.identityStoreId(store).userId(user));
        assertThat(client.listGroupMemberships(r -> r.identityStoreId(store).groupId(group)).groupMemberships())
                .singleElement().satisfies(m -> assertThat(m.memberId().userId()).isEqualTo(other));
        assertThatThrownBy(() -> client.describeUser(r -> r.identityStoreId(store).userId(user)))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void deletingAMissingUserIsNotFound() {
        String user = createUser("noah");
        client.deleteUser(r -> r.identityStoreId(store).userId(user));
        assertThatThrownBy(() -> client.deleteUser(r -> r.identityStoreId(store).userId(user)))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.resourceTypeAsString()).isEqualTo("USER");
                    assertThat(e.resourceId()).isEqualTo(user);
                    assertThat(message(e)).isEqualTo("USER not found.");
                });
    }

    @Test
    void findsUserIdsByUniqueAttributes() {
        String id = createUser("olivia");
        assertThat(client.getUserId(r -> r.identityStoreId(store).alternateIdentifier(a -> a.uniqueAttribute(
                u -> u.attributePath("userName").attributeValue(Document.fromString("OLIVIA"))))).userId()).isEqualTo(id);
        assertThat(client.getUserId(r -> r.identityStoreId(store).alternateIdentifier(a -> a.uniqueAttribute(
                u -> u.attributePath("emails.value").attributeValue(Document.fromString("olivia@example.com")))))
                .userId()).isEqualTo(id);
        assertThatThrownBy(() -> client.getUserId(r -> r.identityStoreId(store).alternateIdentifier(a -> a.uniqueAttribute(
                u -> u.attributePath("userName").attributeValue(Document.fromString("nobody"))))))
                .isInstanceOfSatisfying(ResourceNotFoundException.class,
                        e -> assertThat(e.resourceTypeAsString()).isEqualTo("USER"));
        assertThatThrownBy(() -> client.getUserId(r -> r.identityStoreId(store).alternateIdentifier(a -> a.uniqueAttribute(
                u -> u.attributePath("title").attributeValue(Document.fromString("x"))))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e)).isEqualTo(
                        "The attribute path title is not a unique attribute; use one of userName, emails.value"));
        assertThatThrownBy(() -> client.getUserId(r -> r.identityStoreId(store).alternateIdentifier(a -> a.externalId(
                e -> e.issuer("https://idp.example.com").id("missing")))))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void seesUsersPutStraightIntoTheWorldBetweenRequests() {
        createUser("first");
        String id = store.substring(2) + "-12121212-3434-5656-7878-909090909090";
        synchronized (t.world) {
            t.instance.users.put(id, new User("Direct", "Direct", null, null, null,
                    List.of(new co.pump.icm.model.Email("direct@example.com", null, null)), List.of(), List.of(), null,
                    null, null, null, null, null, List.of(), null, null, List.of(), Origin.of(id)));
        }
        assertThatThrownBy(() -> createUser("direct")).isInstanceOf(ConflictException.class);
        assertThat(client.getUserId(r -> r.identityStoreId(store).alternateIdentifier(a -> a.uniqueAttribute(
                u -> u.attributePath("emails.value").attributeValue(Document.fromString("DIRECT@example.com"))))).userId())
                .isEqualTo(id);
        synchronized (t.world) {
            t.instance.users.remove(id);
        }
        createUser("direct");
    }

    static AttributeOperation op(String path, Document value) {
        return AttributeOperation.builder().attributePath(path).attributeValue(value).build();
    }
}
