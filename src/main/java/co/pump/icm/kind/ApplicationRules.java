package co.pump.icm.kind;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import co.pump.icm.compare.Category;
import co.pump.icm.model.Application;
import co.pump.icm.model.ApplicationAccessScope;
import co.pump.icm.model.ApplicationGrant;
import co.pump.icm.model.TrustedTokenIssuer;

/**
 * The rules for one application, access scope or trusted token issuer on its own, from the SSO
 * Admin API's model (lengths, patterns, list limits of CreateApplication, PutApplicationGrant,
 * PutApplicationAccessScope, CreateTrustedTokenIssuer) and IAM Identity Center's quotas.
 */
final class ApplicationRules {

    static final int APPLICATION_NAME_MAX = 100;
    static final int DESCRIPTION_MAX = 128;
    static final int URL_MAX = 512;
    static final Pattern APPLICATION_URL = Pattern.compile(
            "http(s)?://[-a-zA-Z0-9+&@#/%?=~_|!:,.;]*[-a-zA-Z0-9+&@#/%?=~_|]");
    static final Pattern ISSUER_NAME = Pattern.compile("[\\w+=,.@-]{1,255}");
    static final Pattern ISSUER_URL = Pattern.compile("https?://[-a-zA-Z0-9+&@/%=~_|!:,.;]*[-a-zA-Z0-9+&@/%=~_|]");
    static final Pattern CLAIM_PATH = Pattern.compile("\\p{L}+(?:(\\.|_)\\p{L}+){0,2}");
    static final Pattern STORE_PATH = Pattern.compile("\\p{L}+(?:\\.\\p{L}+){0,2}");
    static final int PATH_MAX = 255;
    static final Pattern SCOPE = Pattern.compile("[A-Za-z0-9_]{1,50}(:[A-Za-z0-9_]{1,50}){0,2}");
    /** Redirect URIs, authorized token issuers, audiences and scope targets: at most 10 each (model). */
    static final int LIST_MAX = 10;
    static final int AUDIENCE_MAX = 512;
    /** IAM Identity Center quotas: trusted token issuers per instance, access scopes per application. */
    static final int ISSUERS_PER_INSTANCE = 10;
    static final int SCOPES_PER_APPLICATION = 25;
    private static final List<String> STATUSES = List.of("ENABLED", "DISABLED");
    private static final List<String> ORIGINS = List.of("IDENTITY_CENTER", "APPLICATION");

    private ApplicationRules() {
    }

    static void tokenIssuer(TrustedTokenIssuer t, Checks item) {
        if (item.required("name", t.name()) && !ISSUER_NAME.matcher(t.name()).matches()) {
            item.add("name must be 1 to 255 letters, digits or + = , . @ _ -, not " + Checks.quote(t.name()));
        }
        if (item.required("type", t.type()) && !TrustedTokenIssuer.OIDC_JWT.equals(t.type())) {
            item.add("type must be OIDC_JWT, the only type AWS knows, not " + Checks.quote(t.type()));
        }
        if (item.required("issuerUrl", t.issuerUrl())) {
            url("issuerUrl", t.issuerUrl(), ISSUER_URL, item);
        }
        if (item.required("claimAttributePath", t.claimAttributePath())) {
            path("claimAttributePath", t.claimAttributePath(), CLAIM_PATH, "letters in one to three parts joined by . or _",
                    item);
        }
        if (item.required("identityStoreAttributePath", t.identityStoreAttributePath())) {
            path("identityStoreAttributePath", t.identityStoreAttributePath(), STORE_PATH,
                    "letters in one to three parts joined by . (e.g. emails.value)", item);
        }
        if (item.required("jwksRetrievalOption", t.jwksRetrievalOption())
                && !"OPEN_ID_DISCOVERY".equals(t.jwksRetrievalOption())) {
            item.add("jwksRetrievalOption must be OPEN_ID_DISCOVERY, not " + Checks.quote(t.jwksRetrievalOption()));
        }
        PermissionSetRules.tags(t.tags(), item);
    }

    static void application(Application a, Checks item, Names names) {
        item.required("name", a.name());
        item.maxLength("name", a.name(), APPLICATION_NAME_MAX);
        if (a.description() != null && a.description().isEmpty()) {
            item.add("description must not be empty; leave it out when there is none");
        }
        item.maxLength("description", a.description(), DESCRIPTION_MAX);
        oneOf("status", a.status(), STATUSES, item);
        oneOf("visibility", a.visibility(), STATUSES, item);
        oneOf("signInOrigin", a.signInOrigin(), ORIGINS, item);
        if ("APPLICATION".equals(a.signInOrigin()) && a.signInUrl() == null) {
            item.add("signInUrl is missing: an application whose sign-in starts at the application needs its URL");
        }
        if (a.signInUrl() != null) {
            url("signInUrl", a.signInUrl(), APPLICATION_URL, item);
        }
        PermissionSetRules.tags(a.tags(), item);
        oneOf("userBackgroundSessions", a.userBackgroundSessions(), STATUSES, item);
        if (a.iamActorPolicy() != null) {
            PermissionSetRules.policyDocument("iamActorPolicy", a.iamActorPolicy(), item);
        }
        grants(a.grants(), item, names);
    }

    private static void grants(List<ApplicationGrant> grants, Checks item, Names names) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < grants.size(); i++) {
            ApplicationGrant g = grants.get(i);
            String field = "grants[" + i + "]";
            if (g.type() == null || !ApplicationGrant.TYPES.contains(g.type())) {
                item.add(field + ".type must be one of " + String.join(", ", ApplicationGrant.TYPES) + ", not "
                        + (g.type() == null ? "missing" : Checks.quote(g.type())));
                continue;
            }
            if (!seen.add(g.type())) {
                item.add(field + ".type " + Checks.quote(g.type()) + " appears twice; an application has one grant "
                        + "of each type");
            }
            boolean code = g.type().equals(ApplicationGrant.AUTHORIZATION_CODE);
            boolean bearer = g.type().equals(ApplicationGrant.JWT_BEARER);
            if (code) {
                count(field + ".redirectUris", g.redirectUris().size(), item);
            } else if (!g.redirectUris().isEmpty()) {
                item.add(field + ".redirectUris belong to the authorization_code grant only");
            }
            if (bearer) {
                count(field + ".authorizedTokenIssuers", g.authorizedTokenIssuers().size(), item);
                for (int j = 0; j < g.authorizedTokenIssuers().size(); j++) {
                    issuer(field + ".authorizedTokenIssuers[" + j + "]", g.authorizedTokenIssuers().get(j), item, names);
                }
            } else if (!g.authorizedTokenIssuers().isEmpty()) {
                item.add(field + ".authorizedTokenIssuers belong to the JWT bearer grant only");
            }
        }
    }

    private static void issuer(String field, ApplicationGrant.AuthorizedTokenIssuer issuer, Checks item, Names names) {
        if (item.required(field + ".trustedTokenIssuer", issuer.trustedTokenIssuer())) {
            names.check(item, new Reference(Category.TRUSTED_TOKEN_ISSUERS, field + ".trustedTokenIssuer",
                    issuer.trustedTokenIssuer()));
        }
        item.maxItems(field + ".authorizedAudiences", issuer.authorizedAudiences().size(), LIST_MAX,
                "the limit is " + LIST_MAX);
        for (int k = 0; k < issuer.authorizedAudiences().size(); k++) {
            String audience = issuer.authorizedAudiences().get(k);
            if (audience.isEmpty()) {
                item.add(field + ".authorizedAudiences[" + k + "] must not be empty");
            }
            item.maxLength(field + ".authorizedAudiences[" + k + "]", audience, AUDIENCE_MAX);
        }
    }

    static void accessScope(ApplicationAccessScope s, Checks item, Names names) {
        if (item.required("applicationName", s.applicationName())) {
            names.check(item, new Reference(Category.APPLICATIONS, "applicationName", s.applicationName()));
        }
        if (item.required("scope", s.scope()) && !SCOPE.matcher(s.scope()).matches()) {
            item.add("scope must be one to three parts of 1 to 50 letters, digits or _, joined by : (e.g. "
                    + "redshift:connect), not " + Checks.quote(s.scope()));
        }
        int targets = s.authorizedApplications().size() + (s.authorizesInstance() == null ? 0 : 1);
        item.maxItems("authorizedApplications", targets, LIST_MAX, "a scope has at most " + LIST_MAX
                + " authorized targets");
        for (int i = 0; i < s.authorizedApplications().size(); i++) {
            names.check(item, new Reference(Category.APPLICATIONS, "authorizedApplications[" + i + "]",
                    s.authorizedApplications().get(i)));
        }
    }

    private static void count(String field, int size, Checks item) {
        if (size == 0) {
            item.add(field + " is missing: the grant needs at least one");
        }
        item.maxItems(field, size, LIST_MAX, "the limit is " + LIST_MAX);
    }

    private static void oneOf(String field, String value, List<String> allowed, Checks item) {
        if (value != null && !allowed.contains(value)) {
            item.add(field + " must be " + String.join(" or ", allowed) + ", not " + Checks.quote(value));
        }
    }

    private static void url(String field, String value, Pattern pattern, Checks item) {
        if (value.length() > URL_MAX) {
            item.add(field + " is longer than " + URL_MAX + " characters");
        } else if (!pattern.matcher(value).matches()) {
            item.add(field + " must be an http or https URL, not " + Checks.quote(value));
        }
    }

    private static void path(String field, String value, Pattern pattern, String what, Checks item) {
        if (value.length() > PATH_MAX || !pattern.matcher(value).matches()) {
            item.add(field + " must be " + what + ", not " + Checks.quote(value));
        }
    }
}
