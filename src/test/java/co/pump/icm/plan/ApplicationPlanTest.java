package co.pump.icm.plan;

import static co.pump.icm.model.ApplicationConfigs.ASSISTANT;
import static co.pump.icm.model.ApplicationConfigs.GRAFANA;
import static co.pump.icm.model.ApplicationConfigs.PORTAL;
import static co.pump.icm.model.ApplicationConfigs.REPORTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import co.pump.icm.compare.Category;
import co.pump.icm.kind.Kinds;
import co.pump.icm.model.Application;
import co.pump.icm.model.ApplicationConfigs;
import co.pump.icm.model.ApplicationGrant;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Tag;
import co.pump.icm.model.TrustedTokenIssuer;

/**
 * Applications and trusted token issuers are planned like any kind: what the API can create is
 * created (issuers, then applications, then their scopes and assignments), updated field by field
 * where it differs, and what only the console makes is skipped with what to do by hand until a
 * person has made it; then its assignments follow.
 */
class ApplicationPlanTest {

    private static final IdentityCenterConfig SNAPSHOT = ApplicationConfigs.full();

    /** The target with the snapshot's users, groups, permission sets and assignments, and the given applications. */
    private static IdentityCenterConfig target(Application... applications) {
        return Kinds.APPLICATIONS.with(new PlannerTest().importedTarget(), List.of(applications));
    }

    /** As a person would make it in the target: another ARN, account and creation time. */
    private static Application madeInTarget(Application a) {
        return Kinds.APPLICATIONS.withOrigin(new Application(a.arn(), a.name(), a.description(), a.status(),
                        PlannerTest.TARGET_ADMIN, a.providerArn(), a.visibility(), a.signInOrigin(), a.signInUrl(),
                        null, a.providerName(), a.tags(), a.assignmentRequired(), a.grants(), a.iamActorPolicy(),
                        a.userBackgroundSessions()),
                co.pump.icm.model.Origin.of("arn:aws:sso::888888888888:application/ssoins-9999999999999999/apl-"
                        + a.name().hashCode()));
    }

    /** The fields an update changes, e.g. {@code tags.team ADDED}. */
    private static List<String> fields(Plan plan, String id) {
        assertThat(plan.change(id)).as(id).isInstanceOf(Change.Update.class);
        return ((Change.Update<?>) plan.change(id)).fields().stream().map(f -> f.path() + " " + f.kind()).toList();
    }

    private static String reason(Plan plan, String id) {
        return PlannerTest.reason(plan, id);
    }

    @Test
    void anEmptyTargetGetsWhatTheApiCanCreateAndIsToldWhatToMakeByHand() {
        Plan plan = Planner.plan(SNAPSHOT, target(), PlanOptions.defaults());

        assertThat(PlannerTest.ids(plan, ChangeKind.CREATE)).filteredOn(id -> !id.startsWith("access-control"))
                .containsExactlyInAnyOrder("token-issuer:Acme-OIDC", "application:Portal", "application:Reports",
                        "access-scope:Portal/redshift:connect", "access-scope:Reports/redshift:connect",
                        "application-assignment:Portal/GROUP/Admins", "application-assignment:Reports/USER/bob@acme.com");
        assertThat(reason(plan, "application:Grafana")).isEqualTo("recreate it by hand: AWS's API cannot create a "
                + "customer managed SAML 2.0 application. Add it in the new organization's IAM Identity Center console "
                + "(Applications, Add application), signed in to account 888888888888 so that the migrator sees it, then import "
                + "again to give it its assignments");
        assertThat(reason(plan, "application:Assistant")).isEqualTo("recreate it by hand: AWS's API cannot create an "
                + "application that Amazon Q Business manages. Set it up again in Amazon Q Business with the new "
                + "organization's IAM Identity Center, signed in to account 888888888888 so that the migrator sees it, then "
                + "import again to give it its assignments");
        assertThat(reason(plan, "application-assignment:Grafana/USER/alice@acme.com")).isEqualTo("application Grafana "
                + "will not exist in the target (it must be made again by hand; import again once it exists)");
        assertThat(reason(plan, "application-assignment:Assistant/GROUP/Admins")).startsWith("application Assistant "
                + "will not exist in the target");

        assertThat(ByHand.of(plan)).extracting(ByHand::label).containsExactly(ASSISTANT, GRAFANA);
        assertThat(ByHand.of(plan).get(1).lines()).containsExactly(
                "Sort: customer managed SAML 2.0 application",
                "Application provider: arn:aws:sso::aws:applicationProvider/custom-saml",
                "Display name: Grafana", "Description: Dashboards",
                "Application start URL: https://grafana.acme.com/login", "Shown in the access portal: yes",
                "Status: enabled", "Assignment required: yes",
                "Not shown by AWS's API: the SAML metadata (ACS URL, audience), the relay state and the attribute "
                        + "mappings; copy them from the current organization's console");
        assertThat(PlanText.render(plan)).contains("Recreate by hand (AWS's API cannot create these; import again once "
                + "they exist):\n  Assistant\n      Sort: AWS managed application (Amazon Q Business)");
    }

    @Test
    void importsGoIssuersFirstThenApplicationsThenTheirScopesAndAssignmentsAndDeletionsTheOtherWay() {
        assertThat(Kinds.depth(Kinds.TRUSTED_TOKEN_ISSUERS)).isZero();
        assertThat(Kinds.depth(Kinds.APPLICATIONS)).isEqualTo(1);
        assertThat(Kinds.depth(Kinds.APPLICATION_ACCESS_SCOPES)).isEqualTo(2);
        assertThat(Kinds.depth(Kinds.APPLICATION_ASSIGNMENTS)).isEqualTo(2);
        assertThat(Kinds.APPLICATIONS.references(ApplicationConfigs.portal())).extracting(r -> r.describe())
                .containsExactly("trusted token issuer Acme-OIDC");
        // Two applications that authorize each other: each scope needs both, neither application needs a scope.
        assertThat(Kinds.APPLICATION_ACCESS_SCOPES.references(ApplicationConfigs.scopes().get(1)))
                .extracting(r -> r.describe()).containsExactly("application Reports", "application Portal");
    }

    @Test
    void anApplicationMadeByHandInTheTargetGetsItsAssignmentsAndWhatTheApiCannotChangeIsAWarning() {
        Application grafana = madeInTarget(new Application(null, GRAFANA, "Grafana dashboards", "ENABLED", null,
                Application.CUSTOM_SAML_PROVIDER, "ENABLED", "APPLICATION", "https://grafana.acme.com/login", null,
                null, List.of(new Tag("team", "ops")), true, List.of(), null, "DISABLED"));
        Plan plan = Planner.plan(SNAPSHOT, target(grafana), PlanOptions.defaults());

        assertThat(plan.change("application-assignment:Grafana/USER/alice@acme.com")).isInstanceOf(Change.Create.class);
        assertThat(ByHand.of(plan)).extracting(ByHand::label).containsExactly(ASSISTANT);
        // Tags are the one change AWS's API makes to a SAML application; its description it cannot change.
        assertThat(fields(plan, "application:Grafana")).containsExactly("tags.team REMOVED");
        assertThat(plan.warnings()).extracting(PlanWarning::message).contains("Grafana: description differs "
                + "(\"Grafana dashboards\" → \"Dashboards\"), but AWS's API cannot set it; change it in the IAM "
                + "Identity Center console if it matters.");
    }

    @Test
    void anApplicationTheApiMadeIsUpdatedFieldByFieldButNotItsVisibility() {
        Application portal = ApplicationConfigs.portal();
        Application different = madeInTarget(new Application(null, PORTAL, "Old portal", "ENABLED", null,
                portal.providerArn(), "DISABLED", portal.signInOrigin(), portal.signInUrl(), null, null, portal.tags(),
                true, List.of(portal.grants().get(0)), null, "DISABLED"));
        Plan plan = Planner.plan(SNAPSHOT, target(different, madeInTarget(ApplicationConfigs.reports())),
                PlanOptions.defaults());

        assertThat(fields(plan, "application:Portal")).containsExactly("description CHANGED",
                "assignmentRequired CHANGED", "grants.refresh_token ADDED",
                "grants." + ApplicationGrant.JWT_BEARER + " ADDED", "iamActorPolicy CHANGED",
                "userBackgroundSessions CHANGED");
        assertThat(plan.warnings()).extracting(PlanWarning::message).contains("Portal: visibility differs "
                + "(\"DISABLED\" → \"ENABLED\"), but AWS's API cannot set it; change it in the IAM Identity Center "
                + "console if it matters.");
        assertThat(plan.count(Category.APPLICATIONS, ChangeKind.UNCHANGED)).isEqualTo(1);
    }

    @Test
    void anApplicationOfThatNameOfAnotherSortIsAConflict() {
        Application saml = madeInTarget(new Application(null, PORTAL, "Self-service portal", "ENABLED", null,
                Application.CUSTOM_SAML_PROVIDER, "ENABLED", "APPLICATION", "https://portal.acme.com/", null, null,
                List.of(), true, List.of(), null, "DISABLED"));
        Plan plan = Planner.plan(SNAPSHOT, target(saml), PlanOptions.defaults());

        assertThat(PlannerTest.reason(plan, "application:Portal")).isEqualTo("the new organization's application of "
                + "that name is a customer managed SAML 2.0 application, the snapshot's a customer managed OAuth 2.0 "
                + "application; rename one of them");
    }

    @Test
    void anApplicationWhoseSetupTheSnapshotDoesNotRecordIsLeftAloneRatherThanMadeHalf() {
        Application old = new Application(null, "Wiki", "Team wiki", "ENABLED", null, Application.CUSTOM_OAUTH_PROVIDER,
                "ENABLED", "IDENTITY_CENTER", null, null);
        Plan plan = Planner.plan(Kinds.APPLICATIONS.with(SNAPSHOT, List.of(old)), target(), PlanOptions.defaults());

        assertThat(reason(plan, "application:Wiki")).isEqualTo("the snapshot does not record how it is set up (an "
                + "older icm kept applications for the record only); export again to carry it");
    }

    @Test
    void anIssuerTrustingAnotherUrlIsAConflictAndOtherFieldsAreUpdated() {
        TrustedTokenIssuer issuer = ApplicationConfigs.issuer();
        TrustedTokenIssuer elsewhere = new TrustedTokenIssuer(issuer.name(), issuer.type(), "https://old.acme.com",
                issuer.claimAttributePath(), issuer.identityStoreAttributePath(), issuer.jwksRetrievalOption(),
                issuer.tags(), co.pump.icm.model.Origin.of("arn:aws:sso::888888888888:trustedTokenIssuer/x/tti-1"));
        Plan conflict = Planner.plan(SNAPSHOT, Kinds.TRUSTED_TOKEN_ISSUERS.with(target(), List.of(elsewhere)),
                PlanOptions.defaults());
        assertThat(reason(conflict, "token-issuer:Acme-OIDC")).isEqualTo("the new organization's trusted token issuer "
                + "of that name trusts https://old.acme.com, not https://login.acme.com/oauth2, and AWS cannot change "
                + "an issuer's URL; delete or rename it there, then import again");

        TrustedTokenIssuer otherClaim = new TrustedTokenIssuer(issuer.name(), issuer.type(), issuer.issuerUrl(), "sub",
                issuer.identityStoreAttributePath(), issuer.jwksRetrievalOption(), List.of(), elsewhere.origin());
        Plan update = Planner.plan(SNAPSHOT, Kinds.TRUSTED_TOKEN_ISSUERS.with(target(), List.of(otherClaim)),
                PlanOptions.defaults());
        assertThat(fields(update, "token-issuer:Acme-OIDC")).containsExactly("claimAttributePath CHANGED",
                "tags.owner ADDED");
    }

    @Test
    void deletingWhatTheSnapshotLacksKeepsApplicationsMadeInTheConsole() {
        Application ownSaml = madeInTarget(new Application(null, "Jira", null, "ENABLED", null,
                Application.CUSTOM_SAML_PROVIDER, "ENABLED", "IDENTITY_CENTER", null, null, null, List.of(), true,
                List.of(), null, "DISABLED"));
        Application ownOauth = madeInTarget(new Application(null, "Old-Portal", null, "ENABLED", null,
                Application.CUSTOM_OAUTH_PROVIDER, "ENABLED", "IDENTITY_CENTER", null, null, null, List.of(), true,
                List.of(), null, "DISABLED"));
        Plan plan = Planner.plan(SNAPSHOT, target(ownSaml, ownOauth), PlanOptions.defaults().withDeleteAbsent(true));

        assertThat(plan.change("application:Old-Portal")).isInstanceOf(Change.Delete.class);
        assertThat(plan.change("application:Jira")).isNull();
    }

    @Test
    void aDescriptionAwsCannotRemoveIsAWarningBeforeTheImport() {
        Application reports = madeInTarget(new Application(null, REPORTS, "Finance reports", "DISABLED", null,
                Application.CUSTOM_OAUTH_PROVIDER, "DISABLED", "IDENTITY_CENTER", null, null, null, List.of(), true,
                List.of(ApplicationGrant.of(ApplicationGrant.TOKEN_EXCHANGE)), null, "DISABLED"));
        Plan plan = Planner.plan(SNAPSHOT, target(reports), PlanOptions.defaults());

        assertThat(plan.warnings()).extracting(PlanWarning::message).contains("Reports: the snapshot has no "
                + "description, but AWS's API cannot remove the new organization's (Finance reports); remove it in the "
                + "IAM Identity Center console if it matters.");
    }
}
