package co.pump.icm.sandbox.ssoadmin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.pump.icm.sandbox.state.ApplicationGrant;

/**
 * Reads the {@code Grant} union of PutApplicationGrant: "Exactly one member of the union must be
 * specified, and must match the grant type selected" (model documentation of Grant); RedirectUris
 * is required for {@code authorization_code} and AuthorizedTokenIssuers for the JWT bearer grant
 * (model documentation of those members); each authorized token issuer must name its trusted token
 * issuer (the sandbox's strict reading: the model leaves the member optional).
 */
final class GrantInput {

    /** The union member each grant type takes. */
    private static final Map<String, String> MEMBER_BY_TYPE = Map.of(
            "authorization_code", "AuthorizationCode",
            "refresh_token", "RefreshToken",
            "urn:ietf:params:oauth:grant-type:jwt-bearer", "JwtBearer",
            "urn:ietf:params:oauth:grant-type:token-exchange", "TokenExchange");
    private static final List<String> MEMBERS = List.of("AuthorizationCode", "JwtBearer", "RefreshToken",
            "TokenExchange");

    private GrantInput() {
    }

    /**
     * The grant of the given type; null when the request is invalid, with the violations recorded
     * in {@code in} for {@link Input#validate()}.
     */
    static ApplicationGrant read(Input in, String type) {
        Input grant = in.structure("Grant", true);
        if (grant == null || type == null || !MEMBER_BY_TYPE.containsKey(type)) {
            return null;
        }
        List<String> set = MEMBERS.stream().filter(grant::has).toList();
        String expected = MEMBER_BY_TYPE.get(type);
        if (set.size() != 1) {
            in.invalid("Grant", null, "Member must have exactly one of " + String.join(", ", MEMBERS) + " set");
            return null;
        }
        if (!set.get(0).equals(expected)) {
            in.invalid("Grant", null, "Member must set " + expected + " for the grant type " + type);
            return null;
        }
        Input contents = grant.structure(expected, true);
        return switch (expected) {
            case "AuthorizationCode" -> new ApplicationGrant.AuthorizationCode(contents.strings("RedirectUris",
                    ApplicationShapes.URI, true, 1, ApplicationShapes.LIST_MAX));
            case "JwtBearer" -> new ApplicationGrant.JwtBearer(issuers(contents));
            case "RefreshToken" -> new ApplicationGrant.RefreshToken();
            default -> new ApplicationGrant.TokenExchange();
        };
    }

    private static List<ApplicationGrant.AuthorizedTokenIssuer> issuers(Input bearer) {
        List<ApplicationGrant.AuthorizedTokenIssuer> issuers = new ArrayList<>();
        for (Input item : bearer.structures("AuthorizedTokenIssuers", true, 1, ApplicationShapes.LIST_MAX)) {
            String arn = item.required("TrustedTokenIssuerArn", ApplicationShapes.TRUSTED_TOKEN_ISSUER_ARN);
            List<String> audiences = item.strings("AuthorizedAudiences", ApplicationShapes.AUDIENCE, false, 1,
                    ApplicationShapes.LIST_MAX);
            issuers.add(new ApplicationGrant.AuthorizedTokenIssuer(arn, audiences));
        }
        return issuers;
    }
}
