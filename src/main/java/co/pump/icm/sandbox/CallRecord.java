package co.pump.icm.sandbox;

import java.time.Instant;

/**
 * One request the sandbox received, as the call log records it.
 *
 * @param account     the caller's account ID, or null when the request was unsigned or refused
 * @param service     {@code identitystore}, {@code sso-admin}, {@code organizations}, {@code sts},
 *                    {@code sso-oidc}, {@code sso-portal}, or null when no service answers the path
 * @param operation   the AWS operation name, e.g. {@code CreateUser}, or null when unknown
 * @param status      the HTTP status answered; 0 when the connection was dropped without a response
 * @param error       the AWS error code answered, or null on success
 * @param answerLost  true when the request was carried out and its answer then lost: the
 *                    connection dropped (status 0) or an injected server error sent in its place
 */
public record CallRecord(Instant time, String account, String service, String operation, int status, String error,
                         boolean answerLost) {

    /** A request whose answer, if any, is the one it got. */
    public CallRecord(Instant time, String account, String service, String operation, int status, String error) {
        this(time, account, service, operation, status, error, false);
    }

    /** True for operations that change state (Create, Update, Delete, Put, Attach, ...). */
    public boolean isWrite() {
        return operation != null && CallLog.WRITE_PREFIXES.stream().anyMatch(operation::startsWith);
    }

    /** True when the sandbox did what was asked, whether or not the client learned so. */
    public boolean carriedOut() {
        return answerLost || (status >= 200 && status < 300);
    }
}
