package co.pump.icm.sandbox.ssoadmin;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.state.AssignmentRecord;
import co.pump.icm.sandbox.state.AsyncRequest;
import co.pump.icm.sandbox.state.AsyncRequest.Kind;
import co.pump.icm.sandbox.state.SandboxInstance;

/**
 * CreateAccountAssignment and DeleteAccountAssignment (asynchronous), ListAccountAssignments and
 * ListAccountAssignmentsForPrincipal. A new assignment is listed only once its creation succeeded.
 */
final class AssignmentOperations {

    /**
     * At most this many assignment creations may be IN_PROGRESS per instance (IAM Identity Center
     * quotas; docs/aws-behaviour.md, "Limits"). One more is answered ThrottlingException with the
     * text observed on AWS: SDKs and the product retry it, and the limit frees up by itself.
     */
    static final int MAX_OUTSTANDING_CREATIONS = 15;
    /** The text AWS answers a creation beyond the outstanding limit with (observed, docs/aws-behaviour.md). */
    static final String TOO_MANY_IN_PROGRESS = "There are too many requests processing. Please try again later.";
    /**
     * At most this many groups may be assigned one permission set in one account (IAM Identity
     * Center quotas). AWS does not document the error for one more; the sandbox refuses the
     * creation at once with ServiceQuotaExceededException, an error the operation declares, rather
     * than letting it fail later (a guess, docs/aws-behaviour.md).
     */
    static final int MAX_GROUPS_PER_PERMISSION_SET_AND_ACCOUNT = 100;

    private final InstanceAccess access;
    private final AsyncRequests requests;

    AssignmentOperations(InstanceAccess access, AsyncRequests requests) {
        this.access = access;
        this.requests = requests;
    }

    void register(Map<String, Operation> operations) {
        operations.put("CreateAccountAssignment", this::create);
        operations.put("DeleteAccountAssignment", this::delete);
        operations.put("ListAccountAssignments", this::list);
        operations.put("ListAccountAssignmentsForPrincipal", this::listForPrincipal);
    }

    private JsonNode create(Caller caller, Input in) {
        Request request = Request.read(in);
        SandboxInstance instance = checked(caller, in.operation(), request);
        requirePrincipal(instance, request.record.principalType(), request.record.principalId());
        if (requests.outstanding(instance, Kind.CREATE_ASSIGNMENT) >= MAX_OUTSTANDING_CREATIONS) {
            throw AwsError.throttling(TOO_MANY_IN_PROGRESS);
        }
        requireGroupQuota(instance, request.record);
        AsyncRequest started = requests.start(instance, Kind.CREATE_ASSIGNMENT, request.record);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("AccountAssignmentCreationStatus", StatusJson.assignment(started));
        return out;
    }

    /** The principal need not exist any more: an assignment can outlive its user or group. */
    private JsonNode delete(Caller caller, Input in) {
        Request request = Request.read(in);
        SandboxInstance instance = checked(caller, in.operation(), request);
        AsyncRequest started = requests.start(instance, Kind.DELETE_ASSIGNMENT, request.record);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("AccountAssignmentDeletionStatus", StatusJson.assignment(started));
        return out;
    }

    private JsonNode list(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        String accountId = in.required("AccountId", Shapes.ACCOUNT_ID);
        String arn = in.required("PermissionSetArn", Shapes.PERMISSION_SET_ARN);
        Integer maxResults = in.maxResults();
        String token = in.nextToken();
        in.validate();
        SandboxInstance instance = PermissionSetTarget.find(access, caller, in.operation(), instanceArn, arn).instance();
        List<AssignmentRecord> found = instance.assignments.stream()
                .filter(a -> a.accountId().equals(accountId) && a.permissionSetArn().equals(arn))
                .collect(Collectors.toList());
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Pages.page(in, found, maxResults, token).writeTo(out, "AccountAssignments", AssignmentOperations::json);
        return out;
    }

    private JsonNode listForPrincipal(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        String principalId = in.required("PrincipalId", Shapes.PRINCIPAL_ID);
        String principalType = in.requiredEnum("PrincipalType", Shapes.PRINCIPAL_TYPES);
        Input filter = in.structure("Filter", false);
        String accountId = filter == null ? null : filter.optional("AccountId", Shapes.ACCOUNT_ID);
        Integer maxResults = in.maxResults();
        String token = in.nextToken();
        in.validate();
        SandboxInstance instance = access.instance(caller, in.operation(), instanceArn);
        if (access.isDelegatedAdministrator(caller, instance)) {
            // "This action must be called from the management account" (API reference); the error
            // a member account gets is AccessDenied (docs/aws-behaviour.md, "Member accounts").
            throw InstanceAccess.denied(caller, in.operation(), instanceArn);
        }
        requirePrincipal(instance, principalType, principalId);
        List<AssignmentRecord> found = instance.assignments.stream()
                .filter(a -> a.principalType().equals(principalType) && a.principalId().equals(principalId))
                .filter(a -> accountId == null || a.accountId().equals(accountId))
                .collect(Collectors.toList());
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Pages.page(in, found, maxResults, token).writeTo(out, "AccountAssignments", AssignmentOperations::json);
        return out;
    }

    /**
     * Checks what creation and deletion share: the instance, the permission set, the target account
     * in the organization, and the delegated administrator's limits (no assignments in the
     * management account, none with a permission set provisioned there).
     */
    private SandboxInstance checked(Caller caller, String operation, Request request) {
        AssignmentRecord record = request.record;
        PermissionSetTarget target = PermissionSetTarget.find(access, caller, operation, request.instanceArn,
                record.permissionSetArn());
        SandboxInstance instance = target.instance();
        access.requireMemberAccount(instance, record.accountId());
        access.requireMayTarget(caller, operation, instance, record.permissionSetArn(), record.accountId());
        access.requireMayChange(caller, operation, instance, record.permissionSetArn());
        return instance;
    }

    /**
     * Refuses a group assignment that would give the permission set more than
     * {@value #MAX_GROUPS_PER_PERMISSION_SET_AND_ACCOUNT} groups in the account, counting the
     * creations still in progress. Assigning a group that has it already adds nothing.
     */
    private void requireGroupQuota(SandboxInstance instance, AssignmentRecord wanted) {
        if (!"GROUP".equals(wanted.principalType())) {
            return;
        }
        Set<String> groups = new HashSet<>();
        Stream.concat(instance.assignments.stream(),
                        requests.outstandingTargets(instance, Kind.CREATE_ASSIGNMENT).stream())
                .filter(a -> "GROUP".equals(a.principalType()) && a.accountId().equals(wanted.accountId())
                        && a.permissionSetArn().equals(wanted.permissionSetArn()))
                .forEach(a -> groups.add(a.principalId()));
        if (!groups.contains(wanted.principalId()) && groups.size() >= MAX_GROUPS_PER_PERMISSION_SET_AND_ACCOUNT) {
            throw AwsError.quotaExceeded("The permission set " + wanted.permissionSetArn() + " is already assigned to "
                    + groups.size() + " groups in account " + wanted.accountId() + "; at most "
                    + MAX_GROUPS_PER_PERMISSION_SET_AND_ACCOUNT + " groups may be assigned one permission set in one "
                    + "account.");
        }
    }

    /** The user or group must exist in the instance's identity store (wording reconstructed). */
    static void requirePrincipal(SandboxInstance instance, String type, String id) {
        boolean exists = "USER".equals(type) ? instance.users.containsKey(id) : instance.groups.containsKey(id);
        if (!exists) {
            throw AwsError.notFound("Could not find " + type + " with PrincipalId " + id + " in identity store "
                    + instance.identityStoreId + ".");
        }
    }

    /** The {@code AccountAssignment} shape (and {@code AccountAssignmentForPrincipal}, same members). */
    private static ObjectNode json(AssignmentRecord a) {
        return JsonNodeFactory.instance.objectNode()
                .put("AccountId", a.accountId())
                .put("PermissionSetArn", a.permissionSetArn())
                .put("PrincipalType", a.principalType())
                .put("PrincipalId", a.principalId());
    }

    /** The members CreateAccountAssignment and DeleteAccountAssignment share. */
    private record Request(String instanceArn, AssignmentRecord record) {
        static Request read(Input in) {
            String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
            String targetId = in.required("TargetId", Shapes.ACCOUNT_ID);
            in.requiredEnum("TargetType", Shapes.TARGET_TYPES);
            String arn = in.required("PermissionSetArn", Shapes.PERMISSION_SET_ARN);
            String principalType = in.requiredEnum("PrincipalType", Shapes.PRINCIPAL_TYPES);
            String principalId = in.required("PrincipalId", Shapes.PRINCIPAL_ID);
            in.validate();
            return new Request(instanceArn, new AssignmentRecord(targetId, arn, principalType, principalId));
        }
    }
}
