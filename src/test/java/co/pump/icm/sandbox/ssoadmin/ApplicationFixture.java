package co.pump.icm.sandbox.ssoadmin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.data.ApplicationSeed;
import co.pump.icm.sandbox.data.ConsoleApplications;
import co.pump.icm.sandbox.state.ApplicationKind;
import co.pump.icm.sandbox.state.ApplicationPortal;

/**
 * The sso-admin fixture with helpers for applications and trusted token issuers: create them
 * through the API, or make console-only ones as a person would in the console.
 */
final class ApplicationFixture {

    static final String CUSTOM = ApplicationKind.CUSTOM_OAUTH_PROVIDER;
    static final String CUSTOM_SAML = ApplicationKind.CUSTOM_SAML_PROVIDER;
    static final String Q_BUSINESS = "arn:aws:sso::aws:applicationProvider/qbusiness";

    final SsoAdminFixture fx = new SsoAdminFixture();

    /** Creates a customer managed OAuth application through the API and returns its ARN. */
    String createApplication(Caller caller, String name, Object... extra) {
        List<Object> members = new ArrayList<>(List.of("InstanceArn", fx.instance.arn,
                "ApplicationProviderArn", CUSTOM, "Name", name));
        members.addAll(List.of(extra));
        return fx.call("CreateApplication", caller, members.toArray()).path("ApplicationArn").asText();
    }

    /** Makes an application of any sort as the console would, owned by the given account. */
    String consoleApplication(String name, String provider, String account) {
        return ConsoleApplications.recreate(fx.world, fx.instance.arn, new ApplicationSeed(name, provider, account,
                null, "ENABLED", new ApplicationPortal("ENABLED", "IDENTITY_CENTER", null), null, List.of(), null,
                List.of()));
    }

    /** Creates a trusted token issuer and returns its ARN. */
    String createIssuer(Caller caller, String name, String issuerUrl) {
        return fx.call("CreateTrustedTokenIssuer", caller, "InstanceArn", fx.instance.arn, "Name", name,
                "TrustedTokenIssuerType", "OIDC_JWT", "TrustedTokenIssuerConfiguration", oidc(issuerUrl))
                .path("TrustedTokenIssuerArn").asText();
    }

    static Map<String, Object> oidc(String issuerUrl) {
        return Map.of("OidcJwtConfiguration", Map.of("IssuerUrl", issuerUrl, "ClaimAttributePath", "email",
                "IdentityStoreAttributePath", "emails.value", "JwksRetrievalOption", "OPEN_ID_DISCOVERY"));
    }

    /** AWS's AccessDenied text (observed on sso-admin). */
    static String denied(Caller caller, String operation, String resource) {
        return "User: " + caller.arn() + " is not authorized to perform: sso:" + operation + " on resource: "
                + resource;
    }
}
