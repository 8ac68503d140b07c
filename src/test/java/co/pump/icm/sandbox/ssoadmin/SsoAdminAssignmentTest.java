package co.pump.icm.sandbox.ssoadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.state.AssignmentRecord;

class SsoAdminAssignmentTest {

    private final SsoAdminFixture fx = new SsoAdminFixture();
    private final String readOnly = fx.createPermissionSet("ReadOnly");

    private JsonNode listAssignments(String account, String permissionSetArn) {
        return fx.call("ListAccountAssignments", fx.management, "InstanceArn", fx.instance.arn, "AccountId", account,
                "PermissionSetArn", permissionSetArn).path("AccountAssignments");
    }

    private JsonNode unassign(String account, String permissionSetArn, String userId) {
        return fx.call("DeleteAccountAssignment", fx.management, "InstanceArn", fx.instance.arn, "TargetId", account,
                "TargetType", "AWS_ACCOUNT", "PermissionSetArn", permissionSetArn, "PrincipalType", "USER",
                "PrincipalId", userId).path("AccountAssignmentDeletionStatus");
    }

    private JsonNode deletionStatus(String requestId) {
        return fx.call("DescribeAccountAssignmentDeletionStatus", fx.management, "InstanceArn", fx.instance.arn,
                "AccountAssignmentDeletionRequestId", requestId).path("AccountAssignmentDeletionStatus");
    }

    @Test
    void anAssignmentIsInProgressUntilTheDelayHasPassed() {
        JsonNode started = fx.assign(fx.management, SsoAdminFixture.MEMBER_2, readOnly, fx.alice);
        assertThat(started.path("Status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(started.path("RequestId").asText()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(started.path("TargetId").asText()).isEqualTo(SsoAdminFixture.MEMBER_2);
        assertThat(started.path("TargetType").asText()).isEqualTo("AWS_ACCOUNT");
        assertThat(started.path("PermissionSetArn").asText()).isEqualTo(readOnly);
        assertThat(started.path("PrincipalType").asText()).isEqualTo("USER");
        assertThat(started.path("PrincipalId").asText()).isEqualTo(fx.alice);
        assertThat(started.path("CreatedDate").asDouble()).isEqualTo(SsoAdminFixture.START / 1000.0);
        assertThat(started.has("FailureReason")).isFalse();
        String requestId = started.path("RequestId").asText();

        fx.advance(Duration.ofSeconds(4));
        assertThat(fx.creationStatus(requestId).path("Status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(listAssignments(SsoAdminFixture.MEMBER_2, readOnly)).isEmpty();

        fx.advance(Duration.ofSeconds(1));
        assertThat(fx.creationStatus(requestId).path("Status").asText()).isEqualTo("SUCCEEDED");
        JsonNode listed = listAssignments(SsoAdminFixture.MEMBER_2, readOnly);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("AccountId").asText()).isEqualTo(SsoAdminFixture.MEMBER_2);
        assertThat(listed.get(0).path("PermissionSetArn").asText()).isEqualTo(readOnly);
        assertThat(listed.get(0).path("PrincipalType").asText()).isEqualTo("USER");
        assertThat(listed.get(0).path("PrincipalId").asText()).isEqualTo(fx.alice);
    }

    @Test
    void withNoDelayTheRequestCompletesAtTheNextCall() {
        SsoAdminFixture immediate = new SsoAdminFixture(Duration.ZERO);
        String arn = immediate.createPermissionSet("Now");
        JsonNode started = immediate.assign(immediate.management, SsoAdminFixture.MEMBER_2, arn, immediate.alice);
        assertThat(started.path("Status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(immediate.creationStatus(started.path("RequestId").asText()).path("Status").asText())
                .isEqualTo("SUCCEEDED");
    }

    @Test
    void creationProvisionsThePermissionSetAsAnIamRole() {
        fx.assignAndSettle(SsoAdminFixture.MEMBER_2, readOnly, fx.alice);
        assertThat(fx.instance.provisionedTo.get(readOnly)).containsExactly(SsoAdminFixture.MEMBER_2);
        Map<String, String> roles = fx.world.accounts.get(SsoAdminFixture.MEMBER_2).provisionedRoles;
        assertThat(roles).hasSize(1);
        assertThat(roles.keySet().iterator().next()).matches("AWSReservedSSO_ReadOnly_[0-9a-f]{16}");
        assertThat(roles.values()).containsExactly(readOnly);

        fx.assignAndSettle(SsoAdminFixture.MEMBER_2, readOnly, fx.bob);
        assertThat(roles).hasSize(1);
    }

    @Test
    void creationFailsWhenAReferencedCustomerManagedPolicyIsMissingInTheAccount() {
        fx.call("AttachCustomerManagedPolicyReferenceToPermissionSet", fx.management, "InstanceArn", fx.instance.arn,
                "PermissionSetArn", readOnly, "CustomerManagedPolicyReference", Map.of("Name", "ReadAudit"));
        JsonNode failed = fx.assignAndSettle(SsoAdminFixture.MEMBER_2, readOnly, fx.alice);
        assertThat(failed.path("Status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("FailureReason").asText()).isEqualTo("Received a 404 status error: Customer managed "
                + "policy /ReadAudit does not exist in account 444444444444.");
        assertThat(listAssignments(SsoAdminFixture.MEMBER_2, readOnly)).isEmpty();
        assertThat(fx.instance.provisionedTo.get(readOnly)).isNull();
        assertThat(fx.world.accounts.get(SsoAdminFixture.MEMBER_2).provisionedRoles).isEmpty();

        assertThat(fx.assignAndSettle(SsoAdminFixture.MEMBER_1, readOnly, fx.alice).path("Status").asText())
                .isEqualTo("SUCCEEDED");
    }

    @Test
    void creationFailsWhenACustomerManagedBoundaryIsMissingInTheAccount() {
        fx.call("PutPermissionsBoundaryToPermissionSet", fx.management, "InstanceArn", fx.instance.arn,
                "PermissionSetArn", readOnly, "PermissionsBoundary",
                Map.of("CustomerManagedPolicyReference", Map.of("Name", "TeamBoundary", "Path", "/boundaries/")));
        JsonNode failed = fx.assignAndSettle(SsoAdminFixture.MEMBER_2, readOnly, fx.alice);
        assertThat(failed.path("FailureReason").asText()).isEqualTo("Received a 404 status error: Customer managed "
                + "policy /boundaries/TeamBoundary does not exist in account 444444444444.");
        assertThat(fx.assignAndSettle(SsoAdminFixture.MEMBER_1, readOnly, fx.alice).path("Status").asText())
                .isEqualTo("SUCCEEDED");
    }

    /** AWS accepts the repeat; what it makes of it is unknown, and the sandbox keeps it, so a double write shows. */
    @Test
    void creatingAnExistingAssignmentAgainSucceedsAndListsItTwiceUntilBothAreDeleted() {
        fx.assignAndSettle(SsoAdminFixture.MEMBER_2, readOnly, fx.alice);
        assertThat(fx.assignAndSettle(SsoAdminFixture.MEMBER_2, readOnly, fx.alice).path("Status").asText())
                .isEqualTo("SUCCEEDED");
        assertThat(listAssignments(SsoAdminFixture.MEMBER_2, readOnly)).hasSize(2);

        unassign(SsoAdminFixture.MEMBER_2, readOnly, fx.alice);
        fx.advance(SsoAdminFixture.DELAY);
        assertThat(listAssignments(SsoAdminFixture.MEMBER_2, readOnly)).hasSize(1);
        assertThat(fx.instance.provisionedTo.get(readOnly)).containsExactly(SsoAdminFixture.MEMBER_2);
        unassign(SsoAdminFixture.MEMBER_2, readOnly, fx.alice);
        fx.advance(SsoAdminFixture.DELAY);
        assertThat(listAssignments(SsoAdminFixture.MEMBER_2, readOnly)).isEmpty();
        assertThat(fx.instance.provisionedTo.get(readOnly)).isNull();
    }

    @Test
    void groupsCanBeAssignedToo() {
        JsonNode started = fx.call("CreateAccountAssignment", fx.management, "InstanceArn", fx.instance.arn,
                "TargetId", SsoAdminFixture.MEMBER_2, "TargetType", "AWS_ACCOUNT", "PermissionSetArn", readOnly,
                "PrincipalType", "GROUP", "PrincipalId", fx.admins).path("AccountAssignmentCreationStatus");
        fx.advance(SsoAdminFixture.DELAY);
        assertThat(fx.creationStatus(started.path("RequestId").asText()).path("Status").asText()).isEqualTo("SUCCEEDED");
        assertThat(fx.instance.assignments)
                .containsExactly(new AssignmentRecord(SsoAdminFixture.MEMBER_2, readOnly, "GROUP", fx.admins));
    }

    @Test
    void thePrincipalMustExistInTheIdentityStore() {
        AwsError asGroup = fx.error("CreateAccountAssignment", fx.management, "InstanceArn", fx.instance.arn,
                "TargetId", SsoAdminFixture.MEMBER_2, "TargetType", "AWS_ACCOUNT", "PermissionSetArn", readOnly,
                "PrincipalType", "GROUP", "PrincipalId", fx.alice);
        assertThat(asGroup.code()).isEqualTo("ResourceNotFoundException");
        assertThat(asGroup.getMessage()).isEqualTo("Could not find GROUP with PrincipalId " + fx.alice
                + " in identity store " + fx.instance.identityStoreId + ".");
    }

    @Test
    void theAccountMustBelongToTheInstancesOrganization() {
        for (String account : List.of(SsoAdminFixture.OTHER_ORG, SsoAdminFixture.NO_ORG, "999999999999")) {
            AwsError error = fx.error("CreateAccountAssignment", fx.management, "InstanceArn", fx.instance.arn,
                    "TargetId", account, "TargetType", "AWS_ACCOUNT", "PermissionSetArn", readOnly,
                    "PrincipalType", "USER", "PrincipalId", fx.alice);
            assertThat(error.code()).isEqualTo("ValidationException");
            assertThat(error.getMessage()).isEqualTo("The account " + account
                    + " is not a member of the organization that owns the instance " + fx.instance.arn + ".");
        }
    }

    @Test
    void rejectsMalformedAssignmentMembers() {
        AwsError error = fx.error("CreateAccountAssignment", fx.management, "InstanceArn", fx.instance.arn,
                "TargetId", "12345", "TargetType", "OU", "PermissionSetArn", readOnly,
                "PrincipalType", "ROLE", "PrincipalId", "alice");
        assertThat(error.getMessage()).isEqualTo("5 validation errors detected: "
                + "Value '12345' at 'targetId' failed to satisfy constraint: Member must satisfy regular expression "
                + "pattern: \\d{12}; "
                + "Value '12345' at 'targetId' failed to satisfy constraint: Member must have length greater than or equal to 12; "
                + "Value 'OU' at 'targetType' failed to satisfy constraint: Member must satisfy enum value set: [AWS_ACCOUNT]; "
                + "Value 'ROLE' at 'principalType' failed to satisfy constraint: Member must satisfy enum value set: [USER, GROUP]; "
                + "Value 'alice' at 'principalId' failed to satisfy constraint: Member must satisfy regular expression "
                + "pattern: ([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}");
    }

    @Test
    void atMostFifteenCreationsMayBeOutstanding() {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String id = fx.world.ids().resourceId(fx.instance.identityStoreId);
            fx.instance.users.put(id, fx.instance.users.get(fx.alice));
            users.add(id);
        }
        for (int i = 0; i < 15; i++) {
            fx.assign(fx.management, SsoAdminFixture.MEMBER_2, readOnly, users.get(i));
        }
        AwsError sixteenth = fx.error("CreateAccountAssignment", fx.management, "InstanceArn", fx.instance.arn,
                "TargetId", SsoAdminFixture.MEMBER_2, "TargetType", "AWS_ACCOUNT", "PermissionSetArn", readOnly,
                "PrincipalType", "USER", "PrincipalId", users.get(15));
        assertThat(sixteenth.code()).isEqualTo("ThrottlingException");
        assertThat(sixteenth.getMessage()).isEqualTo("There are too many requests processing. Please try again later.");

        fx.advance(SsoAdminFixture.DELAY);
        assertThat(fx.assign(fx.management, SsoAdminFixture.MEMBER_2, readOnly, users.get(15)).path("Status").asText())
                .isEqualTo("IN_PROGRESS");
        assertThat(fx.call("ListAccountAssignments", fx.management, "InstanceArn", fx.instance.arn, "AccountId",
                SsoAdminFixture.MEMBER_2, "PermissionSetArn", readOnly, "MaxResults", 100).path("AccountAssignments"))
                .hasSize(15);
    }

    @Test
    void deletingTheLastAssignmentInAnAccountRemovesTheProvisioningThere() {
        fx.assignAndSettle(SsoAdminFixture.MEMBER_2, readOnly, fx.alice);
        fx.assignAndSettle(SsoAdminFixture.MEMBER_2, readOnly, fx.bob);
        fx.assignAndSettle(SsoAdminFixture.MEMBER_1, readOnly, fx.alice);
        Map<String, String> roles = fx.world.accounts.get(SsoAdminFixture.MEMBER_2).provisionedRoles;

        JsonNode started = unassign(SsoAdminFixture.MEMBER_2, readOnly, fx.alice);
        assertThat(started.path("Status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(listAssignments(SsoAdminFixture.MEMBER_2, readOnly)).hasSize(2);
        fx.advance(SsoAdminFixture.DELAY);
        assertThat(deletionStatus(started.path("RequestId").asText()).path("Status").asText()).isEqualTo("SUCCEEDED");
        assertThat(listAssignments(SsoAdminFixture.MEMBER_2, readOnly)).hasSize(1);
        // Bob is still assigned there: the permission set stays provisioned.
        assertThat(fx.instance.provisionedTo.get(readOnly))
                .containsExactlyInAnyOrder(SsoAdminFixture.MEMBER_2, SsoAdminFixture.MEMBER_1);
        assertThat(roles.values()).containsExactly(readOnly);

        unassign(SsoAdminFixture.MEMBER_2, readOnly, fx.bob);
        fx.advance(SsoAdminFixture.DELAY);
        assertThat(listAssignments(SsoAdminFixture.MEMBER_2, readOnly)).isEmpty();
        assertThat(fx.instance.provisionedTo.get(readOnly)).containsExactly(SsoAdminFixture.MEMBER_1);
        assertThat(roles).isEmpty();
        assertThat(fx.world.accounts.get(SsoAdminFixture.MEMBER_1).provisionedRoles.values()).containsExactly(readOnly);
    }

    @Test
    void aPermissionSetWhoseAssignmentsWereAllDeletedCanBeDeleted() {
        fx.assignAndSettle(SsoAdminFixture.MEMBER_2, readOnly, fx.alice);
        unassign(SsoAdminFixture.MEMBER_2, readOnly, fx.alice);
        fx.advance(SsoAdminFixture.DELAY);
        assertThat(listAssignments(SsoAdminFixture.MEMBER_2, readOnly)).isEmpty();
        assertThat(fx.instance.provisionedTo.get(readOnly)).isNull();
        assertThat(fx.call("ListAccountsForProvisionedPermissionSet", fx.management, "InstanceArn", fx.instance.arn,
                "PermissionSetArn", readOnly).path("AccountIds")).isEmpty();

        fx.call("DeletePermissionSet", fx.management, "InstanceArn", fx.instance.arn, "PermissionSetArn", readOnly);
        assertThat(fx.instance.permissionSets).doesNotContainKey(readOnly);
    }

    @Test
    void aPermissionSetStillProvisionedWithoutAssignmentsCannotBeDeleted() {
        fx.call("ProvisionPermissionSet", fx.management, "InstanceArn", fx.instance.arn, "PermissionSetArn", readOnly,
                "TargetType", "AWS_ACCOUNT", "TargetId", SsoAdminFixture.MEMBER_2);
        fx.advance(SsoAdminFixture.DELAY);
        fx.call("ListPermissionSets", fx.management, "InstanceArn", fx.instance.arn);
        assertThat(fx.instance.provisionedTo.get(readOnly)).containsExactly(SsoAdminFixture.MEMBER_2);
        AwsError conflict = fx.error("DeletePermissionSet", fx.management, "InstanceArn", fx.instance.arn,
                "PermissionSetArn", readOnly);
        assertThat(conflict.code()).isEqualTo("ConflictException");
        assertThat(conflict.getMessage())
                .isEqualTo("Could not delete because PermissionSet has ApplicationProfile associated with it.");
    }

    @Test
    void deletingAnAssignmentThatDoesNotExistFails() {
        JsonNode started = unassign(SsoAdminFixture.MEMBER_2, readOnly, fx.alice);
        fx.advance(SsoAdminFixture.DELAY);
        JsonNode status = deletionStatus(started.path("RequestId").asText());
        assertThat(status.path("Status").asText()).isEqualTo("FAILED");
        assertThat(status.path("FailureReason").asText()).isEqualTo("Received a 404 status error: Assignment not found.");
    }

    @Test
    void aPermissionSetWithAssignmentsCannotBeDeleted() {
        fx.assignAndSettle(SsoAdminFixture.MEMBER_2, readOnly, fx.alice);
        AwsError error = fx.error("DeletePermissionSet", fx.management, "InstanceArn", fx.instance.arn,
                "PermissionSetArn", readOnly);
        assertThat(error.code()).isEqualTo("ConflictException");
    }

    @Test
    void listsAPrincipalsAssignmentsWithAnAccountFilter() {
        String admin = fx.createPermissionSet("Admin");
        fx.assignAndSettle(SsoAdminFixture.MEMBER_2, readOnly, fx.alice);
        fx.assignAndSettle(SsoAdminFixture.MEMBER_1, admin, fx.alice);
        fx.assignAndSettle(SsoAdminFixture.MEMBER_1, admin, fx.bob);

        JsonNode all = fx.call("ListAccountAssignmentsForPrincipal", fx.management, "InstanceArn", fx.instance.arn,
                "PrincipalId", fx.alice, "PrincipalType", "USER").path("AccountAssignments");
        assertThat(all).extracting(a -> a.path("AccountId").asText() + " " + a.path("PermissionSetArn").asText())
                .containsExactly(SsoAdminFixture.MEMBER_2 + " " + readOnly, SsoAdminFixture.MEMBER_1 + " " + admin);
        JsonNode filtered = fx.call("ListAccountAssignmentsForPrincipal", fx.management, "InstanceArn", fx.instance.arn,
                "PrincipalId", fx.alice, "PrincipalType", "USER", "Filter", Map.of("AccountId", SsoAdminFixture.MEMBER_1))
                .path("AccountAssignments");
        assertThat(filtered).hasSize(1);
        assertThat(filtered.get(0).path("PrincipalId").asText()).isEqualTo(fx.alice);

        AwsError unknown = fx.error("ListAccountAssignmentsForPrincipal", fx.management, "InstanceArn", fx.instance.arn,
                "PrincipalId", fx.alice, "PrincipalType", "GROUP");
        assertThat(unknown.code()).isEqualTo("ResourceNotFoundException");
    }

    @Test
    void listsRequestStatusesAsMetadataWithAStatusFilter() {
        fx.call("AttachCustomerManagedPolicyReferenceToPermissionSet", fx.management, "InstanceArn", fx.instance.arn,
                "PermissionSetArn", readOnly, "CustomerManagedPolicyReference", Map.of("Name", "ReadAudit"));
        String failed = fx.assignAndSettle(SsoAdminFixture.MEMBER_2, readOnly, fx.alice).path("RequestId").asText();
        String succeeded = fx.assignAndSettle(SsoAdminFixture.MEMBER_1, readOnly, fx.alice).path("RequestId").asText();
        String pending = fx.assign(fx.management, SsoAdminFixture.MEMBER_1, readOnly, fx.bob).path("RequestId").asText();

        JsonNode all = fx.call("ListAccountAssignmentCreationStatus", fx.management, "InstanceArn", fx.instance.arn)
                .path("AccountAssignmentsCreationStatus");
        assertThat(all).extracting(s -> s.path("RequestId").asText()).containsExactly(failed, succeeded, pending);
        assertThat(all.get(0).fieldNames()).toIterable().containsExactlyInAnyOrder("Status", "RequestId", "CreatedDate");

        JsonNode onlyFailed = fx.call("ListAccountAssignmentCreationStatus", fx.management, "InstanceArn", fx.instance.arn,
                "Filter", Map.of("Status", "FAILED")).path("AccountAssignmentsCreationStatus");
        assertThat(onlyFailed).extracting(s -> s.path("RequestId").asText()).containsExactly(failed);
        assertThat(fx.call("ListAccountAssignmentDeletionStatus", fx.management, "InstanceArn", fx.instance.arn)
                .path("AccountAssignmentsDeletionStatus")).isEmpty();
    }

    @Test
    void requestIdsAreValidatedAndLookedUpPerKind() {
        AwsError malformed = fx.error("DescribeAccountAssignmentCreationStatus", fx.management,
                "InstanceArn", fx.instance.arn, "AccountAssignmentCreationRequestId", "not-a-uuid");
        assertThat(malformed.getMessage()).isEqualTo("2 validation errors detected: Value 'not-a-uuid' at "
                + "'accountAssignmentCreationRequestId' failed to satisfy constraint: Member must satisfy regular "
                + "expression pattern: \\b[0-9a-f]{8}\\b-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-\\b[0-9a-f]{12}\\b; "
                + "Value 'not-a-uuid' at 'accountAssignmentCreationRequestId' failed to satisfy constraint: Member "
                + "must have length greater than or equal to 36");

        String creation = fx.assign(fx.management, SsoAdminFixture.MEMBER_2, readOnly, fx.alice).path("RequestId").asText();
        AwsError wrongKind = fx.error("DescribeAccountAssignmentDeletionStatus", fx.management,
                "InstanceArn", fx.instance.arn, "AccountAssignmentDeletionRequestId", creation);
        assertThat(wrongKind.code()).isEqualTo("ResourceNotFoundException");
        assertThat(wrongKind.getMessage()).isEqualTo("Could not find the request " + creation + ".");
    }
}
