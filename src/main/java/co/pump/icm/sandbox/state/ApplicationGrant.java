package co.pump.icm.sandbox.state;

import java.util.List;

/**
 * A grant of an application: one per grant type, each with the contents its type has (the
 * {@code Grant} union of the sso-admin model).
 */
public sealed interface ApplicationGrant {

    /** The grant type the API names it by. */
    String type();

    /** {@code authorization_code}: where the user's browser may be sent back to. */
    record AuthorizationCode(List<String> redirectUris) implements ApplicationGrant {
        public AuthorizationCode {
            redirectUris = List.copyOf(redirectUris);
        }

        @Override
        public String type() {
            return "authorization_code";
        }
    }

    /** {@code urn:ietf:params:oauth:grant-type:jwt-bearer}: the token issuers whose tokens it accepts. */
    record JwtBearer(List<AuthorizedTokenIssuer> issuers) implements ApplicationGrant {
        public JwtBearer {
            issuers = List.copyOf(issuers);
        }

        @Override
        public String type() {
            return "urn:ietf:params:oauth:grant-type:jwt-bearer";
        }
    }

    /** {@code refresh_token}: no contents. */
    record RefreshToken() implements ApplicationGrant {
        @Override
        public String type() {
            return "refresh_token";
        }
    }

    /** {@code urn:ietf:params:oauth:grant-type:token-exchange}: no contents. */
    record TokenExchange() implements ApplicationGrant {
        @Override
        public String type() {
            return "urn:ietf:params:oauth:grant-type:token-exchange";
        }
    }

    /**
     * A trusted token issuer a JWT bearer grant accepts, with the audiences ({@code aud} claims) it
     * accepts from it.
     */
    record AuthorizedTokenIssuer(String trustedTokenIssuerArn, List<String> audiences) {
        public AuthorizedTokenIssuer {
            audiences = List.copyOf(audiences);
        }
    }
}
