package co.pump.icm.aws.signin;

import co.pump.icm.model.MigratorException;

/**
 * An IAM Identity Center sign-in that did not complete, with why, so that the wizard can offer
 * the right next step ("Try again" after an expired code, another URL after a refused one).
 */
public final class SignInFailedException extends MigratorException {

    /** Why the sign-in ended. */
    public enum Reason {
        /** The user denied the request on the verification page. */
        DENIED,
        /** The code was not approved in time. */
        EXPIRED,
        /** IAM Identity Center refused the start URL, or the sign-in client. */
        REJECTED
    }

    private final Reason reason;

    public SignInFailedException(Reason reason, String message) {
        super(Kind.AWS_ACCESS, message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
