package co.pump.icm.sandbox.state;

/**
 * An asynchronous sso-admin request (account assignment creation or deletion, permission set
 * provisioning). It is IN_PROGRESS until {@code completesAt}; the world then settles it to
 * SUCCEEDED or FAILED (see {@link SandboxWorld#settle(long)}).
 */
public final class AsyncRequest {

    /** Which asynchronous operation this is. */
    public enum Kind { CREATE_ASSIGNMENT, DELETE_ASSIGNMENT, PROVISION_PERMISSION_SET }

    public final String requestId;
    public final Kind kind;
    public final String instanceArn;
    /** What it acts on. For provisioning, principal fields are null and targetId may be null (all accounts). */
    public final AssignmentRecord target;
    /** Epoch milliseconds. */
    public final long createdAt;
    public final long completesAt;
    /** IN_PROGRESS, SUCCEEDED or FAILED. */
    public String status = "IN_PROGRESS";
    public String failureReason;

    public AsyncRequest(String requestId, Kind kind, String instanceArn, AssignmentRecord target,
                        long createdAt, long completesAt) {
        this.requestId = requestId;
        this.kind = kind;
        this.instanceArn = instanceArn;
        this.target = target;
        this.createdAt = createdAt;
        this.completesAt = completesAt;
    }

    public boolean inProgress() {
        return "IN_PROGRESS".equals(status);
    }
}
