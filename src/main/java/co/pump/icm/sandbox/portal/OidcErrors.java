package co.pump.icm.sandbox.portal;

import java.util.LinkedHashMap;
import java.util.Map;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.RestResponse;

/**
 * The sso-oidc errors, in the OAuth shape AWS uses: body {@code {"error": "authorization_pending",
 * "error_description": "..."}} and header {@code x-amzn-ErrorType: <Exception>:<namespace>}. The
 * SDK picks the exception class from the header alone (the part before the colon); the body's
 * {@code error} is what RFC 8628 clients read. Descriptions never carry a secret.
 */
final class OidcErrors {
    static final String ERROR_TYPE_HEADER = "x-amzn-ErrorType";
    private static final String NAMESPACE = ":http://internal.amazon.com/coral/com.amazonaws.sso.oidc/";

    /** The OAuth {@code error} value of each modelled exception. */
    private static final Map<String, String> OAUTH_CODES = Map.ofEntries(
            Map.entry("AuthorizationPendingException", "authorization_pending"),
            Map.entry("SlowDownException", "slow_down"),
            Map.entry("ExpiredTokenException", "expired_token"),
            Map.entry("AccessDeniedException", "access_denied"),
            Map.entry("InvalidGrantException", "invalid_grant"),
            Map.entry("InvalidClientException", "invalid_client"),
            Map.entry("UnauthorizedClientException", "unauthorized_client"),
            Map.entry("UnsupportedGrantTypeException", "unsupported_grant_type"),
            Map.entry("InvalidScopeException", "invalid_scope"),
            Map.entry("InvalidRequestException", "invalid_request"),
            Map.entry("InvalidClientMetadataException", "invalid_client_metadata"),
            Map.entry("InvalidRedirectUriException", "invalid_redirect_uri"),
            Map.entry("InternalServerException", "server_error"));

    private OidcErrors() {
    }

    static AwsError pending() {
        return of(400, "AuthorizationPendingException", "Authorization is still pending");
    }

    static AwsError slowDown(String description) {
        return of(400, "SlowDownException", description);
    }

    static AwsError expiredToken(String description) {
        return of(400, "ExpiredTokenException", description);
    }

    static AwsError accessDenied(String description) {
        return of(400, "AccessDeniedException", description);
    }

    static AwsError invalidGrant(String description) {
        return of(400, "InvalidGrantException", description);
    }

    static AwsError invalidClient(String description) {
        return of(401, "InvalidClientException", description);
    }

    static AwsError unsupportedGrantType(String description) {
        return of(400, "UnsupportedGrantTypeException", description);
    }

    static AwsError invalidRequest(String description) {
        return of(400, "InvalidRequestException", description);
    }

    static AwsError invalidClientMetadata(String description) {
        return of(400, "InvalidClientMetadataException", description);
    }

    static AwsError serverError(String description) {
        return of(500, "InternalServerException", description);
    }

    private static AwsError of(int status, String exception, String description) {
        return new AwsError(status, exception, description);
    }

    /**
     * Encodes any error in the OIDC shape. Errors raised outside the service are translated:
     * throttling becomes {@code slow_down}, the only back-off signal in the sso-oidc model, which
     * device-flow clients already obey; server faults become {@code server_error}.
     */
    static RestResponse encode(AwsError error) {
        String exception = error.code();
        int status = error.status();
        if (!OAUTH_CODES.containsKey(exception)) {
            boolean throttled = exception.contains("Throttling") || exception.equals("TooManyRequestsException");
            exception = throttled ? "SlowDownException"
                    : status >= 500 ? "InternalServerException" : "InvalidRequestException";
            status = status >= 500 ? status : 400;
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("error", OAUTH_CODES.get(exception));
        body.put("error_description", error.getMessage());
        return new RestResponse(status, "application/json", Map.of(ERROR_TYPE_HEADER, exception + NAMESPACE),
                RestJson.write(body));
    }
}
