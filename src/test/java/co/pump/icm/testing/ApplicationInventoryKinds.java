package co.pump.icm.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import software.amazon.awssdk.services.ssoadmin.model.Grant;

/**
 * The test-side reader's trusted token issuers, applications, their access scopes and their
 * assignments: plain AWS SDK calls (list, then describe and the Get/List of each part), every ARN
 * and ID written as the name of what it points at, so that two instances read the same when the
 * same things are set up the same way. Application ARNs, accounts and creation times identify an
 * application in one instance and are not compared.
 */
final class ApplicationInventoryKinds {

    /** What an instance is authorized as when an access scope names it: a target, but no application. */
    static final String INSTANCE = "(the instance)";

    private ApplicationInventoryKinds() {
    }

    /** Token issuers by name, with their OIDC JWT configuration and tags. */
    static final class TokenIssuers implements InventoryKind {
        @Override
        public String name() {
            return InventoryKinds.TOKEN_ISSUERS;
        }

        @Override
        public List<Inventory.Item> read(InstanceView instance) {
            var items = new ArrayList<Inventory.Item>();
            var admin = instance.ssoAdmin();
            admin.listTrustedTokenIssuersPaginator(r -> r.instanceArn(instance.instanceArn())).trustedTokenIssuers()
                    .forEach(listed -> {
                        var issuer = admin.describeTrustedTokenIssuer(r -> r
                                .trustedTokenIssuerArn(listed.trustedTokenIssuerArn()));
                        var fields = new TreeMap<String, Object>();
                        put(fields, "Type", issuer.trustedTokenIssuerTypeAsString());
                        fields.putAll(SdkValues.members(issuer.trustedTokenIssuerConfiguration().oidcJwtConfiguration(),
                                Set.of()));
                        put(fields, "Tags", tags(instance, issuer.trustedTokenIssuerArn()));
                        items.add(InventoryKinds.item(issuer.name(), fields));
                    });
            return items;
        }

        @Override
        public List<Inventory.Item> fromSnapshot(JsonNode snapshot) {
            var items = new ArrayList<Inventory.Item>();
            snapshot.path("trustedTokenIssuers").forEach(i -> {
                var fields = new TreeMap<String, Object>();
                put(fields, "Type", text(i, "type"));
                put(fields, "IssuerUrl", text(i, "issuerUrl"));
                put(fields, "ClaimAttributePath", text(i, "claimAttributePath"));
                put(fields, "IdentityStoreAttributePath", text(i, "identityStoreAttributePath"));
                put(fields, "JwksRetrievalOption", text(i, "jwksRetrievalOption"));
                put(fields, "Tags", tags(i.path("tags")));
                items.add(InventoryKinds.item(text(i, "name"), fields));
            });
            return items;
        }
    }

    /**
     * Applications by name: their provider, how they show in the portal, their status and tags,
     * whether an assignment is required, their grants (token issuers by name), the IAM actor policy
     * and the user background session setting.
     */
    static final class Applications implements InventoryKind {
        @Override
        public String name() {
            return InventoryKinds.APPLICATIONS;
        }

        @Override
        public List<Inventory.Item> read(InstanceView instance) {
            var items = new ArrayList<Inventory.Item>();
            var admin = instance.ssoAdmin();
            instance.applicationNames().forEach((arn, name) -> {
                var app = admin.describeApplication(r -> r.applicationArn(arn));
                var fields = new TreeMap<String, Object>();
                put(fields, "Provider", app.applicationProviderArn());
                put(fields, "Description", app.description());
                put(fields, "Status", app.statusAsString());
                if (app.portalOptions() != null) {
                    put(fields, "Visibility", app.portalOptions().visibilityAsString());
                    var signIn = app.portalOptions().signInOptions();
                    if (signIn != null) {
                        put(fields, "SignInOrigin", signIn.originAsString());
                        put(fields, "SignInUrl", signIn.applicationUrl());
                    }
                }
                put(fields, "Tags", tags(instance, arn));
                put(fields, "AssignmentRequired", admin.getApplicationAssignmentConfiguration(r -> r
                        .applicationArn(arn)).assignmentRequired());
                var grants = new TreeMap<String, Object>();
                admin.listApplicationGrantsPaginator(r -> r.applicationArn(arn)).grants()
                        .forEach(g -> grants.put(g.grantTypeAsString(), grant(g.grant(), instance.tokenIssuerNames())));
                put(fields, "Grants", grants);
                admin.listApplicationAuthenticationMethodsPaginator(r -> r.applicationArn(arn)).authenticationMethods()
                        .forEach(m -> put(fields, "ActorPolicy",
                                SdkValues.plain(m.authenticationMethod().iam().actorPolicy(), Set.of())));
                put(fields, "UserBackgroundSessions", admin.getApplicationSessionConfiguration(r -> r
                        .applicationArn(arn)).userBackgroundSessionApplicationStatusAsString());
                items.add(InventoryKinds.item(name, fields));
            });
            return items;
        }

        @Override
        public List<Inventory.Item> fromSnapshot(JsonNode snapshot) {
            var items = new ArrayList<Inventory.Item>();
            snapshot.path("applications").forEach(a -> {
                var fields = new TreeMap<String, Object>();
                put(fields, "Provider", text(a, "providerArn"));
                put(fields, "Description", text(a, "description"));
                put(fields, "Status", text(a, "status"));
                put(fields, "Visibility", text(a, "visibility"));
                put(fields, "SignInOrigin", text(a, "signInOrigin"));
                put(fields, "SignInUrl", text(a, "signInUrl"));
                put(fields, "Tags", tags(a.path("tags")));
                if (a.hasNonNull("assignmentRequired")) {
                    fields.put("AssignmentRequired", a.get("assignmentRequired").asBoolean());
                }
                var grants = new TreeMap<String, Object>();
                a.path("grants").forEach(g -> {
                    var contents = new TreeMap<String, Object>();
                    var uris = new ArrayList<Object>();
                    g.path("redirectUris").forEach(u -> uris.add(u.asText()));
                    put(contents, "RedirectUris", SdkValues.plain(uris, Set.of()));
                    var trusts = new TreeMap<String, Object>();
                    g.path("authorizedTokenIssuers").forEach(i -> {
                        var audiences = new ArrayList<Object>();
                        i.path("authorizedAudiences").forEach(x -> audiences.add(x.asText()));
                        trusts.put(text(i, "trustedTokenIssuer"), SdkValues.plain(audiences, Set.of()));
                    });
                    put(contents, "Trusts", trusts);
                    grants.put(text(g, "type"), contents);
                });
                put(fields, "Grants", grants);
                put(fields, "ActorPolicy", SdkValues.policy(text(a, "iamActorPolicy")));
                put(fields, "UserBackgroundSessions", text(a, "userBackgroundSessions"));
                items.add(InventoryKinds.item(text(a, "name"), fields));
            });
            return items;
        }

        /** One grant's contents as the snapshot keeps them: redirect URIs, or token issuers by name with audiences. */
        private static Map<String, Object> grant(Grant grant, Map<String, String> issuerNames) {
            var contents = new TreeMap<String, Object>();
            if (grant.authorizationCode() != null) {
                put(contents, "RedirectUris", SdkValues.plain(grant.authorizationCode().redirectUris(), Set.of()));
            }
            if (grant.jwtBearer() != null) {
                var trusts = new TreeMap<String, Object>();
                grant.jwtBearer().authorizedTokenIssuers().forEach(i -> trusts.put(
                        issuerNames.getOrDefault(i.trustedTokenIssuerArn(), "unknown " + i.trustedTokenIssuerArn()),
                        SdkValues.plain(i.authorizedAudiences(), Set.of())));
                put(contents, "Trusts", trusts);
            }
            return contents;
        }
    }

    /** Access scopes as {@code application / scope}, with the applications they authorize, by name. */
    static final class AccessScopes implements InventoryKind {
        @Override
        public String name() {
            return InventoryKinds.ACCESS_SCOPES;
        }

        @Override
        public List<Inventory.Item> read(InstanceView instance) {
            var items = new ArrayList<Inventory.Item>();
            instance.applicationNames().forEach((arn, name) -> instance.ssoAdmin()
                    .listApplicationAccessScopesPaginator(r -> r.applicationArn(arn)).scopes().forEach(s -> {
                        var targets = new ArrayList<Object>();
                        s.authorizedTargets().forEach(t -> targets.add(t.equals(instance.instanceArn()) ? INSTANCE
                                : instance.applicationNames().getOrDefault(t, "unknown " + t)));
                        items.add(scope(name, s.scope(), targets));
                    }));
            return items;
        }

        @Override
        public List<Inventory.Item> fromSnapshot(JsonNode snapshot) {
            var items = new ArrayList<Inventory.Item>();
            snapshot.path("applicationAccessScopes").forEach(s -> {
                var targets = new ArrayList<Object>();
                s.path("authorizedApplications").forEach(t -> targets.add(t.asText()));
                if (s.path("authorizesInstance").asBoolean(false)) {
                    targets.add(INSTANCE);
                }
                items.add(scope(text(s, "applicationName"), text(s, "scope"), targets));
            });
            return items;
        }

        private static Inventory.Item scope(String application, String scope, List<Object> targets) {
            var fields = new TreeMap<String, Object>();
            put(fields, "AuthorizedTargets", SdkValues.plain(targets, Set.of()));
            return InventoryKinds.item(key(application, scope), fields);
        }

        static String key(String application, String scope) {
            return application + " / " + scope;
        }

        /** The application an access scope item's key names. */
        static String application(Inventory.Item scope) {
            return scope.key().substring(0, scope.key().lastIndexOf(" / "));
        }
    }

    /** Application assignments as {@code application / USER|GROUP name}. */
    static final class Assignments implements InventoryKind {
        @Override
        public String name() {
            return InventoryKinds.APPLICATION_ASSIGNMENTS;
        }

        @Override
        public List<Inventory.Item> read(InstanceView instance) {
            var items = new ArrayList<Inventory.Item>();
            instance.applicationNames().forEach((arn, name) -> instance.ssoAdmin()
                    .listApplicationAssignmentsPaginator(r -> r.applicationArn(arn)).applicationAssignments()
                    .forEach(a -> items.add(InventoryKinds.item(key(name, a.principalTypeAsString(),
                            instance.principalName(a.principalTypeAsString(), a.principalId())), Map.of()))));
            return items;
        }

        @Override
        public List<Inventory.Item> fromSnapshot(JsonNode snapshot) {
            var items = new ArrayList<Inventory.Item>();
            snapshot.path("applicationAssignments").forEach(a -> items.add(InventoryKinds.item(key(
                    text(a, "applicationName"), text(a, "principalType"), text(a, "principalName")), Map.of())));
            return items;
        }

        static String key(String application, String principalType, String principal) {
            return application + " / " + principalType + " " + principal;
        }

        /** The application an assignment item's key names. */
        static String application(Inventory.Item assignment) {
            return assignment.key().substring(0, assignment.key().lastIndexOf(" / "));
        }

        /** The principal an assignment item's key names, as {@code USER name} or {@code GROUP name}. */
        static String principal(Inventory.Item assignment) {
            return assignment.key().substring(assignment.key().lastIndexOf(" / ") + 3);
        }
    }

    /** An application of the source that only the console makes: no import creates it. */
    static boolean onlyTheConsoleMakes(Inventory.Item application) {
        return !CUSTOM_OAUTH.equals(application.fields().get("Provider"));
    }

    /** The one provider CreateApplication accepts (see docs/aws-behaviour.md, applications). */
    static final String CUSTOM_OAUTH = "arn:aws:sso::aws:applicationProvider/custom";

    private static Map<String, Object> tags(InstanceView instance, String resourceArn) {
        var tags = new TreeMap<String, Object>();
        instance.ssoAdmin().listTagsForResourcePaginator(r -> r.instanceArn(instance.instanceArn())
                .resourceArn(resourceArn)).tags().forEach(t -> tags.put(t.key(), t.value()));
        return tags;
    }

    private static Map<String, Object> tags(JsonNode tags) {
        var out = new TreeMap<String, Object>();
        tags.forEach(t -> out.put(t.path("key").asText(), t.path("value").asText()));
        return out;
    }

    private static void put(Map<String, Object> fields, String name, Object value) {
        if (value != null && !(value instanceof List<?> list && list.isEmpty())
                && !(value instanceof Map<?, ?> map && map.isEmpty())) {
            fields.put(name, value);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
