package co.pump.icm.sandbox.ssoadmin;

import java.util.Map;

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
 * ProvisionPermissionSet (asynchronous), DescribePermissionSetProvisioningStatus and
 * ListPermissionSetProvisioningStatus. TargetType AWS_ACCOUNT provisions to one account (with or
 * without assignments there); ALL_PROVISIONED_ACCOUNTS again to every account it is provisioned to.
 */
final class ProvisioningOperations {

    /**
     * At most this many ProvisionPermissionSet requests may be IN_PROGRESS per instance (IAM
     * Identity Center quotas: 3 concurrent calls). AWS does not document the answer to one more;
     * the sandbox answers ThrottlingException with the text AWS gives for too many outstanding
     * assignment requests, so that callers retry (a guess, docs/aws-behaviour.md).
     */
    static final int MAX_CONCURRENT_PROVISIONING = 3;

    private final InstanceAccess access;
    private final AsyncRequests requests;

    ProvisioningOperations(InstanceAccess access, AsyncRequests requests) {
        this.access = access;
        this.requests = requests;
    }

    void register(Map<String, Operation> operations) {
        operations.put("ProvisionPermissionSet", this::provision);
        operations.put("DescribePermissionSetProvisioningStatus", this::describe);
        operations.put("ListPermissionSetProvisioningStatus", this::list);
    }

    private JsonNode provision(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        String arn = in.required("PermissionSetArn", Shapes.PERMISSION_SET_ARN);
        String targetId = in.optional("TargetId", Shapes.ACCOUNT_ID);
        String targetType = in.requiredEnum("TargetType", Shapes.PROVISION_TARGET_TYPES);
        in.validate();
        boolean oneAccount = "AWS_ACCOUNT".equals(targetType);
        if (oneAccount && targetId == null) {
            // The model makes TargetId optional; AWS's wording when it is missing is not documented.
            throw AwsError.validation("TargetId is required when TargetType is AWS_ACCOUNT.");
        }
        PermissionSetTarget target = PermissionSetTarget.forChange(access, caller, in.operation(), instanceArn, arn);
        SandboxInstance instance = target.instance();
        if (oneAccount) {
            access.requireMemberAccount(instance, targetId);
            access.requireMayTarget(caller, in.operation(), instance, arn, targetId);
        }
        if (requests.outstanding(instance, Kind.PROVISION_PERMISSION_SET) >= MAX_CONCURRENT_PROVISIONING) {
            throw AwsError.throttling(AssignmentOperations.TOO_MANY_IN_PROGRESS);
        }
        // With ALL_PROVISIONED_ACCOUNTS a TargetId is ignored, as clients that send one expect.
        AssignmentRecord what = new AssignmentRecord(oneAccount ? targetId : null, arn, null, null);
        AsyncRequest started = requests.start(instance, Kind.PROVISION_PERMISSION_SET, what);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("PermissionSetProvisioningStatus", StatusJson.provisioning(started));
        return out;
    }

    private JsonNode describe(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        String requestId = in.required("ProvisionPermissionSetRequestId", Shapes.REQUEST_ID);
        in.validate();
        SandboxInstance instance = access.instance(caller, in.operation(), instanceArn);
        AsyncRequest request = AsyncRequests.find(instance, Kind.PROVISION_PERMISSION_SET, requestId);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("PermissionSetProvisioningStatus", StatusJson.provisioning(request));
        return out;
    }

    private JsonNode list(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        Integer maxResults = in.maxResults();
        String token = in.nextToken();
        String status = AssignmentStatusOperations.statusFilter(in);
        in.validate();
        SandboxInstance instance = access.instance(caller, in.operation(), instanceArn);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Pages.page(in, AssignmentStatusOperations.matching(instance, Kind.PROVISION_PERMISSION_SET, status),
                maxResults, token).writeTo(out, "PermissionSetsProvisioningStatus", StatusJson::metadata);
        return out;
    }
}
