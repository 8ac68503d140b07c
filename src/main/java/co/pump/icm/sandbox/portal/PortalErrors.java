package co.pump.icm.sandbox.portal;

import java.util.Map;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.RestResponse;

/**
 * The portal's errors: body {@code {"message": "..."}} (lowercase, as the sso model has it) and
 * header {@code x-amzn-ErrorType: <Exception>}, from which the SDK picks the exception class.
 */
final class PortalErrors {
    /** What AWS answers for a missing, unknown, expired or logged-out token. */
    static final String SESSION_INVALID = "Session token not found or invalid";

    private PortalErrors() {
    }

    static AwsError unauthorized() {
        return new AwsError(401, "UnauthorizedException", SESSION_INVALID);
    }

    /**
     * What AWS answers for a role the user is not assigned. Observed on the wire, but not in the
     * sso model, so the SDK raises a plain {@code SsoException} with this error code and 403.
     */
    static AwsError forbidden() {
        return new AwsError(403, "ForbiddenException", "No access");
    }

    static AwsError invalidRequest(String message) {
        return new AwsError(400, "InvalidRequestException", message);
    }

    /**
     * Encodes any error in the portal's shape. Throttling raised outside the service becomes the
     * modelled {@code TooManyRequestsException} (429), which the SDK retries; server faults keep
     * their code and status.
     */
    static RestResponse encode(AwsError error) {
        boolean throttled = error.code().contains("Throttling") || error.code().equals("TooManyRequestsException");
        String code = throttled ? "TooManyRequestsException" : error.code();
        int status = throttled ? 429 : error.status();
        return new RestResponse(status, "application/json", Map.of(OidcErrors.ERROR_TYPE_HEADER, code),
                RestJson.write(Map.of("message", error.getMessage() == null ? "" : error.getMessage())));
    }
}
