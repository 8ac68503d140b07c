package co.pump.icm.sandbox.ssoadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import co.pump.icm.aws.signin.PermissionPolicy;
import co.pump.icm.model.Group;
import co.pump.icm.model.Origin;
import co.pump.icm.sandbox.CallRecord;
import co.pump.icm.sandbox.Clients;
import co.pump.icm.sandbox.Sandbox;
import co.pump.icm.sandbox.SandboxOptions;
import co.pump.icm.sandbox.data.ApplicationSeed;
import co.pump.icm.sandbox.data.ConsoleApplications;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.sandbox.data.SandboxSeeder;
import co.pump.icm.sandbox.data.SeededWorld;
import co.pump.icm.sandbox.state.ApplicationKind;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxWorld;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssoadmin.model.AuthenticationMethodType;
import software.amazon.awssdk.services.ssoadmin.model.GrantType;
import software.amazon.awssdk.services.ssoadmin.model.PrincipalType;

/**
 * The documented import policy allows everything carrying applications and trusted token issuers
 * into the new organization takes, as its delegated administrator: every call below is answered,
 * none is denied, and every action called is in the policy.
 */
class ImportPolicyApplicationsTest {

    private final SandboxWorld world = new SandboxWorld(3);
    private final SeededWorld seeded = SandboxSeeder.seed(world, DemoData.scenario());
    private final Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(world));

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void theImportPolicyCoversEveryApplicationAndIssuerOperationItNeeds() {
        SandboxInstance target = world.instances.get(seeded.targetInstanceArn());
        String groupId;
        synchronized (world) {
            world.policies.put(seeded.target().accessKeyId(), PermissionPolicy.IMPORT.actions());
            groupId = world.ids().resourceId(target.identityStoreId);
            target.groups.put(groupId, new Group("Finance", null, List.of(), Origin.of(groupId)));
        }
        String grafana = ConsoleApplications.recreate(world, target.arn, new ApplicationSeed("Grafana",
                ApplicationKind.CUSTOM_SAML_PROVIDER, DemoData.TARGET_DELEGATED_ADMIN, null, "ENABLED", null, null,
                List.of(), null, List.of()));
        String instance = target.arn;
        try (SsoAdminClient sso = Clients.ssoAdmin(sandbox, seeded.target(), DemoData.TARGET_REGION)) {
            String issuer = sso.createTrustedTokenIssuer(r -> r.instanceArn(instance).name("Okta")
                    .trustedTokenIssuerType("OIDC_JWT").trustedTokenIssuerConfiguration(c -> c.oidcJwtConfiguration(o -> o
                            .issuerUrl("https://login.larkspur.example/oauth2/default").claimAttributePath("email")
                            .identityStoreAttributePath("emails.value").jwksRetrievalOption("OPEN_ID_DISCOVERY"))))
                    .trustedTokenIssuerArn();
            sso.updateTrustedTokenIssuer(r -> r.trustedTokenIssuerArn(issuer).name("Okta-Prod"));
            sso.describeTrustedTokenIssuer(r -> r.trustedTokenIssuerArn(issuer));
            sso.listTrustedTokenIssuers(r -> r.instanceArn(instance));

            String app = sso.createApplication(r -> r.instanceArn(instance).name("Analytics")
                    .applicationProviderArn(ApplicationKind.CUSTOM_OAUTH_PROVIDER)).applicationArn();
            sso.updateApplication(r -> r.applicationArn(app).description("Analytics"));
            sso.describeApplication(r -> r.applicationArn(app));
            sso.listApplications(r -> r.instanceArn(instance).filter(f -> f.applicationAccount(
                    DemoData.TARGET_DELEGATED_ADMIN)));
            sso.describeApplicationProvider(r -> r.applicationProviderArn(ApplicationKind.CUSTOM_SAML_PROVIDER));
            sso.putApplicationGrant(r -> r.applicationArn(app).grantType(GrantType.URN_IETF_PARAMS_OAUTH_GRANT_TYPE_JWT_BEARER)
                    .grant(g -> g.jwtBearer(j -> j.authorizedTokenIssuers(i -> i.trustedTokenIssuerArn(issuer)))));
            sso.listApplicationGrants(r -> r.applicationArn(app));
            sso.putApplicationAccessScope(r -> r.applicationArn(app).scope("redshift:connect"));
            sso.listApplicationAccessScopes(r -> r.applicationArn(app));
            sso.putApplicationAuthenticationMethod(r -> r.applicationArn(app)
                    .authenticationMethodType(AuthenticationMethodType.IAM).authenticationMethod(m -> m.iam(i -> i
                            .actorPolicy(Document.mapBuilder().putString("Version", "2012-10-17").build()))));
            sso.listApplicationAuthenticationMethods(r -> r.applicationArn(app));
            sso.putApplicationSessionConfiguration(r -> r.applicationArn(app)
                    .userBackgroundSessionApplicationStatus("ENABLED"));
            sso.getApplicationSessionConfiguration(r -> r.applicationArn(app));
            sso.putApplicationAssignmentConfiguration(r -> r.applicationArn(app).assignmentRequired(false));
            sso.getApplicationAssignmentConfiguration(r -> r.applicationArn(app));
            for (String arn : List.of(app, grafana)) {
                sso.createApplicationAssignment(r -> r.applicationArn(arn).principalType(PrincipalType.GROUP)
                        .principalId(groupId));
                sso.listApplicationAssignments(r -> r.applicationArn(arn));
            }
            sso.tagResource(r -> r.resourceArn(app).tags(t -> t.key("k").value("v")));
            sso.untagResource(r -> r.resourceArn(app).tagKeys("k"));
            sso.listTagsForResource(r -> r.resourceArn(issuer));

            // Undoing the import.
            sso.deleteApplicationAssignment(r -> r.applicationArn(grafana).principalType(PrincipalType.GROUP)
                    .principalId(groupId));
            sso.deleteApplicationGrant(r -> r.applicationArn(app)
                    .grantType(GrantType.URN_IETF_PARAMS_OAUTH_GRANT_TYPE_JWT_BEARER));
            sso.deleteApplicationAccessScope(r -> r.applicationArn(app).scope("redshift:connect"));
            sso.deleteApplicationAuthenticationMethod(r -> r.applicationArn(app)
                    .authenticationMethodType(AuthenticationMethodType.IAM));
            sso.deleteApplication(r -> r.applicationArn(app));
            sso.deleteTrustedTokenIssuer(r -> r.trustedTokenIssuerArn(issuer));
        }
        List<CallRecord> calls = sandbox.calls().records();
        assertThat(calls).filteredOn(c -> c.error() != null).isEmpty();
        Set<String> called = new TreeSet<>();
        calls.forEach(c -> called.add("sso:" + c.operation()));
        assertThat(PermissionPolicy.IMPORT.actions()).containsAll(called);
        assertThat(called).hasSize(30);
    }
}
