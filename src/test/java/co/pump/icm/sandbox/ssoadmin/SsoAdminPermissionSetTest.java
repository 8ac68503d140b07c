package co.pump.icm.sandbox.ssoadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.SandboxOptions;

class SsoAdminPermissionSetTest {

    private final SsoAdminFixture fx = new SsoAdminFixture();

    @Test
    void createsAndDescribesAPermissionSet() {
        JsonNode created = fx.call("CreatePermissionSet", fx.management, "InstanceArn", fx.instance.arn,
                "Name", "ReadOnly", "Description", "Read only access", "SessionDuration", "PT8H",
                "RelayState", "https://console.aws.amazon.com/s3/home?region=eu-west-1#").path("PermissionSet");
        String arn = created.path("PermissionSetArn").asText();
        assertThat(arn).matches("arn:aws:sso:::permissionSet/" + fx.instance.instanceId() + "/ps-[0-9a-f]{16}");
        assertThat(created.path("CreatedDate").asDouble()).isEqualTo(SsoAdminFixture.START / 1000.0);

        JsonNode described = fx.call("DescribePermissionSet", fx.delegated, "InstanceArn", fx.instance.arn,
                "PermissionSetArn", arn).path("PermissionSet");
        assertThat(described.path("Name").asText()).isEqualTo("ReadOnly");
        assertThat(described.path("Description").asText()).isEqualTo("Read only access");
        assertThat(described.path("SessionDuration").asText()).isEqualTo("PT8H");
        assertThat(described.path("RelayState").asText()).isEqualTo("https://console.aws.amazon.com/s3/home?region=eu-west-1#");
        assertThat(described.path("CreatedDate").isNumber()).isTrue();
        assertThat(fx.instance.permissionSets.get(arn).origin().id()).isEqualTo(arn);
    }

    @Test
    void aPermissionSetWithoutSessionDurationReportsTheOneHourDefault() {
        String arn = fx.createPermissionSet("Plain");
        JsonNode described = fx.call("DescribePermissionSet", fx.management, "InstanceArn", fx.instance.arn,
                "PermissionSetArn", arn).path("PermissionSet");
        assertThat(described.path("SessionDuration").asText()).isEqualTo("PT1H");
        assertThat(described.has("Description")).isFalse();
        assertThat(described.has("RelayState")).isFalse();
    }

    @Test
    void namesAreUniquePerInstance() {
        fx.createPermissionSet("ReadOnly");
        AwsError error = fx.error("CreatePermissionSet", fx.management, "InstanceArn", fx.instance.arn, "Name", "ReadOnly");
        assertThat(error.code()).isEqualTo("ConflictException");
        assertThat(error.getMessage()).isEqualTo("PermissionSet with name ReadOnly already exists.");
    }

    @Test
    void rejectsNamesOutsideThePatternAndLength() {
        AwsError pattern = fx.error("CreatePermissionSet", fx.management, "InstanceArn", fx.instance.arn,
                "Name", "Read Only");
        assertThat(pattern.code()).isEqualTo("ValidationException");
        assertThat(pattern.getMessage()).isEqualTo("1 validation error detected: Value 'Read Only' at 'name' failed to "
                + "satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+");

        String longName = "A".repeat(33);
        AwsError length = fx.error("CreatePermissionSet", fx.management, "InstanceArn", fx.instance.arn, "Name", longName);
        assertThat(length.getMessage()).isEqualTo("1 validation error detected: Value '" + longName + "' at 'name' "
                + "failed to satisfy constraint: Member must have length less than or equal to 32");
    }

    @Test
    void reportsEveryInvalidMemberAtOnce() {
        AwsError error = fx.error("CreatePermissionSet", fx.management, "InstanceArn", fx.instance.arn,
                "Description", "x".repeat(701), "RelayState", "bad<relay>");
        assertThat(error.getMessage()).startsWith("3 validation errors detected: ")
                .contains("Value null at 'name' failed to satisfy constraint: Member must not be null")
                .contains("at 'description' failed to satisfy constraint: Member must have length less than or equal to 700")
                .contains("Value 'bad<relay>' at 'relayState' failed to satisfy constraint: Member must satisfy regular "
                        + "expression pattern: ");
    }

    @Test
    void rejectsDescriptionCharactersOutsideThePattern() {
        AwsError error = fx.error("CreatePermissionSet", fx.management, "InstanceArn", fx.instance.arn,
                "Name", "Emoji", "Description", "Rocket \uD83D\uDE80");
        assertThat(error.getMessage()).isEqualTo("1 validation error detected: Value 'Rocket \uD83D\uDE80' at "
                + "'description' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                + "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*");
    }

    @Test
    void sessionDurationMustBeBetweenOneAndTwelveHours() {
        for (String valid : List.of("PT1H", "PT60M", "PT12H", "PT2H30M", "PT3600S")) {
            assertThat(PermissionSetFields.withinRange(valid)).as(valid).isTrue();
        }
        for (String invalid : List.of("PT59M", "PT13H", "P1D", "P1M", "-PT2H", "PT12H1S")) {
            assertThat(PermissionSetFields.withinRange(invalid)).as(invalid).isFalse();
        }
        AwsError range = fx.error("CreatePermissionSet", fx.management, "InstanceArn", fx.instance.arn,
                "Name", "Long", "SessionDuration", "PT13H");
        assertThat(range.getMessage()).isEqualTo("1 validation error detected: Value 'PT13H' at 'sessionDuration' "
                + "failed to satisfy constraint: Member must be a duration from PT1H to PT12H");
        AwsError format = fx.error("CreatePermissionSet", fx.management, "InstanceArn", fx.instance.arn,
                "Name", "Long", "SessionDuration", "8 hours");
        assertThat(format.getMessage()).startsWith("1 validation error detected: Value '8 hours' at 'sessionDuration' "
                + "failed to satisfy constraint: Member must satisfy regular expression pattern: (-?)P(?=");
    }

    @Test
    void updatesDescriptiveFieldsButNotTheName() {
        String arn = fx.createPermissionSet("Ops", "Description", "Before");
        // UpdatePermissionSet has no Name member: a request with one is refused, not half applied.
        AwsError renamed = fx.error("UpdatePermissionSet", fx.management, "InstanceArn", fx.instance.arn,
                "PermissionSetArn", arn, "Description", "After", "SessionDuration", "PT4H", "Name", "Renamed");
        assertThat(renamed.code()).isEqualTo("ValidationException");
        assertThat(renamed.getMessage())
                .isEqualTo("The UpdatePermissionSet request has a member the operation does not have: 'Name'.");
        assertThat(fx.call("DescribePermissionSet", fx.management, "InstanceArn", fx.instance.arn,
                "PermissionSetArn", arn).path("PermissionSet").path("Description").asText()).isEqualTo("Before");
        fx.call("UpdatePermissionSet", fx.management, "InstanceArn", fx.instance.arn, "PermissionSetArn", arn,
                "Description", "After", "SessionDuration", "PT4H");
        JsonNode described = fx.call("DescribePermissionSet", fx.management, "InstanceArn", fx.instance.arn,
                "PermissionSetArn", arn).path("PermissionSet");
        assertThat(described.path("Name").asText()).isEqualTo("Ops");
        assertThat(described.path("Description").asText()).isEqualTo("After");
        assertThat(described.path("SessionDuration").asText()).isEqualTo("PT4H");
    }

    @Test
    void anUnknownPermissionSetIsNotFound() {
        String unknown = "arn:aws:sso:::permissionSet/" + fx.instance.instanceId() + "/ps-0000000000000000";
        AwsError error = fx.error("DescribePermissionSet", fx.management, "InstanceArn", fx.instance.arn,
                "PermissionSetArn", unknown);
        assertThat(error.code()).isEqualTo("ResourceNotFoundException");
        assertThat(error.getMessage()).isEqualTo("Could not find PermissionSet with PermissionSetArn " + unknown + ".");
    }

    @Test
    void deletesAnUnusedPermissionSet() {
        String arn = fx.createPermissionSet("Temp");
        fx.call("DeletePermissionSet", fx.management, "InstanceArn", fx.instance.arn, "PermissionSetArn", arn);
        assertThat(fx.instance.permissionSets).doesNotContainKey(arn);
        assertThat(fx.instance.permissionSetCreated).doesNotContainKey(arn);
        assertThat(fx.error("DescribePermissionSet", fx.management, "InstanceArn", fx.instance.arn,
                "PermissionSetArn", arn).code()).isEqualTo("ResourceNotFoundException");
    }

    @Test
    void listsPermissionSetArnsPageByPage() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            created.add(fx.createPermissionSet("Set" + i));
        }
        JsonNode first = fx.call("ListPermissionSets", fx.management, "InstanceArn", fx.instance.arn);
        assertThat(first.path("PermissionSets")).hasSize(SandboxOptions.DEFAULT_PAGE_SIZE);
        assertThat(first.path("PermissionSets").get(0).isTextual()).isTrue();

        List<String> listed = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            JsonNode page = token == null
                    ? fx.call("ListPermissionSets", fx.management, "InstanceArn", fx.instance.arn, "MaxResults", 7)
                    : fx.call("ListPermissionSets", fx.management, "InstanceArn", fx.instance.arn, "MaxResults", 7,
                            "NextToken", token);
            page.path("PermissionSets").forEach(n -> listed.add(n.asText()));
            token = page.has("NextToken") ? page.path("NextToken").asText() : null;
            pages++;
        } while (token != null);
        assertThat(listed).containsExactlyElementsOf(created);
        assertThat(pages).isEqualTo(4);
    }

    @Test
    void maxResultsMustBeWithinOneToOneHundred() {
        AwsError zero = fx.error("ListPermissionSets", fx.management, "InstanceArn", fx.instance.arn, "MaxResults", 0);
        assertThat(zero.getMessage()).isEqualTo("1 validation error detected: Value '0' at 'maxResults' failed to "
                + "satisfy constraint: Member must have value greater than or equal to 1");
        AwsError big = fx.error("ListPermissionSets", fx.management, "InstanceArn", fx.instance.arn, "MaxResults", 101);
        assertThat(big.getMessage()).isEqualTo("1 validation error detected: Value '101' at 'maxResults' failed to "
                + "satisfy constraint: Member must have value less than or equal to 100");
    }

    @Test
    void anInvalidNextTokenIsAValidationError() {
        AwsError garbage = fx.error("ListPermissionSets", fx.management, "InstanceArn", fx.instance.arn,
                "NextToken", "bm90LWEtdG9rZW4");
        assertThat(garbage.code()).isEqualTo("ValidationException");
        assertThat(garbage.getMessage()).isEqualTo("The NextToken 'bm90LWEtdG9rZW4' is not valid for ListPermissionSets.");

        for (int i = 0; i < 12; i++) {
            fx.createPermissionSet("Set" + i);
        }
        String token = fx.call("ListPermissionSets", fx.management, "InstanceArn", fx.instance.arn)
                .path("NextToken").asText();
        AwsError foreign = fx.error("ListAccountAssignmentCreationStatus", fx.management, "InstanceArn", fx.instance.arn,
                "NextToken", token);
        assertThat(foreign.getMessage())
                .isEqualTo("The NextToken '" + token + "' is not valid for ListAccountAssignmentCreationStatus.");
        AwsError alphabet = fx.error("ListPermissionSets", fx.management, "InstanceArn", fx.instance.arn,
                "NextToken", "a token!");
        assertThat(alphabet.getMessage()).isEqualTo("1 validation error detected: Value 'a token!' at 'nextToken' "
                + "failed to satisfy constraint: Member must satisfy regular expression pattern: [-a-zA-Z0-9+=/_]*");
    }

    @Test
    void createsWithTagsAndListsThemPageByPage() {
        List<Map<String, String>> tags = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            tags.add(Map.of("Key", "k" + i, "Value", i == 0 ? "" : "v" + i));
        }
        String arn = fx.createPermissionSet("Tagged", "Tags", tags);
        JsonNode first = fx.call("ListTagsForResource", fx.management, "ResourceArn", arn);
        assertThat(first.path("Tags")).hasSize(10);
        assertThat(first.path("Tags").get(0).path("Key").asText()).isEqualTo("k0");
        assertThat(first.path("Tags").get(0).path("Value").asText()).isEmpty();
        JsonNode second = fx.call("ListTagsForResource", fx.management, "InstanceArn", fx.instance.arn,
                "ResourceArn", arn, "NextToken", first.path("NextToken").asText());
        assertThat(second.path("Tags")).extracting(t -> t.path("Key").asText()).containsExactly("k10", "k11");
        assertThat(second.has("NextToken")).isFalse();
    }
}
