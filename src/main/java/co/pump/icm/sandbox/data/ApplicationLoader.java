package co.pump.icm.sandbox.data;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import co.pump.icm.model.MigratorException;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.sandbox.state.ApplicationAssignmentRecord;
import co.pump.icm.sandbox.state.ApplicationGrant;
import co.pump.icm.sandbox.state.SandboxApplication;
import co.pump.icm.sandbox.state.SandboxIds;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxTokenIssuer;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * Puts trusted token issuers and applications into an instance by natural keys: issues their ARNs
 * (naming the owning account, as AWS does) and resolves the names a seed uses (token issuers,
 * applications, users, groups) to ARNs and IDs. Applications are all made before any is set up, so
 * that access scopes may name applications seeded after them. Runs inside
 * {@code synchronized (world)}, after the instance's users and groups.
 */
final class ApplicationLoader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SandboxIds ids;
    private final SandboxInstance instance;
    private final Map<String, String> issuerArns = new HashMap<>();
    private final Map<String, String> applicationArns = new HashMap<>();

    ApplicationLoader(SandboxWorld world, SandboxInstance instance) {
        this.ids = world.ids();
        this.instance = instance;
        instance.trustedTokenIssuers.values().forEach(i -> issuerArns.put(i.name(), i.arn()));
        instance.applications.values().forEach(a -> applicationArns.put(a.name, a.arn));
    }

    void load(ScenarioApplications seeds) {
        for (TokenIssuerSeed seed : seeds.tokenIssuers()) {
            String arn = "arn:aws:sso::" + instance.ownerAccountId + ":trustedTokenIssuer/" + instance.instanceId()
                    + "/tti-" + ids.uuid();
            if (issuerArns.putIfAbsent(seed.name(), arn) != null) {
                throw MigratorException.badInput("The sandbox data has two trusted token issuers named \""
                        + seed.name() + "\"");
            }
            instance.trustedTokenIssuers.put(arn, new SandboxTokenIssuer(arn, instance.ownerAccountId, seed.name(),
                    seed.issuerUrl(), seed.claimAttributePath(), seed.identityStoreAttributePath(),
                    "OPEN_ID_DISCOVERY", seed.tags()));
        }
        List<SandboxApplication> made = new ArrayList<>();
        for (ApplicationSeed seed : seeds.applications()) {
            made.add(create(seed));
        }
        for (int i = 0; i < made.size(); i++) {
            setUp(made.get(i), seeds.applications().get(i));
        }
    }

    /** Creates one application, set up and assigned as its seed says; returns its ARN. */
    String loadOne(ApplicationSeed seed) {
        SandboxApplication app = create(seed);
        setUp(app, seed);
        return app.arn;
    }

    private SandboxApplication create(ApplicationSeed seed) {
        String account = seed.account() == null ? instance.ownerAccountId : seed.account();
        String arn = "arn:aws:sso::" + account + ":application/" + instance.instanceId() + "/apl-" + ids.hex(16);
        if (applicationArns.putIfAbsent(seed.name(), arn) != null) {
            throw MigratorException.badInput("The sandbox data has two applications named \"" + seed.name() + "\"");
        }
        var app = new SandboxApplication(arn, seed.providerArn(), account, epochSeconds(seed.createdAt()),
                instance.region);
        app.name = seed.name();
        app.description = seed.description();
        app.status = seed.status() == null ? "ENABLED" : seed.status();
        app.portal = seed.portal();
        app.tags.addAll(seed.tags());
        instance.applications.put(arn, app);
        return app;
    }

    private void setUp(SandboxApplication app, ApplicationSeed seed) {
        ApplicationSeed.Setup setup = seed.setup();
        app.assignmentRequired = setup.assignmentRequired();
        app.userBackgroundSessions = setup.userBackgroundSessions();
        if (!setup.redirectUris().isEmpty()) {
            grant(app, new ApplicationGrant.AuthorizationCode(setup.redirectUris()));
        }
        if (!setup.jwtBearer().isEmpty()) {
            var issuers = new ArrayList<ApplicationGrant.AuthorizedTokenIssuer>();
            setup.jwtBearer().forEach((name, audiences) ->
                    issuers.add(new ApplicationGrant.AuthorizedTokenIssuer(issuer(app, name), audiences)));
            grant(app, new ApplicationGrant.JwtBearer(issuers));
        }
        if (setup.refreshToken()) {
            grant(app, new ApplicationGrant.RefreshToken());
        }
        if (setup.tokenExchange()) {
            grant(app, new ApplicationGrant.TokenExchange());
        }
        setup.accessScopes().forEach((scope, targets) ->
                app.accessScopes.put(scope, targets.stream().map(t -> target(app, t)).toList()));
        if (setup.actorPolicy() != null) {
            try {
                app.authenticationMethods.put("IAM", JSON.readTree(setup.actorPolicy()));
            } catch (JsonProcessingException e) {
                throw MigratorException.badInput("The sandbox data gives application \"" + app.name
                        + "\" an actor policy that is not JSON");
            }
        }
        for (ApplicationSeed.Assignee assignee : seed.assignees()) {
            app.assignments.add(new ApplicationAssignmentRecord(assignee.type().name(), principal(app, assignee)));
        }
    }

    private static void grant(SandboxApplication app, ApplicationGrant grant) {
        app.grants.put(grant.type(), grant);
    }

    private String issuer(SandboxApplication app, String name) {
        return require(issuerArns.get(name), app, "trusted token issuer \"" + name + "\"");
    }

    private String target(SandboxApplication app, String name) {
        return require(applicationArns.get(name), app, "application \"" + name + "\" as an access scope target");
    }

    private String principal(SandboxApplication app, ApplicationSeed.Assignee assignee) {
        boolean user = assignee.type() == PrincipalType.USER;
        String id = user
                ? instance.users.entrySet().stream().filter(e -> e.getValue().userName().equals(assignee.name()))
                        .map(Map.Entry::getKey).findFirst().orElse(null)
                : instance.groups.entrySet().stream().filter(e -> e.getValue().displayName().equals(assignee.name()))
                        .map(Map.Entry::getKey).findFirst().orElse(null);
        return require(id, app, (user ? "user \"" : "group \"") + assignee.name() + "\"");
    }

    private static String require(String found, SandboxApplication app, String what) {
        if (found == null) {
            throw MigratorException.badInput("The sandbox data gives application \"" + app.name + "\" the " + what
                    + ", but there is no such one");
        }
        return found;
    }

    private double epochSeconds(String isoInstant) {
        if (isoInstant == null) {
            return instance.createdDate;
        }
        try {
            return Instant.parse(isoInstant).getEpochSecond();
        } catch (DateTimeParseException e) {
            return instance.createdDate;
        }
    }
}
