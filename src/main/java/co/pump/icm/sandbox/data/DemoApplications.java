package co.pump.icm.sandbox.data;

import static co.pump.icm.sandbox.data.DemoData.CLOUD_ADMINS;
import static co.pump.icm.sandbox.data.DemoData.DATA_ENGINEERING;
import static co.pump.icm.sandbox.data.DemoData.DEVELOPERS;
import static co.pump.icm.sandbox.data.DemoData.FINANCE;
import static co.pump.icm.sandbox.data.DemoData.NETWORK;
import static co.pump.icm.sandbox.data.DemoData.SUPPORT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.Tag;
import co.pump.icm.sandbox.state.ApplicationKind;
import co.pump.icm.sandbox.state.ApplicationPortal;

/**
 * Larkspur Labs' applications and trusted token issuer, in the source instance: three customer
 * managed OAuth applications (one plain single sign-on, two using trusted identity propagation
 * through the company's OpenID Connect provider), a customer managed SAML application and an AWS
 * managed one (Amazon Q Business), all owned by the management account. docs/sandbox-data.md
 * describes them.
 */
public final class DemoApplications {

    public static final String TOKEN_ISSUER = "Larkspur-OIDC";
    public static final String WIKI = "Larkspur-Wiki";
    public static final String ANALYTICS = "Larkspur-Analytics";
    public static final String REPORTS = "Larkspur-Reports";
    public static final String GRAFANA = "Grafana";
    public static final String ASSISTANT = "Larkspur-Assistant";
    /** The AWS managed provider of Amazon Q Business applications. */
    public static final String Q_BUSINESS_PROVIDER = "arn:aws:sso::aws:applicationProvider/qbusiness";

    private static final String ANALYTICS_ACTOR_POLICY = """
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
             "Principal": {"AWS": "arn:aws:iam::222222222222:role/AnalyticsBackend"},
             "Action": "sso-oauth:CreateTokenWithIAM", "Resource": "*"}]}""";

    private DemoApplications() {
    }

    /** The source instance's trusted token issuer and five applications. */
    public static ScenarioApplications scenario() {
        return new ScenarioApplications(
                List.of(new TokenIssuerSeed(TOKEN_ISSUER, "https://login.larkspur.example/oauth2/default", "email",
                        "emails.value", List.of(new Tag("owner", "platform")))),
                List.of(wiki(), analytics(), reports(), grafana(), assistant()));
    }

    /** Plain single sign-on to the handbook: authorization code and refresh tokens, assignment required. */
    private static ApplicationSeed wiki() {
        List<String> redirectUris = List.of("https://wiki.larkspur.example/oauth/callback",
                "https://wiki.larkspur.example/mobile/callback");
        var setup = new ApplicationSeed.Setup(true, "DISABLED", redirectUris, true, false, Map.of(), Map.of(), null);
        return new ApplicationSeed(WIKI, ApplicationKind.CUSTOM_OAUTH_PROVIDER, null,
                "Engineering handbook and runbooks", "ENABLED",
                new ApplicationPortal("ENABLED", "IDENTITY_CENTER", null), "2023-06-02T15:40:07Z", List.of(new Tag("owner", "platform")), setup,
                List.of(group(DEVELOPERS), group(CLOUD_ADMINS), group(SUPPORT), user("leila.farouk")));
    }

    /**
     * Trusted identity propagation: tokens from the company's OpenID Connect provider are accepted
     * (JWT bearer) and exchanged, with access scopes for the data lake and the warehouse, an IAM
     * actor policy for its backend and user background sessions. Everyone may use it.
     */
    private static ApplicationSeed analytics() {
        Map<String, List<String>> scopes = new LinkedHashMap<>();
        scopes.put("s3:access:read_write", List.of());
        scopes.put("lakeformation:query", List.of());
        scopes.put("redshift:connect", List.of(REPORTS));
        var setup = new ApplicationSeed.Setup(false, "ENABLED", List.of(), true, true,
                Map.of(TOKEN_ISSUER, List.of("larkspur-analytics")), scopes, ANALYTICS_ACTOR_POLICY);
        return new ApplicationSeed(ANALYTICS, ApplicationKind.CUSTOM_OAUTH_PROVIDER, null,
                "Self-service analytics on the data lake with each user's own identity", "ENABLED",
                new ApplicationPortal("ENABLED", "APPLICATION", "https://analytics.larkspur.example/"),
                "2024-03-11T08:25:31Z", List.of(new Tag("owner", "data"), new Tag("cost-center", "CC-4100")), setup,
                List.of(group(DATA_ENGINEERING)));
    }

    /** Reports for finance over the warehouse: JWT bearer and token exchange, assignment required. */
    private static ApplicationSeed reports() {
        var setup = new ApplicationSeed.Setup(true, "DISABLED", List.of(), false, true,
                Map.of(TOKEN_ISSUER, List.of("larkspur-reports", "larkspur-reports-staging")),
                Map.of("redshift:connect", List.of(ANALYTICS)), null);
        return new ApplicationSeed(REPORTS, ApplicationKind.CUSTOM_OAUTH_PROVIDER, null,
                "Monthly finance and cost reports", "DISABLED",
                new ApplicationPortal("DISABLED", "APPLICATION", "https://reports.larkspur.example/start"),
                "2024-09-19T13:02:55Z", List.of(), setup, List.of(group(FINANCE), user("george.harris")));
    }

    /** A customer managed SAML 2.0 application: only the console can make one. */
    private static ApplicationSeed grafana() {
        return new ApplicationSeed(GRAFANA, ApplicationKind.CUSTOM_SAML_PROVIDER, null, "Operations dashboards",
                "ENABLED", new ApplicationPortal("ENABLED", "APPLICATION", "https://grafana.larkspur.example/login"),
                "2023-04-18T09:12:44Z", List.of(), null,
                List.of(group(CLOUD_ADMINS), group(NETWORK), group(SUPPORT), user("maya.okafor")));
    }

    /** An AWS managed application: Amazon Q Business made it when the company set up its assistant. */
    private static ApplicationSeed assistant() {
        var setup = new ApplicationSeed.Setup(true, "ENABLED", List.of(), false, false, Map.of(), Map.of(), null);
        return new ApplicationSeed(ASSISTANT, Q_BUSINESS_PROVIDER, null,
                "Amazon Q Business assistant over the engineering handbook", "ENABLED",
                new ApplicationPortal("ENABLED", "IDENTITY_CENTER", null), "2025-02-07T11:48:20Z", List.of(), setup,
                List.of(group(DEVELOPERS), group(DATA_ENGINEERING)));
    }

    private static ApplicationSeed.Assignee group(String name) {
        return new ApplicationSeed.Assignee(PrincipalType.GROUP, name);
    }

    private static ApplicationSeed.Assignee user(String handle) {
        return new ApplicationSeed.Assignee(PrincipalType.USER, DemoPeople.userName(handle));
    }
}
