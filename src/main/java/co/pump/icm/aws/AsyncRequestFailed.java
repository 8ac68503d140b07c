package co.pump.icm.aws;

/**
 * An asynchronous IAM Identity Center request (account assignment, provisioning) that AWS
 * finished as FAILED, with AWS's reason (e.g. a customer managed policy missing in the account).
 */
public final class AsyncRequestFailed extends RuntimeException {

    private final String failureReason;

    public AsyncRequestFailed(String operation, String failureReason) {
        super(operation + " failed: " + (failureReason == null || failureReason.isBlank()
                ? "AWS gave no reason" : failureReason));
        this.failureReason = failureReason;
    }

    /** AWS's FailureReason, as given. */
    public String failureReason() {
        return failureReason;
    }
}
