package co.pump.icm.sandbox.ssoadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import co.pump.icm.model.Group;
import co.pump.icm.model.Origin;
import co.pump.icm.sandbox.Clients;
import co.pump.icm.sandbox.Sandbox;
import co.pump.icm.sandbox.SandboxOptions;
import co.pump.icm.sandbox.state.SandboxCredential;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssoadmin.model.AccessDeniedException;
import software.amazon.awssdk.services.ssoadmin.model.ApplicationAssignment;
import software.amazon.awssdk.services.ssoadmin.model.AuthenticationMethodType;
import software.amazon.awssdk.services.ssoadmin.model.ConflictException;
import software.amazon.awssdk.services.ssoadmin.model.DescribeApplicationResponse;
import software.amazon.awssdk.services.ssoadmin.model.FederationProtocol;
import software.amazon.awssdk.services.ssoadmin.model.GrantType;
import software.amazon.awssdk.services.ssoadmin.model.PrincipalType;
import software.amazon.awssdk.services.ssoadmin.model.ResourceNotFoundException;
import software.amazon.awssdk.services.ssoadmin.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.ssoadmin.model.SignInOrigin;
import software.amazon.awssdk.services.ssoadmin.model.UserBackgroundSessionApplicationStatus;
import software.amazon.awssdk.services.ssoadmin.model.ValidationException;

/**
 * Every application and trusted token issuer operation through the production SDK client over
 * HTTP: the SDK's shapes, unions, documents and paginators read what the sandbox answers, and its
 * typed exceptions carry the sandbox's messages.
 */
class SsoAdminApplicationSdkTest {

    private final ApplicationFixture apps = new ApplicationFixture();
    private final SsoAdminFixture fx = apps.fx;
    private Sandbox sandbox;
    private SsoAdminClient management;
    private SsoAdminClient delegated;
    private String instanceArn;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(fx.world).withAssignmentDelay(SsoAdminFixture.DELAY));
        management = client(fx.credential(fx.management));
        delegated = client(fx.credential(fx.delegated));
        instanceArn = fx.instance.arn;
    }

    @AfterEach
    void stop() {
        management.close();
        delegated.close();
        sandbox.close();
        assertThat(sandbox.stats().internalFailures()).as("sandbox bugs").isEmpty();
    }

    private SsoAdminClient client(SandboxCredential credential) {
        return Clients.ssoAdmin(sandbox, credential, fx.instance.region);
    }

    private String createApplication(SsoAdminClient client, String name) {
        return client.createApplication(r -> r.instanceArn(instanceArn).name(name)
                .applicationProviderArn(ApplicationFixture.CUSTOM)).applicationArn();
    }

    @Test
    void anApplicationRoundTripsThroughTheSdkShapes() {
        var created = management.createApplication(r -> r.instanceArn(instanceArn).name("Wiki").description("Docs")
                .applicationProviderArn(ApplicationFixture.CUSTOM).status("ENABLED")
                .portalOptions(p -> p.visibility("ENABLED").signInOptions(s -> s.origin(SignInOrigin.APPLICATION)
                        .applicationUrl("https://wiki.example.com")))
                .tags(t -> t.key("team").value("docs")));
        assertThat(created.instanceArn()).isEqualTo(instanceArn);
        assertThat(created.identityStoreArn()).endsWith(":identitystore/" + fx.instance.identityStoreId);
        String arn = created.applicationArn();

        DescribeApplicationResponse app = management.describeApplication(r -> r.applicationArn(arn));
        assertThat(app.name()).isEqualTo("Wiki");
        assertThat(app.applicationAccount()).isEqualTo(SsoAdminFixture.MANAGEMENT);
        assertThat(app.createdDate()).isEqualTo(Instant.ofEpochMilli(SsoAdminFixture.START));
        assertThat(app.createdFrom()).isEqualTo("eu-west-1");
        assertThat(app.portalOptions().signInOptions().origin()).isEqualTo(SignInOrigin.APPLICATION);
        assertThat(app.portalOptions().visibilityAsString()).isEqualTo("ENABLED");

        management.updateApplication(r -> r.applicationArn(arn).name("Handbook").status("DISABLED")
                .portalOptions(p -> p.signInOptions(s -> s.origin(SignInOrigin.IDENTITY_CENTER))));
        assertThat(management.listApplications(r -> r.instanceArn(instanceArn)).applications()).singleElement()
                .satisfies(a -> {
                    assertThat(a.name()).isEqualTo("Handbook");
                    assertThat(a.statusAsString()).isEqualTo("DISABLED");
                    assertThat(a.portalOptions().signInOptions().origin()).isEqualTo(SignInOrigin.IDENTITY_CENTER);
                });
        assertThat(management.listTagsForResource(r -> r.resourceArn(arn)).tags()).singleElement()
                .satisfies(t -> assertThat(t.key() + "=" + t.value()).isEqualTo("team=docs"));
        management.tagResource(r -> r.resourceArn(arn).tags(t -> t.key("env").value("prod")));
        management.untagResource(r -> r.resourceArn(arn).tagKeys("team"));
        assertThat(management.listTagsForResource(r -> r.resourceArn(arn)).tags())
                .extracting(t -> t.key()).containsExactly("env");

        management.deleteApplication(r -> r.applicationArn(arn));
        ResourceNotFoundException gone = catchThrowableOfType(ResourceNotFoundException.class,
                () -> management.describeApplication(r -> r.applicationArn(arn)));
        assertThat(gone.awsErrorDetails().errorMessage()).isEqualTo("The application with arn '" + arn
                + "' does not exist.");
    }

    @Test
    void theSdkReadsTheRefusals() {
        ValidationException saml = catchThrowableOfType(ValidationException.class,
                () -> management.createApplication(r -> r.instanceArn(instanceArn).name("Grafana")
                        .applicationProviderArn(ApplicationFixture.CUSTOM_SAML)));
        assertThat(saml.awsErrorDetails().errorMessage()).isEqualTo("The application provider with arn '"
                + ApplicationFixture.CUSTOM_SAML + "' is not supported for this action.");
        assertThat(saml.statusCode()).isEqualTo(400);

        createApplication(management, "Wiki");
        ConflictException duplicate = catchThrowableOfType(ConflictException.class,
                () -> createApplication(management, "Wiki"));
        assertThat(duplicate.awsErrorDetails().errorMessage()).isEqualTo("An application named 'Wiki' already "
                + "exists in the instance " + instanceArn + ".");

        AccessDeniedException unfiltered = catchThrowableOfType(AccessDeniedException.class,
                () -> delegated.listApplications(r -> r.instanceArn(instanceArn)));
        assertThat(unfiltered.awsErrorDetails().errorMessage()).isEqualTo(
                ApplicationFixture.denied(fx.delegated, "ListApplications", instanceArn));
        String own = createApplication(delegated, "Portal");
        assertThat(delegated.listApplications(r -> r.instanceArn(instanceArn)
                .filter(f -> f.applicationAccount(SsoAdminFixture.DELEGATED))).applications())
                .extracting(a -> a.applicationArn()).containsExactly(own);
    }

    @Test
    void anIamPolicyRefusalNamesTheApplicationOrIssuer() {
        String arn = createApplication(management, "Wiki");
        SandboxCredential restricted = fx.credential(fx.member);
        synchronized (fx.world) {
            fx.world.policies.put(restricted.accessKeyId(), java.util.Set.of("sso:ListApplications"));
        }
        try (SsoAdminClient client = client(restricted)) {
            AccessDeniedException denied = catchThrowableOfType(AccessDeniedException.class,
                    () -> client.describeApplication(r -> r.applicationArn(arn)));
            assertThat(denied.awsErrorDetails().errorMessage()).isEqualTo("User: " + fx.member.arn()
                    + " is not authorized to perform: sso:DescribeApplication on resource: " + arn
                    + " because no identity-based policy allows the sso:DescribeApplication action");
            String issuer = "arn:aws:sso::111111111111:trustedTokenIssuer/" + fx.instance.instanceId()
                    + "/tti-00000000-0000-4000-8000-000000000000";
            AccessDeniedException tag = catchThrowableOfType(AccessDeniedException.class,
                    () -> client.tagResource(r -> r.resourceArn(issuer).tags(t -> t.key("k").value("v"))));
            assertThat(tag.awsErrorDetails().errorMessage()).contains("sso:TagResource on resource: " + issuer + " ");
        }
    }

    @Test
    void assignmentsAndTheirConfigurationThroughTheSdk() {
        String arn = createApplication(management, "Wiki");
        management.createApplicationAssignment(r -> r.applicationArn(arn).principalType(PrincipalType.USER)
                .principalId(fx.alice));
        for (int i = 0; i < 100; i++) {
            String id;
            synchronized (fx.world) {
                id = fx.world.ids().resourceId(fx.instance.identityStoreId);
                fx.instance.groups.put(id, new Group("Team" + i, null, List.of(), Origin.of(id)));
            }
            management.createApplicationAssignment(r -> r.applicationArn(arn).principalType(PrincipalType.GROUP)
                    .principalId(id));
        }
        ServiceQuotaExceededException quota = catchThrowableOfType(ServiceQuotaExceededException.class,
                () -> management.createApplicationAssignment(r -> r.applicationArn(arn)
                        .principalType(PrincipalType.GROUP).principalId(fx.admins)));
        assertThat(quota.awsErrorDetails().errorMessage()).isEqualTo("The application with arn '" + arn
                + "' already has 100 groups assigned, the most an application can have.");

        List<ApplicationAssignment> all = new ArrayList<>();
        management.listApplicationAssignmentsPaginator(r -> r.applicationArn(arn))
                .forEach(page -> all.addAll(page.applicationAssignments()));
        assertThat(all).hasSize(101);
        assertThat(all.get(0).principalType()).isEqualTo(PrincipalType.USER);
        var described = management.describeApplicationAssignment(r -> r.applicationArn(arn)
                .principalType(PrincipalType.USER).principalId(fx.alice));
        assertThat(described.principalId()).isEqualTo(fx.alice);
        assertThat(management.listApplicationAssignmentsForPrincipalPaginator(r -> r.instanceArn(instanceArn)
                .principalType(PrincipalType.USER).principalId(fx.alice)).applicationAssignments())
                .extracting(a -> a.applicationArn()).containsExactly(arn);
        management.deleteApplicationAssignment(r -> r.applicationArn(arn).principalType(PrincipalType.USER)
                .principalId(fx.alice));
        ResourceNotFoundException gone = catchThrowableOfType(ResourceNotFoundException.class,
                () -> management.describeApplicationAssignment(r -> r.applicationArn(arn)
                        .principalType(PrincipalType.USER).principalId(fx.alice)));
        assertThat(gone.awsErrorDetails().errorMessage()).isEqualTo("The USER " + fx.alice
                + " is not assigned to the application with arn '" + arn + "'.");

        assertThat(management.getApplicationAssignmentConfiguration(r -> r.applicationArn(arn)).assignmentRequired())
                .isTrue();
        management.putApplicationAssignmentConfiguration(r -> r.applicationArn(arn).assignmentRequired(false));
        assertThat(management.getApplicationAssignmentConfiguration(r -> r.applicationArn(arn)).assignmentRequired())
                .isFalse();
    }

    @Test
    void grantsScopesMethodsAndSessionsThroughTheSdk() {
        String arn = createApplication(management, "Analytics");
        String issuer = management.createTrustedTokenIssuer(r -> r.instanceArn(instanceArn).name("Okta")
                .trustedTokenIssuerType("OIDC_JWT").trustedTokenIssuerConfiguration(c -> c.oidcJwtConfiguration(o -> o
                        .issuerUrl("https://okta.example.com").claimAttributePath("email")
                        .identityStoreAttributePath("emails.value").jwksRetrievalOption("OPEN_ID_DISCOVERY"))))
                .trustedTokenIssuerArn();

        management.putApplicationGrant(r -> r.applicationArn(arn).grantType(GrantType.AUTHORIZATION_CODE)
                .grant(g -> g.authorizationCode(a -> a.redirectUris("https://analytics.example.com/cb"))));
        management.putApplicationGrant(r -> r.applicationArn(arn).grantType(GrantType.URN_IETF_PARAMS_OAUTH_GRANT_TYPE_JWT_BEARER)
                .grant(g -> g.jwtBearer(j -> j.authorizedTokenIssuers(i -> i.trustedTokenIssuerArn(issuer)
                        .authorizedAudiences("analytics")))));
        management.putApplicationGrant(r -> r.applicationArn(arn).grantType(GrantType.REFRESH_TOKEN)
                .grant(g -> g.refreshToken(t -> { })));
        management.putApplicationGrant(r -> r.applicationArn(arn)
                .grantType(GrantType.URN_IETF_PARAMS_OAUTH_GRANT_TYPE_TOKEN_EXCHANGE).grant(g -> g.tokenExchange(t -> { })));
        var grants = management.listApplicationGrantsPaginator(r -> r.applicationArn(arn)).grants().stream().toList();
        assertThat(grants).extracting(g -> g.grantType()).containsExactly(GrantType.AUTHORIZATION_CODE,
                GrantType.URN_IETF_PARAMS_OAUTH_GRANT_TYPE_JWT_BEARER, GrantType.REFRESH_TOKEN,
                GrantType.URN_IETF_PARAMS_OAUTH_GRANT_TYPE_TOKEN_EXCHANGE);
        assertThat(grants.get(2).grant().refreshToken()).isNotNull();
        assertThat(management.getApplicationGrant(r -> r.applicationArn(arn)
                .grantType(GrantType.URN_IETF_PARAMS_OAUTH_GRANT_TYPE_JWT_BEARER)).grant().jwtBearer()
                .authorizedTokenIssuers().get(0).authorizedAudiences()).containsExactly("analytics");
        management.deleteApplicationGrant(r -> r.applicationArn(arn).grantType(GrantType.REFRESH_TOKEN));

        management.putApplicationAccessScope(r -> r.applicationArn(arn).scope("redshift:connect")
                .authorizedTargets(instanceArn));
        assertThat(management.listApplicationAccessScopesPaginator(r -> r.applicationArn(arn)).scopes().stream()
                .toList()).singleElement().satisfies(s -> assertThat(s.authorizedTargets()).containsExactly(instanceArn));
        assertThat(management.getApplicationAccessScope(r -> r.applicationArn(arn).scope("redshift:connect")).scope())
                .isEqualTo("redshift:connect");
        management.deleteApplicationAccessScope(r -> r.applicationArn(arn).scope("redshift:connect"));

        Document policy = Document.mapBuilder().putString("Version", "2012-10-17")
                .putList("Statement", List.of(Document.mapBuilder().putString("Effect", "Allow")
                        .putString("Action", "sso-oauth:CreateTokenWithIAM").putString("Resource", "*").build()))
                .build();
        management.putApplicationAuthenticationMethod(r -> r.applicationArn(arn)
                .authenticationMethodType(AuthenticationMethodType.IAM)
                .authenticationMethod(m -> m.iam(i -> i.actorPolicy(policy))));
        Document read = management.getApplicationAuthenticationMethod(r -> r.applicationArn(arn)
                .authenticationMethodType(AuthenticationMethodType.IAM)).authenticationMethod().iam().actorPolicy();
        assertThat(read).isEqualTo(policy);
        assertThat(management.listApplicationAuthenticationMethodsPaginator(r -> r.applicationArn(arn))
                .authenticationMethods().stream().toList()).singleElement()
                .satisfies(m -> assertThat(m.authenticationMethodType()).isEqualTo(AuthenticationMethodType.IAM));
        management.deleteApplicationAuthenticationMethod(r -> r.applicationArn(arn)
                .authenticationMethodType(AuthenticationMethodType.IAM));

        management.putApplicationSessionConfiguration(r -> r.applicationArn(arn)
                .userBackgroundSessionApplicationStatus(UserBackgroundSessionApplicationStatus.ENABLED));
        assertThat(management.getApplicationSessionConfiguration(r -> r.applicationArn(arn))
                .userBackgroundSessionApplicationStatus()).isEqualTo(UserBackgroundSessionApplicationStatus.ENABLED);

        ValidationException tooMany = catchThrowableOfType(ValidationException.class,
                () -> management.putApplicationGrant(r -> r.applicationArn(arn).grantType(GrantType.AUTHORIZATION_CODE)
                        .grant(g -> g.authorizationCode(a -> a.redirectUris(List.of("a", "b", "c", "d", "e", "f", "g",
                                "h", "i", "j", "k"))))));
        assertThat(tooMany.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: Value at "
                + "'grant.authorizationCode.redirectUris' failed to satisfy constraint: Member must have length less "
                + "than or equal to 10");
    }

    @Test
    void trustedTokenIssuersAndProvidersThroughTheSdk() {
        List<String> created = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            int n = i;
            created.add(management.createTrustedTokenIssuer(r -> r.instanceArn(instanceArn).name("Issuer" + n)
                    .trustedTokenIssuerType("OIDC_JWT").trustedTokenIssuerConfiguration(c -> c.oidcJwtConfiguration(o -> o
                            .issuerUrl("https://issuer" + n + ".example.com").claimAttributePath("email")
                            .identityStoreAttributePath("emails.value").jwksRetrievalOption("OPEN_ID_DISCOVERY"))))
                    .trustedTokenIssuerArn());
        }
        ServiceQuotaExceededException quota = catchThrowableOfType(ServiceQuotaExceededException.class,
                () -> management.createTrustedTokenIssuer(r -> r.instanceArn(instanceArn).name("Issuer11")
                        .trustedTokenIssuerType("OIDC_JWT").trustedTokenIssuerConfiguration(c -> c
                                .oidcJwtConfiguration(o -> o.issuerUrl("https://issuer11.example.com")
                                        .claimAttributePath("email").identityStoreAttributePath("emails.value")
                                        .jwksRetrievalOption("OPEN_ID_DISCOVERY")))));
        assertThat(quota.awsErrorDetails().errorMessage()).isEqualTo("The instance " + instanceArn
                + " already has 10 trusted token issuers, the most an instance can have.");
        assertThat(management.listTrustedTokenIssuersPaginator(r -> r.instanceArn(instanceArn).maxResults(3))
                .trustedTokenIssuers().stream().map(i -> i.trustedTokenIssuerArn()).toList())
                .containsExactlyElementsOf(created);

        String first = created.get(0);
        management.updateTrustedTokenIssuer(r -> r.trustedTokenIssuerArn(first).name("Okta")
                .trustedTokenIssuerConfiguration(c -> c.oidcJwtConfiguration(o -> o.claimAttributePath("sub"))));
        var described = management.describeTrustedTokenIssuer(r -> r.trustedTokenIssuerArn(first));
        assertThat(described.name()).isEqualTo("Okta");
        assertThat(described.trustedTokenIssuerConfiguration().oidcJwtConfiguration().claimAttributePath())
                .isEqualTo("sub");
        assertThat(described.trustedTokenIssuerConfiguration().oidcJwtConfiguration().issuerUrl())
                .isEqualTo("https://issuer1.example.com");
        management.tagResource(r -> r.resourceArn(first).tags(t -> t.key("k").value("v")));
        assertThat(management.listTagsForResource(r -> r.resourceArn(first)).tags()).hasSize(1);
        management.deleteTrustedTokenIssuer(r -> r.trustedTokenIssuerArn(first));
        ResourceNotFoundException gone = catchThrowableOfType(ResourceNotFoundException.class,
                () -> management.describeTrustedTokenIssuer(r -> r.trustedTokenIssuerArn(first)));
        assertThat(gone.awsErrorDetails().errorMessage()).isEqualTo("The trusted token issuer with arn '" + first
                + "' does not exist.");

        assertThat(management.listApplicationProvidersPaginator(r -> r.maxResults(1)).applicationProviders().stream()
                .map(p -> p.applicationProviderArn()).toList()).contains(ApplicationFixture.CUSTOM,
                ApplicationFixture.CUSTOM_SAML);
        assertThat(management.describeApplicationProvider(r -> r.applicationProviderArn(ApplicationFixture.CUSTOM))
                .federationProtocol()).isEqualTo(FederationProtocol.OAUTH);
    }
}
