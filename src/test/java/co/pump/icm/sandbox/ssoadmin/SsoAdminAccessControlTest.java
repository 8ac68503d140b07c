package co.pump.icm.sandbox.ssoadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Caller;

/** Create, Update, Delete and Describe InstanceAccessControlAttributeConfiguration, as the model and docs say. */
class SsoAdminAccessControlTest {

    private final SsoAdminFixture fx = new SsoAdminFixture();

    private static Map<String, Object> configuration(Object... keysAndSources) {
        var attributes = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < keysAndSources.length; i += 2) {
            attributes.add(Map.of("Key", keysAndSources[i], "Value", Map.of("Source", keysAndSources[i + 1])));
        }
        return Map.of("AccessControlAttributes", attributes);
    }

    private JsonNode create(Caller caller, Map<String, Object> configuration) {
        return fx.call("CreateInstanceAccessControlAttributeConfiguration", caller, "InstanceArn", fx.instance.arn,
                "InstanceAccessControlAttributeConfiguration", configuration);
    }

    private AwsError createFails(Map<String, Object> configuration) {
        return fx.error("CreateInstanceAccessControlAttributeConfiguration", fx.management, "InstanceArn",
                fx.instance.arn, "InstanceAccessControlAttributeConfiguration", configuration);
    }

    private JsonNode describe(Caller caller) {
        return fx.call("DescribeInstanceAccessControlAttributeConfiguration", caller, "InstanceArn", fx.instance.arn);
    }

    private static List<String> keys(JsonNode described) {
        var keys = new ArrayList<String>();
        described.at("/InstanceAccessControlAttributeConfiguration/AccessControlAttributes")
                .forEach(a -> keys.add(a.path("Key").asText() + "=" + a.at("/Value/Source/0").asText()));
        return keys;
    }

    @Test
    void aDelegatedAdministratorCreatesUpdatesAndDeletesTheConfiguration() {
        assertThat(create(fx.delegated, configuration("Department", List.of("${path:enterprise.department}"),
                "CostCenter", List.of("${path:enterprise.costCenter}")))).isEmpty();
        JsonNode described = describe(fx.delegated);
        assertThat(described.path("Status").asText()).isEqualTo("ENABLED");
        assertThat(keys(described)).containsExactly("Department=${path:enterprise.department}",
                "CostCenter=${path:enterprise.costCenter}");

        fx.call("UpdateInstanceAccessControlAttributeConfiguration", fx.delegated, "InstanceArn", fx.instance.arn,
                "InstanceAccessControlAttributeConfiguration", configuration("Team", List.of("${path:title}")));
        assertThat(keys(describe(fx.management))).as("the update replaces the whole list")
                .containsExactly("Team=${path:title}");

        fx.call("DeleteInstanceAccessControlAttributeConfiguration", fx.delegated, "InstanceArn", fx.instance.arn);
        AwsError gone = fx.error("DescribeInstanceAccessControlAttributeConfiguration", fx.delegated, "InstanceArn",
                fx.instance.arn);
        assertThat(gone.code()).isEqualTo("ResourceNotFoundException");
        assertThat(fx.instance.accessControl).isNull();
    }

    @Test
    void aSecondCreateIsAConflict() {
        create(fx.management, configuration("Department", List.of("${path:enterprise.department}")));
        AwsError error = createFails(configuration("Team", List.of("${path:title}")));
        assertThat(error.code()).isEqualTo("ConflictException");
        assertThat(error.getMessage()).isEqualTo("The instance " + fx.instance.arn + " already has an access control "
                + "attribute configuration; use UpdateInstanceAccessControlAttributeConfiguration to change it.");
        assertThat(keys(describe(fx.management))).containsExactly("Department=${path:enterprise.department}");
    }

    @Test
    void updatingOrDeletingWhatDoesNotExistIsNotFound() {
        String expected = "The access control attribute configuration of instance " + fx.instance.arn + " was not found.";
        AwsError update = fx.error("UpdateInstanceAccessControlAttributeConfiguration", fx.management, "InstanceArn",
                fx.instance.arn, "InstanceAccessControlAttributeConfiguration", configuration("Team", List.of("x")));
        assertThat(update.code()).isEqualTo("ResourceNotFoundException");
        assertThat(update.getMessage()).isEqualTo(expected);
        AwsError delete = fx.error("DeleteInstanceAccessControlAttributeConfiguration", fx.management, "InstanceArn",
                fx.instance.arn);
        assertThat(delete.code()).isEqualTo("ResourceNotFoundException");
        assertThat(delete.getMessage()).isEqualTo(expected);
    }

    @Test
    void aMemberAccountIsDenied() {
        AwsError error = fx.error("CreateInstanceAccessControlAttributeConfiguration", fx.member, "InstanceArn",
                fx.instance.arn, "InstanceAccessControlAttributeConfiguration", configuration("Team", List.of("x")));
        assertThat(error.code()).isEqualTo("AccessDeniedException");
        assertThat(error.getMessage()).isEqualTo("User: arn:aws:iam::333333333333:user/dev is not authorized to "
                + "perform: sso:CreateInstanceAccessControlAttributeConfiguration on resource: " + fx.instance.arn);
    }

    @Test
    void theModelsConstraintsAreEnforced() {
        AwsError badKey = createFails(configuration("Cost#Center", List.of("${path:enterprise.costCenter}")));
        assertThat(badKey.code()).isEqualTo("ValidationException");
        assertThat(badKey.getMessage()).contains("'Cost#Center'")
                .contains("Member must satisfy regular expression pattern");

        AwsError twoSources = createFails(configuration("Team", List.of("${path:title}", "${path:nickName}")));
        assertThat(twoSources.code()).isEqualTo("ValidationException");
        assertThat(twoSources.getMessage()).contains("Member must have length less than or equal to 1");

        AwsError noSource = createFails(configuration("Team", List.of()));
        assertThat(noSource.getMessage()).contains("Member must have length greater than or equal to 1");

        AwsError longSource = createFails(configuration("Team", List.of("x".repeat(257))));
        assertThat(longSource.getMessage()).contains("Member must have length less than or equal to 256");

        AwsError badSource = createFails(configuration("Team", List.of("${path:title}; drop")));
        assertThat(badSource.getMessage()).contains("Member must satisfy regular expression pattern");

        var many = new ArrayList<Object>();
        for (int i = 0; i < 51; i++) {
            many.add("Key" + i);
            many.add(List.of("${path:title}"));
        }
        AwsError tooMany = createFails(configuration(many.toArray()));
        assertThat(tooMany.getMessage()).contains("Member must have length less than or equal to 50");

        AwsError missing = fx.error("CreateInstanceAccessControlAttributeConfiguration", fx.management,
                "InstanceArn", fx.instance.arn);
        assertThat(missing.code()).isEqualTo("ValidationException");
        assertThat(missing.getMessage()).contains("instanceAccessControlAttributeConfiguration");

        assertThat(fx.instance.accessControl).as("nothing was created").isNull();
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        AwsError error = createFails(configuration("Team", List.of("${path:title}"), "Team", List.of("${path:nickName}")));
        assertThat(error.code()).isEqualTo("ValidationException");
        assertThat(error.getMessage()).isEqualTo("The attribute key Team is given more than once.");
        assertThat(fx.instance.accessControl).isNull();
    }

    @Test
    void fiftyAttributesAndEmptySourcesAreAccepted() {
        var many = new ArrayList<Object>();
        for (int i = 0; i < 50; i++) {
            many.add("Key" + i);
            many.add(List.of(i == 0 ? "" : "${path:enterprise.department}"));
        }
        create(fx.management, configuration(many.toArray()));
        assertThat(keys(describe(fx.management))).hasSize(50).first().isEqualTo("Key0=");
    }
}
