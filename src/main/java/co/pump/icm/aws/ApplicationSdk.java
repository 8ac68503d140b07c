package co.pump.icm.aws;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.model.Application;
import co.pump.icm.model.ApplicationGrant;
import co.pump.icm.model.Tag;
import co.pump.icm.model.TrustedTokenIssuer;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.ssoadmin.model.AuthorizedTokenIssuer;
import software.amazon.awssdk.services.ssoadmin.model.DescribeTrustedTokenIssuerResponse;
import software.amazon.awssdk.services.ssoadmin.model.Grant;
import software.amazon.awssdk.services.ssoadmin.model.GrantItem;
import software.amazon.awssdk.services.ssoadmin.model.PortalOptions;
import software.amazon.awssdk.services.ssoadmin.model.SignInOptions;

/**
 * Converts applications, their grants and trusted token issuers between the AWS SDK's shapes and
 * the model, where token issuers and applications are named instead of referred to by ARN.
 */
final class ApplicationSdk {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApplicationSdk() {
    }

    /** An application as ListApplications lists it, with its setup still to be read. */
    static Application application(software.amazon.awssdk.services.ssoadmin.model.Application a) {
        var portal = a.portalOptions();
        var signIn = portal == null ? null : portal.signInOptions();
        return new Application(a.applicationArn(), a.name(), a.description(), a.statusAsString(),
                a.applicationAccount(), a.applicationProviderArn(),
                portal == null ? null : portal.visibilityAsString(),
                signIn == null ? null : signIn.originAsString(),
                signIn == null ? null : signIn.applicationUrl(),
                SdkToModel.iso(a.createdDate()));
    }

    /** The portal options CreateApplication takes: visibility and where sign-in starts. */
    static PortalOptions portal(Application a) {
        if (a.visibility() == null && a.signInOrigin() == null) {
            return null;
        }
        return PortalOptions.builder().visibility(a.visibility()).signInOptions(signIn(a)).build();
    }

    /** Where sign-in starts, or null when the application does not say. */
    static SignInOptions signIn(Application a) {
        return a.signInOrigin() == null ? null
                : SignInOptions.builder().origin(a.signInOrigin()).applicationUrl(a.signInUrl()).build();
    }

    static List<software.amazon.awssdk.services.ssoadmin.model.Tag> tags(List<Tag> tags) {
        return ModelToSdk.orNull(tags.stream().map(ModelToSdk::tag).toList());
    }

    /**
     * A grant as ListApplicationGrants returns it, with token issuers named.
     *
     * @param issuerNames token issuer ARN → name; an ARN without a name stays as it is
     */
    static ApplicationGrant grant(GrantItem item, Map<String, String> issuerNames) {
        Grant g = item.grant();
        List<String> redirectUris = g != null && g.authorizationCode() != null
                && g.authorizationCode().hasRedirectUris() ? g.authorizationCode().redirectUris() : List.of();
        var issuers = new ArrayList<ApplicationGrant.AuthorizedTokenIssuer>();
        if (g != null && g.jwtBearer() != null && g.jwtBearer().hasAuthorizedTokenIssuers()) {
            for (AuthorizedTokenIssuer i : g.jwtBearer().authorizedTokenIssuers()) {
                issuers.add(new ApplicationGrant.AuthorizedTokenIssuer(
                        issuerNames.getOrDefault(i.trustedTokenIssuerArn(), i.trustedTokenIssuerArn()),
                        i.hasAuthorizedAudiences() ? i.authorizedAudiences() : List.of()));
            }
        }
        return new ApplicationGrant(item.grantTypeAsString(), redirectUris, issuers);
    }

    /**
     * The {@code Grant} union PutApplicationGrant takes: the one member its type names.
     *
     * @param issuerArns token issuer name → its ARN in the instance written to
     */
    static Grant grant(ApplicationGrant g, Map<String, String> issuerArns) {
        return switch (g.type()) {
            case ApplicationGrant.AUTHORIZATION_CODE -> Grant.fromAuthorizationCode(c -> c.redirectUris(g.redirectUris()));
            case ApplicationGrant.REFRESH_TOKEN -> Grant.fromRefreshToken(r -> { });
            case ApplicationGrant.TOKEN_EXCHANGE -> Grant.fromTokenExchange(t -> { });
            case ApplicationGrant.JWT_BEARER -> Grant.fromJwtBearer(b -> b.authorizedTokenIssuers(
                    g.authorizedTokenIssuers().stream().map(i -> AuthorizedTokenIssuer.builder()
                            .trustedTokenIssuerArn(issuerArns.get(i.trustedTokenIssuer()))
                            .authorizedAudiences(ModelToSdk.orNull(i.authorizedAudiences())).build()).toList()));
            default -> throw new IllegalArgumentException("Unknown grant type " + g.type());
        };
    }

    static TrustedTokenIssuer tokenIssuer(DescribeTrustedTokenIssuerResponse r, List<Tag> tags) {
        var configuration = r.trustedTokenIssuerConfiguration();
        var oidc = configuration == null ? null : configuration.oidcJwtConfiguration();
        return new TrustedTokenIssuer(r.name(), r.trustedTokenIssuerTypeAsString(),
                oidc == null ? null : oidc.issuerUrl(), oidc == null ? null : oidc.claimAttributePath(),
                oidc == null ? null : oidc.identityStoreAttributePath(),
                oidc == null ? null : oidc.jwksRetrievalOptionAsString(), tags,
                co.pump.icm.model.Origin.of(r.trustedTokenIssuerArn()));
    }

    /** A JSON document (an actor policy) as the SDK's document type. */
    static Document document(String json) {
        try {
            return document(JSON.readTree(json));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("The actor policy is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static Document document(JsonNode node) {
        if (node.isObject()) {
            var members = new LinkedHashMap<String, Document>();
            node.fields().forEachRemaining(e -> members.put(e.getKey(), document(e.getValue())));
            return Document.fromMap(members);
        }
        if (node.isArray()) {
            var elements = new ArrayList<Document>();
            node.forEach(e -> elements.add(document(e)));
            return Document.fromList(elements);
        }
        if (node.isNumber()) {
            return Document.fromNumber(node.decimalValue());
        }
        if (node.isBoolean()) {
            return Document.fromBoolean(node.booleanValue());
        }
        return node.isNull() ? Document.fromNull() : Document.fromString(node.asText());
    }

    /** The SDK's document as compact JSON text. */
    static String json(Document document) {
        try {
            return JSON.writeValueAsString(node(document));
        } catch (JacksonException e) {
            throw new IllegalStateException("A document always serialises", e);
        }
    }

    private static JsonNode node(Document d) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (d == null || d.isNull()) {
            return f.nullNode();
        }
        if (d.isMap()) {
            ObjectNode out = f.objectNode();
            d.asMap().forEach((k, v) -> out.set(k, node(v)));
            return out;
        }
        if (d.isList()) {
            ArrayNode out = f.arrayNode();
            d.asList().forEach(v -> out.add(node(v)));
            return out;
        }
        if (d.isNumber()) {
            BigDecimal n = d.asNumber().bigDecimalValue();
            return f.numberNode(n);
        }
        if (d.isBoolean()) {
            return f.booleanNode(d.asBoolean());
        }
        return f.textNode(d.asString());
    }
}
