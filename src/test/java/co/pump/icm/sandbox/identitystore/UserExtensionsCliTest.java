package co.pump.icm.sandbox.identitystore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import co.pump.icm.sandbox.AwsCli;
import co.pump.icm.sandbox.TestWorld;

/**
 * The rules of users' roles and the enterprise extension through the AWS CLI, whose botocore model
 * (1.43) knows {@code --roles} and {@code --extensions}: the same answers as through the SDK
 * ({@link UserExtensionsTest}). An older CLI without those members says so and the SDK test stands.
 */
class UserExtensionsCliTest extends IdentityStoreTestBase {

    private static final String ENTERPRISE = "aws:identitystore:enterprise";

    @TempDir
    Path home;

    private AwsCli cli;

    @BeforeEach
    void cli() {
        cli = new AwsCli(sandbox, home);
        cli.requireKnows("identitystore", "create-user", "--roles", "--extensions");
    }

    private AwsCli.Result aws(String... args) {
        return cli.run(t.management, TestWorld.REGION, args);
    }

    private AwsCli.Result cliCreateUser(String name, String... more) {
        var args = new java.util.ArrayList<>(java.util.List.of("identitystore", "create-user", "--identity-store-id",
                store, "--user-name", name, "--display-name", name + " Example", "--name",
                "GivenName=" + name + ",FamilyName=Example"));
        args.addAll(java.util.List.of(more));
        return aws(args.toArray(String[]::new));
    }

    private static void refused(AwsCli.Result result, String code, String message) {
        assertThat(result.errorCode()).isEqualTo(code);
        assertThat(result.stderr()).contains(message);
    }

    @Test
    void theCliStoresAndReadsTheRoleAndTheExtensionOnlyWhenAskedFor() {
        String manager = cliCreateUser("mia").json().path("UserId").asText();
        String id = cliCreateUser("leo", "--roles", "Value=Researcher,Type=work,Primary=true", "--extensions",
                "{\"" + ENTERPRISE + "\": {\"costCenter\": \"CC-100\", \"manager\": {\"value\": \"" + manager + "\"}}}")
                .json().path("UserId").asText();

        JsonNode plain = aws("identitystore", "describe-user", "--identity-store-id", store, "--user-id", id).json();
        assertThat(plain.path("Roles").get(0).path("Value").asText()).isEqualTo("Researcher");
        assertThat(plain.has("Extensions")).isFalse();
        JsonNode asked = aws("identitystore", "describe-user", "--identity-store-id", store, "--user-id", id,
                "--extensions", ENTERPRISE).json();
        assertThat(asked.path("Extensions").path(ENTERPRISE).path("costCenter").asText()).isEqualTo("CC-100");
        assertThat(asked.path("Extensions").path(ENTERPRISE).path("manager").path("value").asText()).isEqualTo(manager);

        aws("identitystore", "update-user", "--identity-store-id", store, "--user-id", id, "--operations",
                "[{\"AttributePath\": \"" + ENTERPRISE + ".department\", \"AttributeValue\": \"Research\"}]").json();
        JsonNode listed = aws("identitystore", "list-users", "--identity-store-id", store, "--extensions", ENTERPRISE)
                .json();
        assertThat(listed.path("Users")).filteredOn(u -> u.path("UserId").asText().equals(id)).singleElement()
                .satisfies(u -> assertThat(u.path("Extensions").path(ENTERPRISE).path("department").asText())
                        .isEqualTo("Research"));
    }

    @Test
    void theCliGetsTheSameRefusals() {
        refused(cliCreateUser("leo", "--roles", "Value=A", "Value=B"), "ValidationException",
                "Value at 'roles' failed to satisfy constraint: Member must have length less than or equal to 1");
        refused(cliCreateUser("leo", "--extensions", "{\"aws:identitystore:custom\": {\"costCenter\": \"1\"}}"),
                "ValidationException", "The extension aws:identitystore:custom is not supported");
        refused(cliCreateUser("leo", "--extensions", "{\"" + ENTERPRISE + "\": {\"site\": \"Berlin\"}}"),
                "ValidationException", "The extension aws:identitystore:enterprise has no attribute site.");
        refused(cliCreateUser("leo", "--extensions", "{\"" + ENTERPRISE + "\": {\"manager\": {\"value\": "
                + "\"1234567890-aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\"}}}"), "ResourceNotFoundException", "USER not found.");
        refused(aws("identitystore", "list-users", "--identity-store-id", store, "--extensions", "enterprise"),
                "ValidationException", "Value 'enterprise' at 'extensions.1.member' failed to satisfy constraint");

        String id = cliCreateUser("leo").json().path("UserId").asText();
        refused(aws("identitystore", "update-user", "--identity-store-id", store, "--user-id", id, "--operations",
                "[{\"AttributePath\": \"userStatus\", \"AttributeValue\": \"DISABLED\"}]"),
                "ValidationException", "Invalid attribute path: userStatus");
        assertThat(aws("identitystore", "describe-user", "--identity-store-id", store, "--user-id", id).json()
                .path("UserStatus").asText()).isEqualTo("ENABLED");
    }
}
