package co.pump.icm.sandbox.portal;

/**
 * A device code could not be approved or denied: it is unknown, expired or already used, or the
 * user does not exist in the instance. The message is a sentence for the approval page.
 */
public final class ApprovalRefusedException extends RuntimeException {

    public ApprovalRefusedException(String message) {
        super(message, null, false, false);
    }
}
