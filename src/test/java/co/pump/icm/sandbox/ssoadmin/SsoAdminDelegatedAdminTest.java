package co.pump.icm.sandbox.ssoadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import co.pump.icm.sandbox.AwsError;

/**
 * What a delegated administrator may not do in the management account (docs/aws-behaviour.md,
 * "Account assignments and provisioning").
 */
class SsoAdminDelegatedAdminTest {

    private static final String DENIED = "User: arn:aws:sts::222222222222:assumed-role/Migrator/session is not "
            + "authorized to perform: sso:";

    private final SsoAdminFixture fx = new SsoAdminFixture();
    /** Provisioned to the management account by the management account itself. */
    private final String managementSet = fx.createPermissionSet("ManagementAdmin");
    private final String memberSet = fx.createPermissionSet("MemberAdmin");

    SsoAdminDelegatedAdminTest() {
        fx.assignAndSettle(SsoAdminFixture.MANAGEMENT, managementSet, fx.alice);
    }

    @Test
    void cannotAssignAccessInTheManagementAccount() {
        AwsError error = fx.error("CreateAccountAssignment", fx.delegated, "InstanceArn", fx.instance.arn,
                "TargetId", SsoAdminFixture.MANAGEMENT, "TargetType", "AWS_ACCOUNT", "PermissionSetArn", memberSet,
                "PrincipalType", "USER", "PrincipalId", fx.bob);
        assertThat(error.code()).isEqualTo("AccessDeniedException");
        assertThat(error.getMessage()).isEqualTo(DENIED + "CreateAccountAssignment on resource: " + memberSet);
        AwsError delete = fx.error("DeleteAccountAssignment", fx.delegated, "InstanceArn", fx.instance.arn,
                "TargetId", SsoAdminFixture.MANAGEMENT, "TargetType", "AWS_ACCOUNT", "PermissionSetArn", managementSet,
                "PrincipalType", "USER", "PrincipalId", fx.alice);
        assertThat(delete.getMessage()).isEqualTo(DENIED + "DeleteAccountAssignment on resource: " + managementSet);
    }

    @Test
    void cannotAssignAPermissionSetProvisionedToTheManagementAccountAnywhere() {
        AwsError error = fx.error("CreateAccountAssignment", fx.delegated, "InstanceArn", fx.instance.arn,
                "TargetId", SsoAdminFixture.MEMBER_2, "TargetType", "AWS_ACCOUNT", "PermissionSetArn", managementSet,
                "PrincipalType", "USER", "PrincipalId", fx.bob);
        assertThat(error.getMessage()).isEqualTo(DENIED + "CreateAccountAssignment on resource: " + managementSet);
    }

    @Test
    void cannotChangeAPermissionSetProvisionedToTheManagementAccount() {
        Map<String, Object[]> changes = Map.of(
                "UpdatePermissionSet", new Object[] {"Description", "x"},
                "DeletePermissionSet", new Object[] {},
                "PutInlinePolicyToPermissionSet", new Object[] {"InlinePolicy", "{}"},
                "DeleteInlinePolicyFromPermissionSet", new Object[] {},
                "AttachManagedPolicyToPermissionSet", new Object[] {"ManagedPolicyArn", "arn:aws:iam::aws:policy/ReadOnlyAccess"},
                "AttachCustomerManagedPolicyReferenceToPermissionSet",
                new Object[] {"CustomerManagedPolicyReference", Map.of("Name", "ReadAudit")},
                "PutPermissionsBoundaryToPermissionSet",
                new Object[] {"PermissionsBoundary", Map.of("ManagedPolicyArn", "arn:aws:iam::aws:policy/PowerUserAccess")},
                "DeletePermissionsBoundaryFromPermissionSet", new Object[] {},
                "ProvisionPermissionSet", new Object[] {"TargetType", "ALL_PROVISIONED_ACCOUNTS"});
        changes.forEach((operation, extra) -> {
            Object[] members = new Object[4 + extra.length];
            members[0] = "InstanceArn";
            members[1] = fx.instance.arn;
            members[2] = "PermissionSetArn";
            members[3] = managementSet;
            System.arraycopy(extra, 0, members, 4, extra.length);
            AwsError error = fx.error(operation, fx.delegated, members);
            assertThat(error.code()).as(operation).isEqualTo("AccessDeniedException");
            assertThat(error.getMessage()).isEqualTo(DENIED + operation + " on resource: " + managementSet);
        });
        AwsError tag = fx.error("TagResource", fx.delegated, "ResourceArn", managementSet,
                "Tags", List.of(Map.of("Key", "a", "Value", "b")));
        assertThat(tag.getMessage()).isEqualTo(DENIED + "TagResource on resource: " + managementSet);
        assertThat(fx.instance.permissionSets.get(managementSet).description()).isNull();
    }

    @Test
    void canStillListAndDescribeIt() {
        JsonNode described = fx.call("DescribePermissionSet", fx.delegated, "InstanceArn", fx.instance.arn,
                "PermissionSetArn", managementSet).path("PermissionSet");
        assertThat(described.path("Name").asText()).isEqualTo("ManagementAdmin");
        assertThat(fx.call("ListAccountAssignments", fx.delegated, "InstanceArn", fx.instance.arn,
                "AccountId", SsoAdminFixture.MANAGEMENT, "PermissionSetArn", managementSet).path("AccountAssignments"))
                .hasSize(1);
        assertThat(fx.call("ListPermissionSetsProvisionedToAccount", fx.delegated, "InstanceArn", fx.instance.arn,
                "AccountId", SsoAdminFixture.MANAGEMENT).path("PermissionSets")).extracting(JsonNode::asText)
                .containsExactly(managementSet);
    }

    @Test
    void managesEverythingElse() {
        fx.call("UpdatePermissionSet", fx.delegated, "InstanceArn", fx.instance.arn, "PermissionSetArn", memberSet,
                "Description", "Delegated");
        JsonNode started = fx.assign(fx.delegated, SsoAdminFixture.MEMBER_2, memberSet, fx.bob);
        fx.advance(SsoAdminFixture.DELAY);
        assertThat(fx.creationStatus(started.path("RequestId").asText()).path("Status").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void theManagementAccountItselfMayChangeIt() {
        fx.call("UpdatePermissionSet", fx.management, "InstanceArn", fx.instance.arn, "PermissionSetArn", managementSet,
                "Description", "By management");
        assertThat(fx.instance.permissionSets.get(managementSet).description()).isEqualTo("By management");
    }
}
