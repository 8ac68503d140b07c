package co.pump.icm.model;

import java.util.List;

import co.pump.icm.kind.Kinds;

/**
 * The full test configuration ({@link TestConfigs#full()}) with a trusted token issuer and
 * applications of every sort, set up as format version 3 records them: two customer managed OAuth
 * applications that authorize each other (one trusting the issuer), a SAML application and an
 * AWS managed one, with assignments to each.
 */
public final class ApplicationConfigs {

    public static final String ISSUER = "Acme-OIDC";
    public static final String PORTAL = "Portal";
    public static final String REPORTS = "Reports";
    public static final String GRAFANA = "Grafana";
    public static final String ASSISTANT = "Assistant";
    public static final String ACTOR_POLICY = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::222222222222:role/Backend\"},"
            + "\"Action\":\"sso-oauth:CreateTokenWithIAM\",\"Resource\":\"*\"}]}";

    private ApplicationConfigs() {
    }

    public static TrustedTokenIssuer issuer() {
        return new TrustedTokenIssuer(ISSUER, "OIDC_JWT", "https://login.acme.com/oauth2", "email", "emails.value",
                "OPEN_ID_DISCOVERY", List.of(new Tag("owner", "platform")),
                Origin.of("arn:aws:sso::111111111111:trustedTokenIssuer/ssoins-1234567890abcdef/tti-"
                        + "00000000-0000-4000-8000-000000000001"));
    }

    public static Application portal() {
        return new Application(arn("apl-2222222222222222"), PORTAL, "Self-service portal", "ENABLED",
                TestConfigs.MANAGEMENT_ACCOUNT, Application.CUSTOM_OAUTH_PROVIDER, "ENABLED", "APPLICATION",
                "https://portal.acme.com/", "2024-01-01T00:00:00Z", null, List.of(new Tag("owner", "web")), false,
                List.of(new ApplicationGrant(ApplicationGrant.AUTHORIZATION_CODE, List.of("https://portal.acme.com/cb"),
                                List.of()),
                        ApplicationGrant.of(ApplicationGrant.REFRESH_TOKEN),
                        new ApplicationGrant(ApplicationGrant.JWT_BEARER, List.of(),
                                List.of(new ApplicationGrant.AuthorizedTokenIssuer(ISSUER, List.of("portal"))))),
                ACTOR_POLICY, "ENABLED");
    }

    public static Application reports() {
        return new Application(arn("apl-3333333333333333"), REPORTS, null, "DISABLED", TestConfigs.MANAGEMENT_ACCOUNT,
                Application.CUSTOM_OAUTH_PROVIDER, "DISABLED", "IDENTITY_CENTER", null, "2024-02-01T00:00:00Z", null,
                List.of(), true, List.of(ApplicationGrant.of(ApplicationGrant.TOKEN_EXCHANGE)), null, "DISABLED");
    }

    public static Application grafana() {
        return new Application(arn("apl-4444444444444444"), GRAFANA, "Dashboards", "ENABLED",
                TestConfigs.MANAGEMENT_ACCOUNT, Application.CUSTOM_SAML_PROVIDER, "ENABLED", "APPLICATION",
                "https://grafana.acme.com/login", "2023-01-01T00:00:00Z", "Customer managed SAML 2.0 application",
                List.of(), true, List.of(), null, "DISABLED");
    }

    public static Application assistant() {
        return new Application(arn("apl-5555555555555555"), ASSISTANT, null, "ENABLED", TestConfigs.MANAGEMENT_ACCOUNT,
                "arn:aws:sso::aws:applicationProvider/qbusiness", "ENABLED", "IDENTITY_CENTER", null,
                "2025-01-01T00:00:00Z", "Amazon Q Business", List.of(), true, List.of(), null, "ENABLED");
    }

    public static List<ApplicationAccessScope> scopes() {
        return List.of(new ApplicationAccessScope(PORTAL, "redshift:connect", List.of(REPORTS), null),
                new ApplicationAccessScope(REPORTS, "redshift:connect", List.of(PORTAL), true));
    }

    public static List<ApplicationAssignment> assignments() {
        return List.of(new ApplicationAssignment(PORTAL, PrincipalType.GROUP, "Admins", Origin.of("906745d2a4-g1")),
                new ApplicationAssignment(GRAFANA, PrincipalType.USER, "alice@acme.com", null),
                new ApplicationAssignment(ASSISTANT, PrincipalType.GROUP, "Admins", null),
                new ApplicationAssignment(REPORTS, PrincipalType.USER, "bob@acme.com", null));
    }

    /** {@link TestConfigs#full()} with the issuer, the four applications, their scopes and assignments. */
    public static IdentityCenterConfig full() {
        IdentityCenterConfig config = Kinds.APPLICATIONS.with(TestConfigs.full(),
                List.of(portal(), reports(), grafana(), assistant()));
        config = Kinds.TRUSTED_TOKEN_ISSUERS.with(config, List.of(issuer()));
        config = Kinds.APPLICATION_ACCESS_SCOPES.with(config, scopes());
        return Kinds.APPLICATION_ASSIGNMENTS.with(config, assignments());
    }

    private static String arn(String id) {
        return "arn:aws:sso::111111111111:application/ssoins-1234567890abcdef/" + id;
    }
}
