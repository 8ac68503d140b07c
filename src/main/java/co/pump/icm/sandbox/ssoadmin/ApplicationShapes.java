package co.pump.icm.sandbox.ssoadmin;

import java.util.List;

import co.pump.icm.sandbox.StringShape;

/**
 * The string shapes, enums and list limits of the application and trusted token issuer operations,
 * exactly as botocore's {@code sso-admin/2020-07-20/service-2.json} states them (the AWS SDK for
 * Java 2.54's model has the same). Patterns must match the whole value, as in {@link Shapes}.
 */
final class ApplicationShapes {

    private static final String PARTITION = "arn:aws(-[a-z]{1,5}){0,3}";
    private static final String INSTANCE_ID = "(sso)?ins-[a-zA-Z0-9-.]{16}";

    static final StringShape APPLICATION_ARN = shape(10, 1224,
            PARTITION + ":sso::\\d{12}:application/" + INSTANCE_ID + "/apl-[a-zA-Z0-9]{16}");
    static final StringShape APPLICATION_NAME = shape(1, 100, "[\\S\\s]*");
    /** The {@code Description} shape of applications: unlike a permission set's, no pattern and at most 128. */
    static final StringShape DESCRIPTION = StringShape.length(1, 128);
    /** As the model has it, {@code &bb} included. */
    static final StringShape APPLICATION_URL = shape(1, 512,
            "http(s)?:\\/\\/[-a-zA-Z0-9+&@#\\/%?=~_|!:,.;]*[-a-zA-Z0-9+&bb@#\\/%?=~_|]");
    static final StringShape CLIENT_TOKEN = shape(1, 64, "[!-~]+");
    static final StringShape TRUSTED_TOKEN_ISSUER_ARN = shape(10, 1224,
            PARTITION + ":sso::\\d{12}:trustedTokenIssuer/" + INSTANCE_ID
                    + "/tti-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}");
    static final StringShape TRUSTED_TOKEN_ISSUER_NAME = shape(1, 255, "[\\w+=,.@-]+");
    static final StringShape ISSUER_URL = shape(1, 512,
            "https?:\\/\\/[-a-zA-Z0-9+&@\\/%=~_|!:,.;]*[-a-zA-Z0-9+&@\\/%=~_|]");
    static final StringShape CLAIM_ATTRIBUTE_PATH = shape(1, 255, "\\p{L}+(?:(\\.|\\_)\\p{L}+){0,2}");
    static final StringShape IDENTITY_STORE_ATTRIBUTE_PATH = shape(1, 255, "\\p{L}+(?:\\.\\p{L}+){0,2}");
    /** No length limits in the model: the pattern allows one to three parts of 1–50 characters. */
    static final StringShape SCOPE = new StringShape(0, Integer.MAX_VALUE,
            "([A-Za-z0-9_]{1,50})(:[A-Za-z0-9_]{1,50}){0,1}(:[A-Za-z0-9_]{1,50}){0,1}", false);
    static final StringShape SCOPE_TARGET = shape(1, 100, PARTITION + ":sso::(\\d{12}:application/" + INSTANCE_ID
            + "/apl-[a-zA-Z0-9]{16}|:instance/" + INSTANCE_ID + ")");
    /** {@code URI}: a plain string in the model. */
    static final StringShape URI = new StringShape(0, Integer.MAX_VALUE, null, false);
    static final StringShape AUDIENCE = StringShape.length(1, 512);

    static final List<String> STATUSES = List.of("ENABLED", "DISABLED");
    static final List<String> SIGN_IN_ORIGINS = List.of("IDENTITY_CENTER", "APPLICATION");
    static final List<String> GRANT_TYPES = List.of("authorization_code", "refresh_token",
            "urn:ietf:params:oauth:grant-type:jwt-bearer", "urn:ietf:params:oauth:grant-type:token-exchange");
    static final List<String> AUTHENTICATION_METHOD_TYPES = List.of("IAM");
    static final List<String> TRUSTED_TOKEN_ISSUER_TYPES = List.of("OIDC_JWT");
    static final List<String> JWKS_RETRIEVAL_OPTIONS = List.of("OPEN_ID_DISCOVERY");

    /** RedirectUris, AuthorizedTokenIssuers, TokenIssuerAudiences and ScopeTargets: 1 to 10 items each. */
    static final int LIST_MAX = 10;
    /** MaxResults of ListApplicationAccessScopes, whose pages hold at most 10 scopes. */
    static final int SCOPES_PER_PAGE = 10;

    private ApplicationShapes() {
    }

    private static StringShape shape(int min, int max, String pattern) {
        return new StringShape(min, max, pattern, false);
    }
}
