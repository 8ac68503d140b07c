package co.pump.icm.sandbox.ssoadmin;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.state.AsyncRequest;
import co.pump.icm.sandbox.state.AsyncRequest.Kind;
import co.pump.icm.sandbox.state.SandboxInstance;

/**
 * Describe…Status and List…Status for assignment creations and deletions. The List operations
 * return metadata only ({@code Status, RequestId, CreatedDate}) and filter by Status.
 */
final class AssignmentStatusOperations {

    private final InstanceAccess access;

    AssignmentStatusOperations(InstanceAccess access) {
        this.access = access;
    }

    void register(Map<String, Operation> operations) {
        operations.put("DescribeAccountAssignmentCreationStatus",
                (c, in) -> describe(c, in, Kind.CREATE_ASSIGNMENT, "AccountAssignmentCreation"));
        operations.put("DescribeAccountAssignmentDeletionStatus",
                (c, in) -> describe(c, in, Kind.DELETE_ASSIGNMENT, "AccountAssignmentDeletion"));
        operations.put("ListAccountAssignmentCreationStatus",
                (c, in) -> list(c, in, Kind.CREATE_ASSIGNMENT, "AccountAssignmentsCreationStatus"));
        operations.put("ListAccountAssignmentDeletionStatus",
                (c, in) -> list(c, in, Kind.DELETE_ASSIGNMENT, "AccountAssignmentsDeletionStatus"));
    }

    /** {@code prefix} names both the request ID member ({@code …RequestId}) and the output ({@code …Status}). */
    private JsonNode describe(Caller caller, Input in, Kind kind, String prefix) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        String requestId = in.required(prefix + "RequestId", Shapes.REQUEST_ID);
        in.validate();
        SandboxInstance instance = access.instance(caller, in.operation(), instanceArn);
        AsyncRequest request = AsyncRequests.find(instance, kind, requestId);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set(prefix + "Status", StatusJson.assignment(request));
        return out;
    }

    private JsonNode list(Caller caller, Input in, Kind kind, String key) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        Integer maxResults = in.maxResults();
        String token = in.nextToken();
        String status = statusFilter(in);
        in.validate();
        SandboxInstance instance = access.instance(caller, in.operation(), instanceArn);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Pages.page(in, matching(instance, kind, status), maxResults, token)
                .writeTo(out, key, StatusJson::metadata);
        return out;
    }

    /** The optional {@code Filter{Status}} of the List…Status operations. */
    static String statusFilter(Input in) {
        Input filter = in.structure("Filter", false);
        return filter == null ? null : filter.optionalEnum("Status", Shapes.STATUS_VALUES);
    }

    /** Requests of a kind, in the order they were made, optionally of one status. */
    static List<AsyncRequest> matching(SandboxInstance instance, Kind kind, String status) {
        return instance.requests.values().stream()
                .filter(r -> r.kind == kind && (status == null || status.equals(r.status)))
                .collect(Collectors.toList());
    }
}
