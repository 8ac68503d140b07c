package co.pump.icm.sandbox.ssoadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import co.pump.icm.sandbox.AwsError;

class SsoAdminProvisioningTest {

    private static final String NOT_PROVISIONED = "LATEST_PERMISSION_SET_NOT_PROVISIONED";
    private static final String PROVISIONED = "LATEST_PERMISSION_SET_PROVISIONED";

    private final SsoAdminFixture fx = new SsoAdminFixture();
    private final String arn = fx.createPermissionSet("Ops");

    private JsonNode provision(Object... target) {
        Object[] members = new Object[4 + target.length];
        members[0] = "InstanceArn";
        members[1] = fx.instance.arn;
        members[2] = "PermissionSetArn";
        members[3] = arn;
        System.arraycopy(target, 0, members, 4, target.length);
        return fx.call("ProvisionPermissionSet", fx.management, members).path("PermissionSetProvisioningStatus");
    }

    private JsonNode status(String requestId) {
        return fx.call("DescribePermissionSetProvisioningStatus", fx.management, "InstanceArn", fx.instance.arn,
                "ProvisionPermissionSetRequestId", requestId).path("PermissionSetProvisioningStatus");
    }

    private JsonNode provisionedTo(String account, String status) {
        return status == null
                ? fx.call("ListPermissionSetsProvisionedToAccount", fx.management, "InstanceArn", fx.instance.arn,
                        "AccountId", account)
                : fx.call("ListPermissionSetsProvisionedToAccount", fx.management, "InstanceArn", fx.instance.arn,
                        "AccountId", account, "ProvisioningStatus", status);
    }

    private void changePolicy() {
        fx.call("PutInlinePolicyToPermissionSet", fx.management, "InstanceArn", fx.instance.arn, "PermissionSetArn", arn,
                "InlinePolicy", "{\"Version\":\"2012-10-17\",\"Statement\":[]}");
    }

    @Test
    void provisionsToOneAccountWithoutAnyAssignment() {
        JsonNode started = provision("TargetType", "AWS_ACCOUNT", "TargetId", SsoAdminFixture.MEMBER_2);
        assertThat(started.path("Status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(started.path("AccountId").asText()).isEqualTo(SsoAdminFixture.MEMBER_2);
        assertThat(started.path("PermissionSetArn").asText()).isEqualTo(arn);
        assertThat(started.path("CreatedDate").isNumber()).isTrue();
        fx.advance(SsoAdminFixture.DELAY);
        assertThat(status(started.path("RequestId").asText()).path("Status").asText()).isEqualTo("SUCCEEDED");
        assertThat(fx.instance.provisionedTo.get(arn)).containsExactly(SsoAdminFixture.MEMBER_2);
        assertThat(fx.world.accounts.get(SsoAdminFixture.MEMBER_2).provisionedRoles.keySet())
                .singleElement().asString().matches("AWSReservedSSO_Ops_[0-9a-f]{16}");
        assertThat(fx.instance.assignments).isEmpty();
    }

    @Test
    void theAccountListOmitsPermissionSetsWhenThereAreNone() {
        JsonNode out = provisionedTo(SsoAdminFixture.MEMBER_2, null);
        assertThat(out.has("PermissionSets")).isFalse();
        assertThat(out.size()).isZero();
    }

    @Test
    void aChangedPermissionSetIsOutdatedUntilProvisionedToAllAccountsAgain() {
        fx.assignAndSettle(SsoAdminFixture.MEMBER_1, arn, fx.alice);
        fx.assignAndSettle(SsoAdminFixture.MEMBER_2, arn, fx.alice);
        assertThat(provisionedTo(SsoAdminFixture.MEMBER_1, PROVISIONED).path("PermissionSets"))
                .extracting(JsonNode::asText).containsExactly(arn);
        assertThat(provisionedTo(SsoAdminFixture.MEMBER_1, NOT_PROVISIONED).has("PermissionSets")).isFalse();

        changePolicy();
        assertThat(provisionedTo(SsoAdminFixture.MEMBER_1, NOT_PROVISIONED).path("PermissionSets"))
                .extracting(JsonNode::asText).containsExactly(arn);
        assertThat(provisionedTo(SsoAdminFixture.MEMBER_1, PROVISIONED).has("PermissionSets")).isFalse();
        assertThat(fx.call("ListAccountsForProvisionedPermissionSet", fx.management, "InstanceArn", fx.instance.arn,
                "PermissionSetArn", arn, "ProvisioningStatus", NOT_PROVISIONED).path("AccountIds"))
                .extracting(JsonNode::asText).containsExactly(SsoAdminFixture.MEMBER_1, SsoAdminFixture.MEMBER_2);

        JsonNode one = provision("TargetType", "AWS_ACCOUNT", "TargetId", SsoAdminFixture.MEMBER_2);
        fx.advance(SsoAdminFixture.DELAY);
        assertThat(status(one.path("RequestId").asText()).path("Status").asText()).isEqualTo("SUCCEEDED");
        assertThat(fx.instance.outdatedPermissionSets).contains(arn);

        JsonNode all = provision("TargetType", "ALL_PROVISIONED_ACCOUNTS");
        assertThat(all.has("AccountId")).isFalse();
        fx.advance(SsoAdminFixture.DELAY);
        assertThat(status(all.path("RequestId").asText()).path("Status").asText()).isEqualTo("SUCCEEDED");
        assertThat(fx.instance.outdatedPermissionSets).doesNotContain(arn);
        assertThat(fx.call("ListAccountsForProvisionedPermissionSet", fx.management, "InstanceArn", fx.instance.arn,
                "PermissionSetArn", arn, "ProvisioningStatus", PROVISIONED).path("AccountIds")).hasSize(2);
    }

    @Test
    void provisioningToTheOnlyAccountMakesThePermissionSetCurrent() {
        fx.assignAndSettle(SsoAdminFixture.MEMBER_2, arn, fx.alice);
        changePolicy();
        provision("TargetType", "AWS_ACCOUNT", "TargetId", SsoAdminFixture.MEMBER_2);
        fx.advance(SsoAdminFixture.DELAY);
        assertThat(provisionedTo(SsoAdminFixture.MEMBER_2, NOT_PROVISIONED).has("PermissionSets")).isFalse();
    }

    @Test
    void reprovisioningFailsWhenAnAccountLacksANewlyReferencedPolicy() {
        fx.assignAndSettle(SsoAdminFixture.MEMBER_2, arn, fx.alice);
        fx.call("AttachCustomerManagedPolicyReferenceToPermissionSet", fx.management, "InstanceArn", fx.instance.arn,
                "PermissionSetArn", arn, "CustomerManagedPolicyReference", Map.of("Name", "ReadAudit"));
        JsonNode started = provision("TargetType", "ALL_PROVISIONED_ACCOUNTS");
        fx.advance(SsoAdminFixture.DELAY);
        JsonNode failed = status(started.path("RequestId").asText());
        assertThat(failed.path("Status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("FailureReason").asText()).isEqualTo("Received a 404 status error: Customer managed "
                + "policy /ReadAudit does not exist in account 444444444444.");
        assertThat(fx.instance.outdatedPermissionSets).contains(arn);

        JsonNode listed = fx.call("ListPermissionSetProvisioningStatus", fx.management, "InstanceArn", fx.instance.arn,
                "Filter", Map.of("Status", "FAILED")).path("PermissionSetsProvisioningStatus");
        assertThat(listed).extracting(s -> s.path("RequestId").asText()).containsExactly(started.path("RequestId").asText());
    }

    @Test
    void oneAccountNeedsATargetIdInTheOrganization() {
        AwsError missing = fx.error("ProvisionPermissionSet", fx.management, "InstanceArn", fx.instance.arn,
                "PermissionSetArn", arn, "TargetType", "AWS_ACCOUNT");
        assertThat(missing.code()).isEqualTo("ValidationException");
        assertThat(missing.getMessage()).isEqualTo("TargetId is required when TargetType is AWS_ACCOUNT.");
        AwsError outside = fx.error("ProvisionPermissionSet", fx.management, "InstanceArn", fx.instance.arn,
                "PermissionSetArn", arn, "TargetType", "AWS_ACCOUNT", "TargetId", SsoAdminFixture.OTHER_ORG);
        assertThat(outside.getMessage()).isEqualTo("The account 555555555555 is not a member of the organization that "
                + "owns the instance " + fx.instance.arn + ".");
        AwsError badType = fx.error("ProvisionPermissionSet", fx.management, "InstanceArn", fx.instance.arn,
                "PermissionSetArn", arn, "TargetType", "ORGANIZATION");
        assertThat(badType.getMessage()).isEqualTo("1 validation error detected: Value 'ORGANIZATION' at 'targetType' "
                + "failed to satisfy constraint: Member must satisfy enum value set: [AWS_ACCOUNT, ALL_PROVISIONED_ACCOUNTS]");
    }

    @Test
    void anUnknownProvisioningRequestIsNotFound() {
        AwsError error = fx.error("DescribePermissionSetProvisioningStatus", fx.management, "InstanceArn", fx.instance.arn,
                "ProvisionPermissionSetRequestId", "00000000-0000-4000-8000-000000000000");
        assertThat(error.code()).isEqualTo("ResourceNotFoundException");
        assertThat(error.getMessage()).isEqualTo("Could not find the request 00000000-0000-4000-8000-000000000000.");
    }
}
