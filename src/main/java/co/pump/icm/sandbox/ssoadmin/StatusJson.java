package co.pump.icm.sandbox.ssoadmin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.sandbox.state.AsyncRequest;

/** Asynchronous requests in the sso-admin status shapes. CreatedDate is epoch seconds. */
final class StatusJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private StatusJson() {
    }

    /** {@code AccountAssignmentOperationStatus}: the full status of an assignment creation or deletion. */
    static ObjectNode assignment(AsyncRequest request) {
        ObjectNode out = JSON.objectNode();
        out.put("Status", request.status);
        out.put("RequestId", request.requestId);
        PermissionSetJson.putIfPresent(out, "FailureReason", request.failureReason);
        out.put("TargetId", request.target.accountId());
        out.put("TargetType", "AWS_ACCOUNT");
        out.put("PermissionSetArn", request.target.permissionSetArn());
        out.put("PrincipalType", request.target.principalType());
        out.put("PrincipalId", request.target.principalId());
        out.put("CreatedDate", seconds(request.createdAt));
        return out;
    }

    /** {@code PermissionSetProvisioningStatus}; AccountId only when one account was targeted. */
    static ObjectNode provisioning(AsyncRequest request) {
        ObjectNode out = JSON.objectNode();
        out.put("Status", request.status);
        out.put("RequestId", request.requestId);
        PermissionSetJson.putIfPresent(out, "AccountId", request.target.accountId());
        out.put("PermissionSetArn", request.target.permissionSetArn());
        PermissionSetJson.putIfPresent(out, "FailureReason", request.failureReason);
        out.put("CreatedDate", seconds(request.createdAt));
        return out;
    }

    /** The metadata the List…Status operations return: Status, RequestId, CreatedDate. */
    static ObjectNode metadata(AsyncRequest request) {
        ObjectNode out = JSON.objectNode();
        out.put("Status", request.status);
        out.put("RequestId", request.requestId);
        out.put("CreatedDate", seconds(request.createdAt));
        return out;
    }

    private static double seconds(long epochMillis) {
        return epochMillis / 1000.0;
    }
}
