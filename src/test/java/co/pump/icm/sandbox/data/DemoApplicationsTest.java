package co.pump.icm.sandbox.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import co.pump.icm.model.Application;
import co.pump.icm.model.MigratorException;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.sandbox.state.ApplicationAssignmentRecord;
import co.pump.icm.sandbox.state.ApplicationGrant;
import co.pump.icm.sandbox.state.ApplicationKind;
import co.pump.icm.sandbox.state.ApplicationPortal;
import co.pump.icm.sandbox.state.SandboxApplication;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxTokenIssuer;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * The demo company's applications and token issuer as seeding puts them into the source instance,
 * the inventory of any configuration, and recreating an application "by hand" in the target.
 */
class DemoApplicationsTest {

    private final SandboxWorld world = new SandboxWorld(5);
    private final SeededWorld seeded = SandboxSeeder.seed(world, DemoData.scenario());
    private final SandboxInstance source = world.instances.get(seeded.sourceInstanceArn());
    private final SandboxInstance target = world.instances.get(seeded.targetInstanceArn());

    private SandboxApplication app(String name) {
        return source.applications.values().stream().filter(a -> a.name.equals(name)).findFirst().orElseThrow();
    }

    private String userId(String userName) {
        return source.users.entrySet().stream().filter(e -> e.getValue().userName().equals(userName)).findFirst()
                .orElseThrow().getKey();
    }

    private String groupId(String displayName) {
        return source.groups.entrySet().stream().filter(e -> e.getValue().displayName().equals(displayName))
                .findFirst().orElseThrow().getKey();
    }

    @Test
    void theSourceHoldsApplicationsOfEverySortAndOneTokenIssuer() {
        assertThat(source.applications.values()).extracting(a -> a.name + " " + a.kind()).containsExactly(
                "Larkspur-Wiki CUSTOMER_MANAGED_OAUTH", "Larkspur-Analytics CUSTOMER_MANAGED_OAUTH",
                "Larkspur-Reports CUSTOMER_MANAGED_OAUTH", "Grafana CUSTOMER_MANAGED_SAML",
                "Larkspur-Assistant AWS_MANAGED");
        assertThat(source.applications.values()).allSatisfy(a -> {
            assertThat(a.arn).matches("arn:aws:sso::111111111111:application/" + source.instanceId()
                    + "/apl-[0-9a-f]{16}");
            assertThat(a.account).isEqualTo(DemoData.MANAGEMENT);
            assertThat(a.createdFrom).isEqualTo(DemoData.SOURCE_REGION);
        });
        assertThat(source.trustedTokenIssuers.values()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo(DemoApplications.TOKEN_ISSUER);
            assertThat(i.arn()).matches("arn:aws:sso::111111111111:trustedTokenIssuer/" + source.instanceId()
                    + "/tti-[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}");
            assertThat(i.identityStoreAttributePath()).isEqualTo("emails.value");
        });
        assertThat(target.applications).isEmpty();
        assertThat(target.trustedTokenIssuers).isEmpty();
    }

    @Test
    void theOAuthApplicationsUseTrustedIdentityPropagation() {
        SandboxApplication analytics = app(DemoApplications.ANALYTICS);
        String issuer = source.trustedTokenIssuers.keySet().iterator().next();
        assertThat(analytics.assignmentRequired).isFalse();
        assertThat(analytics.userBackgroundSessions).isEqualTo("ENABLED");
        assertThat(analytics.grants.get("urn:ietf:params:oauth:grant-type:jwt-bearer"))
                .isEqualTo(new ApplicationGrant.JwtBearer(List.of(new ApplicationGrant.AuthorizedTokenIssuer(issuer,
                        List.of("larkspur-analytics")))));
        assertThat(analytics.grants.keySet()).containsExactly("urn:ietf:params:oauth:grant-type:jwt-bearer",
                "refresh_token", "urn:ietf:params:oauth:grant-type:token-exchange");
        assertThat(analytics.accessScopes).containsEntry("redshift:connect", List.of(app(DemoApplications.REPORTS).arn))
                .containsEntry("s3:access:read_write", List.of());
        assertThat(analytics.authenticationMethods.get("IAM").path("Statement").get(0).path("Principal").path("AWS")
                .asText()).isEqualTo("arn:aws:iam::222222222222:role/AnalyticsBackend");
        assertThat(analytics.assignments).containsExactly(
                new ApplicationAssignmentRecord("GROUP", groupId(DemoData.DATA_ENGINEERING)));

        SandboxApplication wiki = app(DemoApplications.WIKI);
        assertThat(wiki.assignmentRequired).isTrue();
        assertThat(wiki.grants.get("authorization_code")).isInstanceOf(ApplicationGrant.AuthorizationCode.class);
        assertThat(wiki.assignments).contains(new ApplicationAssignmentRecord("USER",
                userId(DemoPeople.userName(DemoData.UNGROUPED))));
        assertThat(app(DemoApplications.REPORTS).status).isEqualTo("DISABLED");
        assertThat(app(DemoApplications.GRAFANA).assignments).hasSize(4);
        assertThat(app(DemoApplications.ASSISTANT).providerArn).isEqualTo(DemoApplications.Q_BUSINESS_PROVIDER);
    }

    @Test
    void anyConfigurationsApplicationsAreSeededAsTheyWereListed() {
        var inventory = List.of(new Application("arn:aws:sso::111111111111:application/ssoins-x/apl-1", "Portal",
                "Employee portal", "ENABLED", "333333333333", ApplicationKind.CUSTOM_SAML_PROVIDER, "ENABLED",
                "APPLICATION", "https://portal.example.com", "2022-02-14T08:00:00Z"));
        ScenarioApplications seeds = ScenarioApplications.inventory(inventory);
        assertThat(seeds.tokenIssuers()).isEmpty();
        assertThat(seeds.applications()).singleElement().satisfies(a -> {
            assertThat(a.portal()).isEqualTo(new ApplicationPortal("ENABLED", "APPLICATION",
                    "https://portal.example.com"));
            assertThat(a.setup()).isEqualTo(ApplicationSeed.Setup.NONE);
        });
        assertThat(seeds.asInventory()).singleElement()
                .isEqualTo(new Application(null, "Portal", "Employee portal", "ENABLED", "333333333333",
                        ApplicationKind.CUSTOM_SAML_PROVIDER, "ENABLED", "APPLICATION", "https://portal.example.com",
                        "2022-02-14T08:00:00Z"));

        String arn = ConsoleApplications.recreate(world, target.arn, seeds.applications().get(0));
        SandboxApplication portal = target.applications.get(arn);
        assertThat(arn).startsWith("arn:aws:sso::333333333333:application/" + target.instanceId() + "/apl-");
        assertThat(portal.createdDate).isEqualTo(1_644_825_600.0);
        assertThat(portal.createdFrom).isEqualTo(DemoData.TARGET_REGION);
    }

    @Test
    void anApplicationRecreatedByHandInTheTargetIsAssignedByName() {
        var seed = new ApplicationSeed(DemoApplications.GRAFANA, ApplicationKind.CUSTOM_SAML_PROVIDER,
                DemoData.TARGET_DELEGATED_ADMIN, "Operations dashboards", "ENABLED", null, null, List.of(), null,
                List.of());
        String arn = ConsoleApplications.recreate(world, target.arn, seed);
        assertThat(arn).startsWith("arn:aws:sso::" + DemoData.TARGET_DELEGATED_ADMIN + ":application/");
        assertThat(target.applications.get(arn).kind()).isEqualTo(ApplicationKind.CUSTOMER_MANAGED_SAML);

        assertThatThrownBy(() -> ConsoleApplications.recreate(world, target.arn, seed))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The sandbox data has two applications named \"Grafana\"");
        var unknownUser = new ApplicationSeed("Other", ApplicationKind.CUSTOM_SAML_PROVIDER, null, null, null, null,
                null, List.of(), null, List.of(new ApplicationSeed.Assignee(PrincipalType.USER, "nobody@x.example")));
        assertThatThrownBy(() -> ConsoleApplications.recreate(world, target.arn, unknownUser))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The sandbox data gives application \"Other\" the user \"nobody@x.example\", but there "
                        + "is no such one");
        assertThatThrownBy(() -> ConsoleApplications.recreate(world, "arn:aws:sso:::instance/ssoins-0000000000000000",
                seed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The sandbox has no instance arn:aws:sso:::instance/ssoins-0000000000000000");
    }

    @Test
    void seedsNamingWhatTheInstanceLacksAreRefused() {
        var grant = new ApplicationSeed.Setup(true, "DISABLED", List.of(), false, false,
                Map.of("Nonesuch", List.of()), Map.of(), null);
        var seed = new ApplicationSeed("Bearer", ApplicationKind.CUSTOM_OAUTH_PROVIDER, null, null, null, null, null,
                List.of(), grant, List.of());
        assertThatThrownBy(() -> ConsoleApplications.recreate(world, source.arn, seed))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The sandbox data gives application \"Bearer\" the trusted token issuer \"Nonesuch\", but "
                        + "there is no such one");
        var scope = new ApplicationSeed.Setup(true, "DISABLED", List.of(), false, false, Map.of(),
                Map.of("redshift:connect", List.of("Nowhere")), null);
        assertThatThrownBy(() -> ConsoleApplications.recreate(world, source.arn, new ApplicationSeed("Scoped",
                ApplicationKind.CUSTOM_OAUTH_PROVIDER, null, null, null, null, null, List.of(), scope, List.of())))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The sandbox data gives application \"Scoped\" the application \"Nowhere\" as an access "
                        + "scope target, but there is no such one");
        var policy = new ApplicationSeed.Setup(true, "DISABLED", List.of(), false, false, Map.of(), Map.of(), "{no");
        assertThatThrownBy(() -> ConsoleApplications.recreate(world, source.arn, new ApplicationSeed("Policy",
                ApplicationKind.CUSTOM_OAUTH_PROVIDER, null, null, null, null, null, List.of(), policy, List.of())))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The sandbox data gives application \"Policy\" an actor policy that is not JSON");
        var twice = new ScenarioApplications(List.of(new TokenIssuerSeed("A", "https://a", "email", "emails.value",
                List.of()), new TokenIssuerSeed("A", "https://b", "email", "emails.value", List.of())), List.of());
        assertThatThrownBy(() -> new ApplicationLoader(world, target).load(twice))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The sandbox data has two trusted token issuers named \"A\"");
    }

    @Test
    void theSameSeedGivesTheSameArns() {
        SandboxWorld again = new SandboxWorld(5);
        SeededWorld other = SandboxSeeder.seed(again, DemoData.scenario());
        assertThat(again.instances.get(other.sourceInstanceArn()).applications.keySet())
                .containsExactlyElementsOf(source.applications.keySet());
        assertThat(again.instances.get(other.sourceInstanceArn()).trustedTokenIssuers.values())
                .extracting(SandboxTokenIssuer::arn).containsExactlyElementsOf(source.trustedTokenIssuers.keySet());
    }
}
