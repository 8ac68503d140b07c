package co.pump.icm.sandbox;

/**
 * Why a request's signature was refused. Each protocol names the failure its own way (JSON
 * services say {@code UnrecognizedClientException}, STS says {@code InvalidClientTokenId}).
 */
final class AuthFailure extends RuntimeException {

    /** The kinds of refusal, with the error code each protocol uses. */
    enum Kind {
        MISSING("MissingAuthenticationTokenException", "MissingAuthenticationToken"),
        INCOMPLETE("IncompleteSignatureException", "IncompleteSignature"),
        UNKNOWN_KEY("UnrecognizedClientException", "InvalidClientTokenId"),
        BAD_SIGNATURE("InvalidSignatureException", "SignatureDoesNotMatch");

        final String jsonCode;
        final String queryCode;

        Kind(String jsonCode, String queryCode) {
            this.jsonCode = jsonCode;
            this.queryCode = queryCode;
        }
    }

    static final String UNKNOWN_KEY_MESSAGE = "The security token included in the request is invalid.";
    static final String BAD_SIGNATURE_MESSAGE = "The request signature we calculated does not match the signature you"
            + " provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

    private final Kind kind;

    AuthFailure(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    static AuthFailure missing() {
        return new AuthFailure(Kind.MISSING, "Missing Authentication Token");
    }

    static AuthFailure incomplete(String message) {
        return new AuthFailure(Kind.INCOMPLETE, message);
    }

    static AuthFailure unknownKey() {
        return new AuthFailure(Kind.UNKNOWN_KEY, UNKNOWN_KEY_MESSAGE);
    }

    static AuthFailure badSignature(String message) {
        return new AuthFailure(Kind.BAD_SIGNATURE, message);
    }

    Kind kind() {
        return kind;
    }

    /** As an error of the AWS JSON protocol (HTTP 400, as JSON services answer these). */
    AwsError asJsonError() {
        return new AwsError(400, kind.jsonCode, getMessage());
    }

    /** As an error of the awsQuery protocol (HTTP 403, as STS answers these). */
    AwsError asQueryError() {
        return new AwsError(403, kind.queryCode, getMessage());
    }
}
