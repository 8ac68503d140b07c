package co.pump.icm.sandbox.identitystore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.identitystore.model.AttributeOperation;
import software.amazon.awssdk.services.identitystore.model.CreateUserRequest;
import software.amazon.awssdk.services.identitystore.model.DescribeUserResponse;
import software.amazon.awssdk.services.identitystore.model.ResourceNotFoundException;
import software.amazon.awssdk.services.identitystore.model.Role;
import software.amazon.awssdk.services.identitystore.model.User;
import software.amazon.awssdk.services.identitystore.model.UserStatus;
import software.amazon.awssdk.services.identitystore.model.ValidationException;

/**
 * A user's role and enterprise extension through the AWS SDK: stored, returned (the extension only
 * when asked for), changed by UpdateUser, and every rule with AWS's error (docs/aws-behaviour.md,
 * "Identity Store users").
 */
// The SDK's builder-consumer varargs (emails(e -> ...)) are generic arrays.
@SuppressWarnings("unchecked")
class UserExtensionsTest extends IdentityStoreTestBase {

    private static final String ENTERPRISE = "aws:identitystore:enterprise";

    private static Document enterprise(String managerId) {
        var builder = Document.mapBuilder().putString("employeeNumber", "E-7").putString("costCenter", "CC-100")
                .putString("organization", "Acme").putString("division", "Engineering")
                .putString("department", "Platform");
        if (managerId != null) {
            builder.putDocument("manager", Document.mapBuilder().putString("value", managerId).build());
        }
        return builder.build();
    }

    private String createWith(String userName, Consumer<CreateUserRequest.Builder> more) {
        return client.createUser(r -> {
            r.identityStoreId(store).userName(userName).displayName(userName + " Example")
                    .name(n -> n.givenName(userName).familyName("Example"));
            more.accept(r);
        }).userId();
    }

    private DescribeUserResponse describe(String id, boolean extensions) {
        return client.describeUser(r -> {
            r.identityStoreId(store).userId(id);
            if (extensions) {
                r.extensions(ENTERPRISE);
            }
        });
    }

    private <E extends AwsServiceException> String refused(Class<E> type, Runnable call) {
        return message(catchThrowableOfType(type, call::run));
    }

    @Test
    void keepsTheRoleAndTheExtensionAndReturnsTheExtensionOnlyWhenAskedFor() {
        String manager = createUser("mia");
        String id = createWith("leo", r -> r.roles(Role.builder().value("Researcher").type("work").primary(true).build())
                .extensions(Map.of(ENTERPRISE, enterprise(manager))));

        DescribeUserResponse plain = describe(id, false);
        assertThat(plain.roles()).singleElement().satisfies(role -> {
            assertThat(role.value()).isEqualTo("Researcher");
            assertThat(role.type()).isEqualTo("work");
            assertThat(role.primary()).isTrue();
        });
        assertThat(plain.hasExtensions()).isFalse();
        assertThat(plain.userStatus()).isEqualTo(UserStatus.ENABLED);

        DescribeUserResponse asked = describe(id, true);
        assertThat(asked.extensions()).containsOnlyKeys(ENTERPRISE);
        assertThat(asked.extensions().get(ENTERPRISE)).isEqualTo(enterprise(manager));

        List<User> listed = client.listUsers(r -> r.identityStoreId(store)).users();
        assertThat(listed).allSatisfy(u -> assertThat(u.hasExtensions()).isFalse());
        assertThat(listed).filteredOn(u -> u.userId().equals(id)).singleElement()
                .satisfies(u -> assertThat(u.roles()).extracting(Role::value).containsExactly("Researcher"));
        List<User> withExtensions = client.listUsers(r -> r.identityStoreId(store).extensions(ENTERPRISE)).users();
        assertThat(withExtensions).filteredOn(u -> u.userId().equals(id)).singleElement()
                .satisfies(u -> assertThat(u.extensions().get(ENTERPRISE)).isEqualTo(enterprise(manager)));
        // A user without the extension has none to return, asked or not.
        assertThat(withExtensions).filteredOn(u -> u.userId().equals(manager)).singleElement()
                .satisfies(u -> assertThat(u.hasExtensions()).isFalse());
    }

    @Test
    void refusesMoreThanOneRoleAndAnEmptyList() {
        Role role = Role.builder().value("Researcher").build();
        assertThat(refused(ValidationException.class, () -> createWith("leo", r -> r.roles(role, role))))
                .isEqualTo("1 validation error detected: Value at 'roles' failed to satisfy constraint: "
                        + "Member must have length less than or equal to 1");
        String id = createUser("leo");
        assertThat(refused(ValidationException.class, () -> client.updateUser(r -> r.identityStoreId(store).userId(id)
                .operations(op("roles", Document.fromList(List.of()))))))
                .isEqualTo("1 validation error detected: Value at 'roles' failed to satisfy constraint: "
                        + "Member must have length greater than or equal to 1");
    }

    @Test
    void refusesExtensionNamesOtherThanTheEnterpriseOne() {
        assertThat(refused(ValidationException.class, () -> createWith("leo",
                r -> r.extensions(Map.of("aws:identitystore:Enterprise", enterprise(null))))))
                .isEqualTo("1 validation error detected: Value at 'extensions' failed to satisfy constraint: "
                        + "Map keys must satisfy constraint: [Member must have length between 1 and 50, "
                        + "Member must satisfy regular expression pattern: aws:identitystore:[a-z]{1,20}]");
        assertThat(refused(ValidationException.class, () -> createWith("leo",
                r -> r.extensions(Map.of("aws:identitystore:custom", enterprise(null))))))
                .isEqualTo("The extension aws:identitystore:custom is not supported: aws:identitystore:enterprise "
                        + "is the only supported extension name.");
        String id = createUser("leo");
        assertThat(refused(ValidationException.class, () -> client.describeUser(r -> r.identityStoreId(store)
                .userId(id).extensions("aws:identitystore:custom"))))
                .isEqualTo("The extension aws:identitystore:custom is not supported: aws:identitystore:enterprise "
                        + "is the only supported extension name.");
        assertThat(refused(ValidationException.class, () -> client.listUsers(r -> r.identityStoreId(store)
                .extensions("enterprise"))))
                .isEqualTo("1 validation error detected: Value 'enterprise' at 'extensions.1.member' failed to "
                        + "satisfy constraint: Member must satisfy regular expression pattern: "
                        + "aws:identitystore:[a-z]{1,20}");
    }

    @Test
    void refusesADocumentThatIsNotTheEnterpriseUser() {
        assertThat(refusedDocument(Document.fromString("E-7")))
                .isEqualTo("The value of the extension aws:identitystore:enterprise must be a JSON object.");
        assertThat(refusedDocument(Document.mapBuilder().build()))
                .isEqualTo("The extension aws:identitystore:enterprise must have at least one attribute.");
        assertThat(refusedDocument(Document.mapBuilder().putString("site", "Berlin").build()))
                .isEqualTo("The extension aws:identitystore:enterprise has no attribute site.");
        assertThat(refusedDocument(Document.mapBuilder().putNumber("costCenter", 100).build()))
                .isEqualTo("The attribute costCenter of the extension aws:identitystore:enterprise must be a string.");
        assertThat(refusedDocument(Document.mapBuilder().putString("costCenter", "x".repeat(1025)).build()))
                .isEqualTo("1 validation error detected: Value at 'aws:identitystore:enterprise.costCenter' failed "
                        + "to satisfy constraint: Member must have length less than or equal to 1024");
        String manager = createUser("mia");
        assertThat(refusedDocument(Document.mapBuilder().putDocument("manager", Document.mapBuilder()
                .putString("value", manager).putString("displayName", "Mia").build()).build()))
                .isEqualTo("The attribute manager of the extension aws:identitystore:enterprise must be "
                        + "{\"value\": <user ID>} and nothing else.");
        assertThat(refusedDocument(Document.mapBuilder().putString("manager", manager).build()))
                .isEqualTo("The attribute manager of the extension aws:identitystore:enterprise must be "
                        + "{\"value\": <user ID>} and nothing else.");
        assertThat(refusedDocument(Document.mapBuilder().putDocument("manager",
                Document.mapBuilder().putString("value", "mia").build()).build()))
                .startsWith("1 validation error detected: Value 'mia' at 'aws:identitystore:enterprise.manager.value' "
                        + "failed to satisfy constraint: Member must satisfy regular expression pattern: ");
    }

    private String refusedDocument(Document document) {
        return refused(ValidationException.class, () -> createWith("leo",
                r -> r.extensions(Map.of(ENTERPRISE, document))));
    }

    @Test
    void theManagerMustBeAUserOfTheStore() {
        String gone = createUser("mia");
        client.deleteUser(r -> r.identityStoreId(store).userId(gone));
        var error = catchThrowableOfType(ResourceNotFoundException.class,
                () -> createWith("leo", r -> r.extensions(Map.of(ENTERPRISE, enterprise(gone)))));
        assertThat(message(error)).isEqualTo("USER not found.");
        assertThat(error.resourceId()).isEqualTo(gone);
        assertThat(client.listUsers(r -> r.identityStoreId(store)).users()).isEmpty();

        String id = createUser("leo");
        var update = catchThrowableOfType(ResourceNotFoundException.class, () -> client.updateUser(r -> r
                .identityStoreId(store).userId(id).operations(op(ENTERPRISE + ".manager.value", Document.fromString(gone)))));
        assertThat(message(update)).isEqualTo("USER not found.");
        assertThat(describe(id, true).hasExtensions()).isFalse();
    }

    @Test
    void deletingAManagerLeavesTheReferenceAsItWas() {
        String manager = createUser("mia");
        String id = createWith("leo", r -> r.extensions(Map.of(ENTERPRISE, enterprise(manager))));
        client.deleteUser(r -> r.identityStoreId(store).userId(manager));
        assertThat(describe(id, true).extensions().get(ENTERPRISE)).isEqualTo(enterprise(manager));
    }

    @Test
    void updateUserSetsTheRoleAndEachPartOfTheExtension() {
        String mia = createUser("mia");
        String noa = createUser("noa");
        String id = createWith("leo", r -> r.extensions(Map.of(ENTERPRISE, enterprise(mia))));

        client.updateUser(r -> r.identityStoreId(store).userId(id).operations(
                op("roles", Document.fromList(List.of(Document.mapBuilder().putString("Value", "Lead")
                        .putString("Type", "work").putBoolean("Primary", true).build()))),
                op(ENTERPRISE + ".costCenter", Document.fromString("CC-200")),
                op(ENTERPRISE + ".division", null),
                op(ENTERPRISE + ".manager.value", Document.fromString(noa))));
        DescribeUserResponse updated = describe(id, true);
        assertThat(updated.roles()).extracting(Role::value, Role::type, Role::primary)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lead", "work", true));
        assertThat(updated.extensions().get(ENTERPRISE)).isEqualTo(Document.mapBuilder()
                .putString("employeeNumber", "E-7").putString("costCenter", "CC-200").putString("organization", "Acme")
                .putString("department", "Platform")
                .putDocument("manager", Document.mapBuilder().putString("value", noa).build()).build());

        client.updateUser(r -> r.identityStoreId(store).userId(id).operations(
                op(ENTERPRISE + ".manager", Document.mapBuilder().putString("value", mia).build())));
        assertThat(describe(id, true).extensions().get(ENTERPRISE).asMap().get("manager"))
                .isEqualTo(Document.mapBuilder().putString("value", mia).build());

        client.updateUser(r -> r.identityStoreId(store).userId(id).operations(op("roles", null),
                op(ENTERPRISE, Document.mapBuilder().putString("department", "Research").build())));
        DescribeUserResponse replaced = describe(id, true);
        assertThat(replaced.hasRoles()).isFalse();
        assertThat(replaced.extensions().get(ENTERPRISE))
                .isEqualTo(Document.mapBuilder().putString("department", "Research").build());

        // Removing the last attribute removes the extension.
        client.updateUser(r -> r.identityStoreId(store).userId(id).operations(op(ENTERPRISE + ".department", null)));
        assertThat(describe(id, true).hasExtensions()).isFalse();
    }

    @Test
    void updateUserRefusesTheStatusAPartOfTheRoleAndAnotherExtension() {
        String id = createUser("leo");
        assertThat(refused(ValidationException.class, () -> client.updateUser(r -> r.identityStoreId(store).userId(id)
                .operations(op("userStatus", Document.fromString("DISABLED"))))))
                .isEqualTo("Invalid attribute path: userStatus");
        assertThat(describe(id, false).userStatus()).isEqualTo(UserStatus.ENABLED);
        assertThat(refused(ValidationException.class, () -> client.updateUser(r -> r.identityStoreId(store).userId(id)
                .operations(op("roles[0].value", Document.fromString("Lead"))))))
                .isEqualTo("Unsupported update operation on multi-value attribute roles, please provide full "
                        + "replacement of Multi-Value attribute types");
        assertThat(refused(ValidationException.class, () -> client.updateUser(r -> r.identityStoreId(store).userId(id)
                .operations(op("aws:identitystore:custom.site", Document.fromString("Berlin"))))))
                .isEqualTo("Invalid attribute path: aws:identitystore:custom.site");
        assertThat(refused(ValidationException.class, () -> client.updateUser(r -> r.identityStoreId(store).userId(id)
                .operations(op(ENTERPRISE + ".site", Document.fromString("Berlin"))))))
                .isEqualTo("Invalid attribute path: aws:identitystore:enterprise.site");
        assertThat(refused(ValidationException.class, () -> client.updateUser(r -> r.identityStoreId(store).userId(id)
                .operations(op(ENTERPRISE + ".costCenter", Document.fromNumber(100))))))
                .isEqualTo("Invalid value for attribute path aws:identitystore:enterprise.costCenter: expected a string");
    }

    static AttributeOperation op(String path, Document value) {
        return AttributeOperation.builder().attributePath(path).attributeValue(value).build();
    }
}
