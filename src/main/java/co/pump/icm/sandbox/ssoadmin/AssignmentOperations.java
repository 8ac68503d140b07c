package co.pump.icm.sandbox.ssoadmin;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
     * quotas, PRODUCT.md). AWS does not document the error for one more; the sandbox answers
     * ThrottlingException, which SDKs and the product retry with backoff, rather than
     * ServiceQuotaExceeded, which they treat as final: the limit frees up by itself within seconds.
     */
    static final int MAX_OUTSTANDING_CREATIONS = 10;

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
            throw AwsError.throttling("Too many account assignment creation requests are in progress; at most "
                    + MAX_OUTSTANDING_CREATIONS + " may be outstanding. Try again later.");
        }
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
