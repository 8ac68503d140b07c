package co.pump.icm.sandbox.ssoadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.state.AccessControlRecord;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.data.ApplicationSeed;
import co.pump.icm.sandbox.data.ConsoleApplications;
import co.pump.icm.sandbox.state.ApplicationPortal;

class SsoAdminInstanceTest {

    private final SsoAdminFixture fx = new SsoAdminFixture();

    @Test
    void managementAccountAndDelegatedAdministratorSeeTheOrganizationsInstance() {
        for (var caller : List.of(fx.management, fx.delegated)) {
            JsonNode instances = fx.call("ListInstances", caller).path("Instances");
            assertThat(instances).hasSize(1);
            JsonNode instance = instances.get(0);
            assertThat(instance.path("InstanceArn").asText()).isEqualTo(fx.instance.arn);
            assertThat(instance.path("IdentityStoreId").asText()).isEqualTo(fx.instance.identityStoreId);
            assertThat(instance.path("OwnerAccountId").asText()).isEqualTo(SsoAdminFixture.MANAGEMENT);
            assertThat(instance.path("Name").asText()).isEqualTo("main");
            assertThat(instance.path("Status").asText()).isEqualTo("ACTIVE");
            assertThat(instance.path("CreatedDate").isNumber()).isTrue();
            assertThat(instance.path("CreatedDate").asDouble()).isEqualTo(SsoAdminFixture.START / 1000.0);
        }
    }

    @Test
    void aMemberAccountAdministersNothingAndSeesNoInstance() {
        JsonNode out = fx.call("ListInstances", fx.member);
        assertThat(out.path("Instances")).isEmpty();
        assertThat(out.has("NextToken")).isFalse();
    }

    @Test
    void anotherOrganizationsInstanceIsAccessDeniedInAwsWording() {
        AwsError error = fx.error("DescribeInstance", fx.management, "InstanceArn", fx.otherInstance.arn);
        assertThat(error.code()).isEqualTo("AccessDeniedException");
        assertThat(error.status()).isEqualTo(400);
        assertThat(error.getMessage()).isEqualTo("User: arn:aws:iam::111111111111:user/admin is not authorized to "
                + "perform: sso:DescribeInstance on resource: " + fx.otherInstance.arn);
    }

    @Test
    void aMemberAccountIsDeniedTheInstanceOfItsOwnOrganization() {
        AwsError error = fx.error("ListPermissionSets", fx.member, "InstanceArn", fx.instance.arn);
        assertThat(error.code()).isEqualTo("AccessDeniedException");
        assertThat(error.getMessage()).isEqualTo("User: arn:aws:iam::333333333333:user/dev is not authorized to "
                + "perform: sso:ListPermissionSets on resource: " + fx.instance.arn);
    }

    @Test
    void theInstanceIsOnlyVisibleInItsOwnRegion() {
        var elsewhere = new Caller(SsoAdminFixture.MANAGEMENT, fx.management.arn(),
                fx.management.accessKeyId(), "us-west-2");
        assertThat(fx.call("ListInstances", elsewhere).path("Instances")).isEmpty();
        AwsError error = fx.error("DescribeInstance", elsewhere, "InstanceArn", fx.instance.arn);
        assertThat(error.code()).isEqualTo("AccessDeniedException");

        var home = new Caller(SsoAdminFixture.MANAGEMENT, fx.management.arn(),
                fx.management.accessKeyId(), "eu-west-1");
        assertThat(fx.call("ListInstances", home).path("Instances")).hasSize(1);
    }

    @Test
    void describeInstanceReturnsTheInstanceMembers() {
        JsonNode out = fx.call("DescribeInstance", fx.delegated, "InstanceArn", fx.instance.arn);
        assertThat(out.path("InstanceArn").asText()).isEqualTo(fx.instance.arn);
        assertThat(out.path("OwnerAccountId").asText()).isEqualTo(SsoAdminFixture.MANAGEMENT);
        assertThat(out.path("Status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void aMalformedInstanceArnIsAValidationErrorNamingThePattern() {
        AwsError error = fx.error("DescribeInstance", fx.management, "InstanceArn", "arn:aws:sso:::instance/nope");
        assertThat(error.code()).isEqualTo("ValidationException");
        assertThat(error.getMessage()).isEqualTo("1 validation error detected: Value 'arn:aws:sso:::instance/nope' at "
                + "'instanceArn' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                + "arn:aws(-[a-z]{1,5}){0,3}:sso:::instance/(sso)?ins-[a-zA-Z0-9-.]{16}");
    }

    @Test
    void aMissingRequiredMemberIsAValidationError() {
        AwsError error = fx.error("DescribeInstance", fx.management);
        assertThat(error.getMessage()).isEqualTo("1 validation error detected: Value null at 'instanceArn' failed to "
                + "satisfy constraint: Member must not be null");
    }

    @Test
    void aMemberOfTheWrongJsonTypeIsASerializationError() {
        AwsError error = fx.error("DescribeInstance", fx.management, "InstanceArn", 42);
        assertThat(error.code()).isEqualTo("SerializationException");
        assertThat(error.getMessage()).isEqualTo("Expected a string at 'instanceArn'");
    }

    @Test
    void anUnknownOperationIsRejected() {
        AwsError error = fx.error("CreateInstance", fx.management);
        assertThat(error.code()).isEqualTo("UnknownOperationException");
        assertThat(error.getMessage()).isEqualTo("The sandbox's sso-admin does not implement the operation CreateInstance.");
    }

    @Test
    void implementsEveryOperationTheProductCalls() {
        assertThat(fx.service.operationNames()).hasSize(72)
                .contains("ListInstances", "CreatePermissionSet", "ListAccountAssignmentsForPrincipal",
                        "DescribeInstanceAccessControlAttributeConfiguration", "ListTagsForResource",
                        "CreateInstanceAccessControlAttributeConfiguration",
                        "UpdateInstanceAccessControlAttributeConfiguration",
                        "DeleteInstanceAccessControlAttributeConfiguration");
        assertThat(fx.service.targetPrefix()).isEqualTo("SWBExternalService");
        assertThat(fx.service.serviceName()).isEqualTo("sso-admin");
    }

    @Test
    void listsApplicationsInTheSdkShapeAndFiltersByAccount() {
        ConsoleApplications.recreate(fx.world, fx.instance.arn, new ApplicationSeed("Grafana",
                "arn:aws:sso::aws:applicationProvider/custom", SsoAdminFixture.MANAGEMENT, "Dashboards", "ENABLED",
                new ApplicationPortal("ENABLED", "APPLICATION", "https://grafana.example.com"), "2024-01-02T03:04:05Z",
                List.of(), null, List.of()));
        ConsoleApplications.recreate(fx.world, fx.instance.arn, new ApplicationSeed("Wiki",
                "arn:aws:sso::aws:applicationProvider/custom-saml", SsoAdminFixture.MEMBER_1, null, "DISABLED", null,
                null, List.of(), null, List.of()));

        JsonNode apps = fx.call("ListApplications", fx.management, "InstanceArn", fx.instance.arn).path("Applications");
        assertThat(apps).hasSize(2);
        JsonNode grafana = apps.get(0);
        assertThat(grafana.path("Name").asText()).isEqualTo("Grafana");
        assertThat(grafana.path("InstanceArn").asText()).isEqualTo(fx.instance.arn);
        assertThat(grafana.path("ApplicationProviderArn").asText()).isEqualTo("arn:aws:sso::aws:applicationProvider/custom");
        assertThat(grafana.path("PortalOptions").path("SignInOptions").path("Origin").asText()).isEqualTo("APPLICATION");
        assertThat(grafana.path("PortalOptions").path("SignInOptions").path("ApplicationUrl").asText())
                .isEqualTo("https://grafana.example.com");
        assertThat(grafana.path("PortalOptions").path("Visibility").asText()).isEqualTo("ENABLED");
        assertThat(grafana.path("CreatedDate").asDouble()).isEqualTo(1704164645.0);
        assertThat(apps.get(1).has("PortalOptions")).isFalse();

        JsonNode filtered = fx.call("ListApplications", fx.management, "InstanceArn", fx.instance.arn,
                "Filter", java.util.Map.of("ApplicationAccount", SsoAdminFixture.MEMBER_1)).path("Applications");
        assertThat(filtered).extracting(a -> a.path("Name").asText()).containsExactly("Wiki");
    }

    @Test
    void accessControlConfigurationIsNotFoundUntilEnabled() {
        AwsError error = fx.error("DescribeInstanceAccessControlAttributeConfiguration", fx.management,
                "InstanceArn", fx.instance.arn);
        assertThat(error.code()).isEqualTo("ResourceNotFoundException");
        assertThat(error.getMessage()).isEqualTo("The access control attribute configuration of instance "
                + fx.instance.arn + " was not found.");

        fx.instance.accessControl = new AccessControlRecord("ENABLED", null,
                List.of(new AccessControlRecord.Attribute("CostCenter", List.of("${path:enterprise.costCenter}"))));
        JsonNode out = fx.call("DescribeInstanceAccessControlAttributeConfiguration", fx.management,
                "InstanceArn", fx.instance.arn);
        assertThat(out.path("Status").asText()).isEqualTo("ENABLED");
        JsonNode attribute = out.path("InstanceAccessControlAttributeConfiguration").path("AccessControlAttributes").get(0);
        assertThat(attribute.path("Key").asText()).isEqualTo("CostCenter");
        assertThat(attribute.path("Value").path("Source").get(0).asText()).isEqualTo("${path:enterprise.costCenter}");
    }
}
