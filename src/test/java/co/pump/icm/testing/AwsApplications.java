package co.pump.icm.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.AwsTarget;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssoadmin.model.Grant;
import software.amazon.awssdk.services.ssoadmin.model.InstanceMetadata;
import software.amazon.awssdk.services.ssoadmin.model.ListApplicationsFilter;

/**
 * An independent reader of an instance's trusted token issuers and applications: plain AWS SDK
 * calls, none of icm's reading or conversion, every ARN and ID turned into the name of what it
 * points at, so that two instances' readings are equal when the same things are set up the same
 * way. The JSON has the shape {@code read_applications_by_name.py} prints from boto3 (test
 * resources), so that the two readers can be compared too:
 * <pre>
 * {"issuers": {NAME: {type, issuerUrl, claimAttributePath, identityStoreAttributePath, jwksRetrievalOption, tags}},
 *  "applications": {NAME: {provider, description, status, visibility, signInOrigin, signInUrl, tags,
 *                          assignmentRequired, grants: {TYPE: {redirectUris} | {trusts: {ISSUER: [audiences]}} | {}},
 *                          scopes: {SCOPE: [target names, "(instance)"]}, actorPolicy, userBackgroundSessions,
 *                          assignees: ["GROUP Finance", "USER ..."]}}}
 * </pre>
 * Absent values are left out.
 */
public final class AwsApplications {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AwsApplications() {
    }

    /**
     * Reads the instance the target administers; a delegated administrator lists the applications
     * of its own account (AWS requires the filter of member accounts).
     */
    public static ObjectNode read(AwsTarget target) {
        try (var clients = AwsClients.open(target, 4)) {
            SsoAdminClient sso = clients.ssoAdmin();
            InstanceMetadata instance = sso.listInstances(r -> { }).instances().get(0);
            String account = clients.sts().getCallerIdentity().account();
            String arn = instance.instanceArn();
            ObjectNode out = JSON.objectNode();

            Map<String, String> issuerNames = new HashMap<>();
            var issuers = new TreeMap<String, ObjectNode>();
            for (var listed : sso.listTrustedTokenIssuersPaginator(r -> r.instanceArn(arn)).trustedTokenIssuers()) {
                var d = sso.describeTrustedTokenIssuer(r -> r.trustedTokenIssuerArn(listed.trustedTokenIssuerArn()));
                var oidc = d.trustedTokenIssuerConfiguration().oidcJwtConfiguration();
                issuerNames.put(d.trustedTokenIssuerArn(), d.name());
                ObjectNode issuer = JSON.objectNode();
                put(issuer, "type", d.trustedTokenIssuerTypeAsString());
                put(issuer, "issuerUrl", oidc.issuerUrl());
                put(issuer, "claimAttributePath", oidc.claimAttributePath());
                put(issuer, "identityStoreAttributePath", oidc.identityStoreAttributePath());
                put(issuer, "jwksRetrievalOption", oidc.jwksRetrievalOptionAsString());
                issuer.set("tags", tags(sso, arn, d.trustedTokenIssuerArn()));
                issuers.put(d.name(), issuer);
            }
            issuers.forEach(out.putObject("issuers")::set);

            ListApplicationsFilter filter = account.equals(instance.ownerAccountId()) ? null
                    : ListApplicationsFilter.builder().applicationAccount(account).build();
            var listed = sso.listApplicationsPaginator(r -> r.instanceArn(arn).filter(filter)).applications()
                    .stream().toList();
            Map<String, String> appNames = new HashMap<>();
            listed.forEach(a -> appNames.put(a.applicationArn(), a.name()));
            var applications = new TreeMap<String, ObjectNode>();
            for (var a : listed) {
                String app = a.applicationArn();
                var d = sso.describeApplication(r -> r.applicationArn(app));
                ObjectNode node = JSON.objectNode();
                put(node, "provider", d.applicationProviderArn());
                put(node, "description", d.description());
                put(node, "status", d.statusAsString());
                var portal = d.portalOptions();
                var signIn = portal == null ? null : portal.signInOptions();
                put(node, "visibility", portal == null ? null : portal.visibilityAsString());
                put(node, "signInOrigin", signIn == null ? null : signIn.originAsString());
                put(node, "signInUrl", signIn == null ? null : signIn.applicationUrl());
                node.set("tags", tags(sso, arn, app));
                node.put("assignmentRequired",
                        sso.getApplicationAssignmentConfiguration(r -> r.applicationArn(app)).assignmentRequired());
                var grants = new TreeMap<String, ObjectNode>();
                sso.listApplicationGrantsPaginator(r -> r.applicationArn(app)).grants()
                        .forEach(g -> grants.put(g.grantTypeAsString(), grant(g.grant(), issuerNames)));
                grants.forEach(node.putObject("grants")::set);
                var scopes = new TreeMap<String, JsonNode>();
                for (var s : sso.listApplicationAccessScopesPaginator(r -> r.applicationArn(app)).scopes()) {
                    var targets = JSON.arrayNode();
                    s.authorizedTargets().stream().map(t -> t.equals(arn) ? "(instance)" : appNames.getOrDefault(t, t))
                            .sorted().forEach(targets::add);
                    scopes.put(s.scope(), targets);
                }
                scopes.forEach(node.putObject("scopes")::set);
                for (var m : sso.listApplicationAuthenticationMethodsPaginator(r -> r.applicationArn(app))
                        .authenticationMethods()) {
                    node.set("actorPolicy", node(m.authenticationMethod().iam().actorPolicy()));
                }
                put(node, "userBackgroundSessions", sso.getApplicationSessionConfiguration(r -> r.applicationArn(app))
                        .userBackgroundSessionApplicationStatusAsString());
                var assignees = new TreeSet<String>();
                sso.listApplicationAssignmentsPaginator(r -> r.applicationArn(app)).applicationAssignments()
                        .forEach(x -> assignees.add(x.principalTypeAsString() + " " + principal(clients,
                                instance.identityStoreId(), x.principalTypeAsString(), x.principalId())));
                assignees.forEach(node.putArray("assignees")::add);
                applications.put(d.name(), node);
            }
            applications.forEach(out.putObject("applications")::set);
            return out;
        }
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static ObjectNode tags(SsoAdminClient sso, String instanceArn, String resource) {
        var tags = new TreeMap<String, String>();
        sso.listTagsForResourcePaginator(r -> r.instanceArn(instanceArn).resourceArn(resource)).tags()
                .forEach(t -> tags.put(t.key(), t.value()));
        ObjectNode out = JSON.objectNode();
        tags.forEach(out::put);
        return out;
    }

    private static ObjectNode grant(Grant g, Map<String, String> issuers) {
        ObjectNode out = JSON.objectNode();
        if (g.authorizationCode() != null) {
            g.authorizationCode().redirectUris().forEach(out.putArray("redirectUris")::add);
        } else if (g.jwtBearer() != null) {
            var trusted = new TreeMap<String, JsonNode>();
            g.jwtBearer().authorizedTokenIssuers().forEach(i -> {
                var audiences = JSON.arrayNode();
                i.authorizedAudiences().forEach(audiences::add);
                trusted.put(issuers.getOrDefault(i.trustedTokenIssuerArn(), i.trustedTokenIssuerArn()), audiences);
            });
            trusted.forEach(out.putObject("trusts")::set);
        }
        return out;
    }

    private static String principal(AwsClients clients, String store, String type, String id) {
        return "GROUP".equals(type)
                ? clients.identityStore().describeGroup(r -> r.identityStoreId(store).groupId(id)).displayName()
                : clients.identityStore().describeUser(r -> r.identityStoreId(store).userId(id)).userName();
    }

    private static JsonNode node(Document d) {
        if (d == null || d.isNull()) {
            return JSON.nullNode();
        }
        if (d.isMap()) {
            ObjectNode out = JSON.objectNode();
            d.asMap().forEach((k, v) -> out.set(k, node(v)));
            return out;
        }
        if (d.isList()) {
            var out = JSON.arrayNode();
            d.asList().forEach(v -> out.add(node(v)));
            return out;
        }
        if (d.isNumber()) {
            return JSON.numberNode(d.asNumber().bigDecimalValue());
        }
        if (d.isBoolean()) {
            return JSON.booleanNode(d.asBoolean());
        }
        return JSON.textNode(d.asString());
    }
}
