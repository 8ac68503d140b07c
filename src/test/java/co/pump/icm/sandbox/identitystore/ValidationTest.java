package co.pump.icm.sandbox.identitystore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import co.pump.icm.sandbox.RawHttpAccess;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.identitystore.model.ValidationException;

/** Model constraints, answered as ValidationException in AWS's wording. */
// The SDK's builder-consumer varargs (emails(e -> ...)) are generic arrays.
@SuppressWarnings("unchecked")
class ValidationTest extends IdentityStoreTestBase {
    private static final String USER_NAME_PATTERN = "[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+";

    @Test
    void requiresUserNameNameAndDisplayName() {
        assertThatThrownBy(() -> client.createUser(r -> r.identityStoreId(store)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(message(e)).isEqualTo("3 validation errors detected: "
                            + "Value null at 'userName' failed to satisfy constraint: Member must not be null; "
                            + "Value null at 'name' failed to satisfy constraint: Member must not be null; "
                            + "Value null at 'displayName' failed to satisfy constraint: Member must not be null");
                });
    }

    @Test
    void requiresGivenAndFamilyName() {
        assertThatThrownBy(() -> client.createUser(r -> r.identityStoreId(store).userName("a").displayName("A")
                .name(n -> n.formatted("A"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e)).isEqualTo(
                        "2 validation errors detected: "
                                + "Value null at 'name.familyName' failed to satisfy constraint: Member must not be null; "
                                + "Value null at 'name.givenName' failed to satisfy constraint: Member must not be null"));
    }

    @Test
    void userNamesHaveNoSpaces() {
        assertThatThrownBy(() -> create("jane doe"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e)).isEqualTo(
                        "1 validation error detected: Value at 'userName' failed to satisfy constraint: "
                                + "Member must satisfy regular expression pattern: " + USER_NAME_PATTERN));
    }

    @Test
    void userNamesAreAtMost128Characters() {
        create("u".repeat(128));
        assertThatThrownBy(() -> create("u".repeat(129)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e)).isEqualTo(
                        "1 validation error detected: Value at 'userName' failed to satisfy constraint: "
                                + "Member must have length less than or equal to 128"));
    }

    @Test
    void anEmptyAttributeBreaksBothLengthAndPattern() {
        assertThatThrownBy(() -> client.createUser(r -> r.identityStoreId(store).userName("a").displayName("")
                .name(n -> n.givenName("A").familyName("B"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e)).startsWith(
                        "2 validation errors detected: Value at 'displayName' failed to satisfy constraint: Member must "
                                + "satisfy regular expression pattern: ").endsWith(
                        "; Value at 'displayName' failed to satisfy constraint: Member must have length greater than or equal to 1"));
    }

    @Test
    void aUserHasAtMostOneEmail() {
        assertThatThrownBy(() -> client.createUser(r -> r.identityStoreId(store).userName("a").displayName("A")
                .name(n -> n.givenName("A").familyName("B"))
                .emails(e -> e.value("a@example.com"), e -> e.value("b@example.com"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e)).isEqualTo(
                        "1 validation error detected: Value at 'emails' failed to satisfy constraint: "
                                + "Member must have length less than or equal to 1"));
    }

    @Test
    void photosNeedAValue() {
        assertThatThrownBy(() -> client.createUser(r -> r.identityStoreId(store).userName("a").displayName("A")
                .name(n -> n.givenName("A").familyName("B")).photos(p -> p.type("photo"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e)).isEqualTo(
                        "1 validation error detected: Value null at 'photos.1.member.value' failed to satisfy constraint: "
                                + "Member must not be null"));
    }

    @Test
    void identityStoreIdsHaveAPattern() {
        assertThatThrownBy(() -> client.listUsers(r -> r.identityStoreId("abc")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e)).isEqualTo(
                        "1 validation error detected: Value 'abc' at 'identityStoreId' failed to satisfy constraint: "
                                + "Member must satisfy regular expression pattern: "
                                + "d-[0-9a-f]{10}$|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    }

    @Test
    void resourceIdsHaveAPattern() {
        assertThatThrownBy(() -> client.describeUser(r -> r.identityStoreId(store).userId("not-an-id")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e)).isEqualTo(
                        "1 validation error detected: Value 'not-an-id' at 'userId' failed to satisfy constraint: "
                                + "Member must satisfy regular expression pattern: "
                                + "([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}"));
    }

    @Test
    void maxResultsIsOneToOneHundred() {
        assertThatThrownBy(() -> client.listUsers(r -> r.identityStoreId(store).maxResults(0)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e)).isEqualTo(
                        "1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: "
                                + "Member must have value greater than or equal to 1"));
        assertThatThrownBy(() -> client.listGroups(r -> r.identityStoreId(store).maxResults(101)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e)).isEqualTo(
                        "1 validation error detected: Value '101' at 'maxResults' failed to satisfy constraint: "
                                + "Member must have value less than or equal to 100"));
    }

    @Test
    void updateNeedsOperations() {
        String id = createUser("x");
        assertThatThrownBy(() -> client.updateUser(r -> r.identityStoreId(store).userId(id)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e)).isEqualTo(
                        "1 validation error detected: Value null at 'operations' failed to satisfy constraint: "
                                + "Member must not be null"));
        assertThatThrownBy(() -> client.updateUser(r -> r.identityStoreId(store).userId(id).operations(
                o -> o.attributePath("title!").attributeValue(Document.fromString("x")))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e)).startsWith(
                        "1 validation error detected: Value 'title!' at 'operations.1.member.attributePath' failed to "
                                + "satisfy constraint: Member must satisfy regular expression pattern: "));
    }

    @Test
    void isMemberInGroupsNeedsOneToOneHundredGroups() {
        String id = createUser("y");
        assertThatThrownBy(() -> client.isMemberInGroups(r -> r.identityStoreId(store).memberId(m -> m.userId(id))
                .groupIds(java.util.List.of())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(message(e)).isEqualTo(
                        "1 validation error detected: Value at 'groupIds' failed to satisfy constraint: "
                                + "Member must have length greater than or equal to 1"));
    }

    @Test
    void aMemberOfTheWrongJsonTypeIsASerializationException() {
        var answer = RawHttpAccess.json(sandbox, t.management, "identitystore", "AWSIdentityStore.CreateUser",
                "{\"IdentityStoreId\":\"" + store + "\",\"UserName\":5}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("\"__type\":\"SerializationException\"")
                .contains("Expected a string at 'userName'");
    }

    private void create(String userName) {
        client.createUser(r -> r.identityStoreId(store).userName(userName).displayName("D")
                .name(n -> n.givenName("G").familyName("F")));
    }
}
