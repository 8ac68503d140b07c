package co.pump.icm.model;

import java.util.List;

/**
 * One grant of a customer managed OAuth application: at most one per grant type, with what its
 * type holds (AWS's {@code Grant} union). Token issuers are named, never by ARN.
 *
 * @param type                   the grant type as AWS names it, e.g. {@code authorization_code}
 * @param redirectUris           for {@code authorization_code}: where the browser may be sent back to
 * @param authorizedTokenIssuers for the JWT bearer grant: the token issuers whose tokens it accepts
 */
public record ApplicationGrant(String type, List<String> redirectUris, List<AuthorizedTokenIssuer> authorizedTokenIssuers) {

    public static final String AUTHORIZATION_CODE = "authorization_code";
    public static final String REFRESH_TOKEN = "refresh_token";
    public static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    public static final String TOKEN_EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange";
    /** Every grant type AWS knows, in the order its model lists them. */
    public static final List<String> TYPES = List.of(AUTHORIZATION_CODE, JWT_BEARER, REFRESH_TOKEN, TOKEN_EXCHANGE);

    public ApplicationGrant {
        redirectUris = Lists.copy(redirectUris);
        authorizedTokenIssuers = Lists.copy(authorizedTokenIssuers);
    }

    /** A grant with no contents ({@code refresh_token}, token exchange). */
    public static ApplicationGrant of(String type) {
        return new ApplicationGrant(type, List.of(), List.of());
    }

    /**
     * A token issuer a JWT bearer grant accepts, by name, with the audiences ({@code aud} claims) it
     * accepts from it.
     */
    public record AuthorizedTokenIssuer(String trustedTokenIssuer, List<String> authorizedAudiences) {
        public AuthorizedTokenIssuer {
            authorizedAudiences = Lists.copy(authorizedAudiences);
        }
    }
}
