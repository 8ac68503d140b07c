package co.pump.icm.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import co.pump.icm.model.Application;
import co.pump.icm.model.ApplicationGrant;

/**
 * How applications and their parts read for a person: the sort of an application, a grant in a
 * few words, and what the console will ask for when one must be made again by hand.
 */
public final class ApplicationText {

    /**
     * The inspector's tab that applications and what hangs off them (trusted token issuers, access
     * scopes, assignments) share, so that every tab header fits a 1280-pixel window.
     */
    public static final String TAB_GROUP = "Applications";

    private ApplicationText() {
    }

    /** E.g. {@code customer managed SAML 2.0 application} or {@code AWS managed application (Amazon Q Business)}. */
    public static String sort(Application a) {
        if (a.madeByApi()) {
            return "customer managed OAuth 2.0 application";
        }
        if (Application.CUSTOM_SAML_PROVIDER.equals(a.providerArn())) {
            return "customer managed SAML 2.0 application";
        }
        String owner = a.providerName() != null ? a.providerName() : a.providerArn();
        return owner == null ? "application of an unknown sort" : "AWS managed application (" + owner + ")";
    }

    /** The sentence that says to make an application again by hand: why, where, and then what. */
    public static String recreateByHand(Application a, String targetAccount) {
        String who = targetAccount == null ? "" : ", signed in to account " + targetAccount + " so that the migrator sees it";
        String why;
        String how;
        if (Application.CUSTOM_SAML_PROVIDER.equals(a.providerArn())) {
            why = "a customer managed SAML 2.0 application";
            how = "Add it in the new organization's IAM Identity Center console (Applications, Add application)";
        } else if (a.providerArn() == null) {
            why = "an application of an unknown sort";
            how = "Make it again in the new organization";
        } else {
            String service = a.providerName() != null ? a.providerName() : "the AWS service that manages it";
            why = "an application that " + service + " manages";
            how = "Set it up again in " + service + " with the new organization's IAM Identity Center";
        }
        return "recreate it by hand: AWS's API cannot create " + why + ". " + how + who
                + ", then import again to give it its assignments";
    }

    /** A grant in a few words, e.g. {@code 2 redirect URIs: https://…, https://…}. */
    public static String grant(ApplicationGrant g) {
        return switch (g.type() == null ? "" : g.type()) {
            case ApplicationGrant.AUTHORIZATION_CODE -> "authorization code, redirect to " + String.join(", ",
                    g.redirectUris());
            case ApplicationGrant.REFRESH_TOKEN -> "refresh token";
            case ApplicationGrant.TOKEN_EXCHANGE -> "token exchange";
            case ApplicationGrant.JWT_BEARER -> "JWT bearer from " + String.join("; ", g.authorizedTokenIssuers()
                    .stream().map(i -> i.trustedTokenIssuer() + (i.authorizedAudiences().isEmpty() ? ""
                            : " (audiences " + String.join(", ", i.authorizedAudiences()) + ")")).toList());
            default -> String.valueOf(g.type());
        };
    }

    /**
     * What the console asks for when the application is made again, as far as AWS's API shows it,
     * one line each; the rest (SAML metadata, attribute mappings) must be copied by a person.
     */
    public static List<String> consoleFacts(Application a) {
        var lines = new ArrayList<String>();
        lines.add("Sort: " + sort(a));
        if (a.providerArn() != null) {
            lines.add("Application provider: " + a.providerArn());
        }
        lines.add("Display name: " + a.name());
        if (a.description() != null) {
            lines.add("Description: " + a.description());
        }
        if (a.signInUrl() != null) {
            lines.add("Application start URL: " + a.signInUrl());
        }
        if (a.visibility() != null) {
            lines.add("Shown in the access portal: " + ("ENABLED".equals(a.visibility()) ? "yes" : "no"));
        }
        if (a.status() != null) {
            lines.add("Status: " + a.status().toLowerCase(Locale.ROOT));
        }
        if (a.assignmentRequired() != null) {
            lines.add("Assignment required: " + (a.assignmentRequired() ? "yes" : "no"));
        }
        if ("ENABLED".equals(a.userBackgroundSessions())) {
            lines.add("User background sessions: on");
        }
        if (Application.CUSTOM_SAML_PROVIDER.equals(a.providerArn())) {
            lines.add("Not shown by AWS's API: the SAML metadata (ACS URL, audience), the relay state and the "
                    + "attribute mappings; copy them from the current organization's console");
        }
        return lines;
    }
}
