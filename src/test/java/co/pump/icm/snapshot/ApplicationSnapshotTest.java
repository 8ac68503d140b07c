package co.pump.icm.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.pump.icm.kind.Kinds;
import co.pump.icm.model.Application;
import co.pump.icm.model.ApplicationAccessScope;
import co.pump.icm.model.ApplicationAssignment;
import co.pump.icm.model.ApplicationConfigs;
import co.pump.icm.model.ApplicationGrant;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.TrustedTokenIssuer;

/**
 * Trusted token issuers, applications with their setup, access scopes and application
 * assignments round-trip in format version 4, and a file that breaks AWS's rules for them is
 * refused with a message that names the place and the field.
 */
class ApplicationSnapshotTest {

    @TempDir
    Path dir;

    private Path write(IdentityCenterConfig config) {
        Path file = dir.resolve("acme.json");
        SnapshotWriter.write(file, config, Instant.parse("2026-12-01T10:00:00Z"));
        return file;
    }

    private List<String> problems(IdentityCenterConfig config) {
        var invalid = catchThrowableOfType(() -> SnapshotReader.read(write(config)), SnapshotException.class);
        assertThat(invalid).as("the file should be refused").isNotNull();
        return invalid.problems().stream().map(SnapshotProblem::toString).toList();
    }

    private static IdentityCenterConfig withApplications(Application... applications) {
        return Kinds.APPLICATIONS.with(ApplicationConfigs.full(), List.of(applications));
    }

    @Test
    void everythingSetUpOnApplicationsRoundTripsInVersionFour() {
        IdentityCenterConfig config = ApplicationConfigs.full();
        Snapshot read = SnapshotReader.read(write(config));

        assertThat(read.formatVersion()).isEqualTo(4);
        assertThat(read.digestState()).isEqualTo(DigestState.VALID);
        assertThat(read.config()).isEqualTo(Canonical.of(config));
        assertThat(read.config().applications()).extracting(Application::name)
                .containsExactlyInAnyOrder("Portal", "Reports", "Grafana", "Assistant");
        Application portal = read.config().applications().stream().filter(a -> a.name().equals("Portal")).findFirst()
                .orElseThrow();
        assertThat(portal.grants()).extracting(ApplicationGrant::type).containsExactly(ApplicationGrant.AUTHORIZATION_CODE,
                "refresh_token", ApplicationGrant.JWT_BEARER);
        assertThat(portal.assignmentRequired()).isFalse();
        assertThat(Kinds.APPLICATION_ACCESS_SCOPES.items(read.config()).get(1).authorizesInstance()).isTrue();
    }

    @Test
    void aTokenIssuerBreakingAwssRulesIsRefused() {
        var bad = new TrustedTokenIssuer("Acme OIDC", "SAML", "ftp://login.acme.com", "e-mail", "emails.value.x.y",
                "JWKS_URL", List.of(), null);
        assertThat(problems(Kinds.TRUSTED_TOKEN_ISSUERS.with(ApplicationConfigs.full(),
                List.of(ApplicationConfigs.issuer(), bad)))).containsExactly(
                "acme.json: trustedTokenIssuers[0] (Acme OIDC): name must be 1 to 255 letters, digits or + = , . @ _ -, "
                        + "not 'Acme OIDC'",
                "acme.json: trustedTokenIssuers[0] (Acme OIDC): type must be OIDC_JWT, the only type AWS knows, not 'SAML'",
                "acme.json: trustedTokenIssuers[0] (Acme OIDC): issuerUrl must be an http or https URL, not "
                        + "'ftp://login.acme.com'",
                "acme.json: trustedTokenIssuers[0] (Acme OIDC): claimAttributePath must be letters in one to three "
                        + "parts joined by . or _, not 'e-mail'",
                "acme.json: trustedTokenIssuers[0] (Acme OIDC): identityStoreAttributePath must be letters in one to "
                        + "three parts joined by . (e.g. emails.value), not 'emails.value.x.y'",
                "acme.json: trustedTokenIssuers[0] (Acme OIDC): jwksRetrievalOption must be OPEN_ID_DISCOVERY, not "
                        + "'JWKS_URL'");
    }

    @Test
    void issuerNamesAndUrlsAreUniqueAndAnInstanceHoldsAtMostTen() {
        var issuer = ApplicationConfigs.issuer();
        var twin = new TrustedTokenIssuer(issuer.name(), issuer.type(), issuer.issuerUrl(), issuer.claimAttributePath(),
                issuer.identityStoreAttributePath(), issuer.jwksRetrievalOption(), List.of(), null);
        assertThat(problems(Kinds.TRUSTED_TOKEN_ISSUERS.with(ApplicationConfigs.full(), List.of(issuer, twin))))
                .containsExactly("acme.json: trustedTokenIssuers[1] (Acme-OIDC): duplicate name: trustedTokenIssuers[0] "
                                + "has the same name",
                        "acme.json: trustedTokenIssuers[1] (Acme-OIDC): duplicate issuerUrl: trustedTokenIssuers[0] has "
                                + "the same issuerUrl");
        var eleven = new ArrayList<TrustedTokenIssuer>(List.of(issuer));
        for (int i = 1; i <= 10; i++) {
            eleven.add(new TrustedTokenIssuer("Issuer-" + i, "OIDC_JWT", "https://idp" + i + ".acme.com", "email",
                    "emails.value", "OPEN_ID_DISCOVERY", List.of(), null));
        }
        assertThat(problems(Kinds.TRUSTED_TOKEN_ISSUERS.with(ApplicationConfigs.full(), eleven))).containsExactly(
                "acme.json: trustedTokenIssuers has 11 trusted token issuers; an instance holds at most 10");
    }

    /** The file holds items in canonical order (grants by type): the places are the file's. */
    @Test
    void anApplicationBreakingAwssRulesIsRefused() {
        Application portal = ApplicationConfigs.portal();
        var bad = new Application(null, "Portal", "", "ON", null, portal.providerArn(), "VISIBLE", "APPLICATION", null,
                null, null, List.of(), true, List.of(), "[1]", "SOMETIMES");
        assertThat(problems(withApplications(bad, ApplicationConfigs.reports(), ApplicationConfigs.grafana(),
                ApplicationConfigs.assistant()))).containsExactly(
                "acme.json: applications[0] (Portal): description must not be empty; leave it out when there is none",
                "acme.json: applications[0] (Portal): status must be ENABLED or DISABLED, not 'ON'",
                "acme.json: applications[0] (Portal): visibility must be ENABLED or DISABLED, not 'VISIBLE'",
                "acme.json: applications[0] (Portal): signInUrl is missing: an application whose sign-in starts at the "
                        + "application needs its URL",
                "acme.json: applications[0] (Portal): userBackgroundSessions must be ENABLED or DISABLED, not "
                        + "'SOMETIMES'",
                "acme.json: applications[0] (Portal): iamActorPolicy must be a JSON object (a policy document), not array");
    }

    @Test
    void grantsFollowAwssUnionOneOfEachType() {
        Application portal = ApplicationConfigs.portal();
        var bad = new Application(portal.arn(), "Portal", null, null, null, portal.providerArn(), null, null, null,
                null, null, List.of(), true, List.of(new ApplicationGrant("implicit", List.of(), List.of()),
                new ApplicationGrant(ApplicationGrant.AUTHORIZATION_CODE, List.of(), List.of()),
                new ApplicationGrant(ApplicationGrant.JWT_BEARER, List.of(),
                        List.of(new ApplicationGrant.AuthorizedTokenIssuer("Okta", List.of("")))),
                new ApplicationGrant(ApplicationGrant.REFRESH_TOKEN, List.of("https://x"), List.of()),
                ApplicationGrant.of(ApplicationGrant.REFRESH_TOKEN)), null, null);
        assertThat(problems(withApplications(bad, ApplicationConfigs.reports(), ApplicationConfigs.grafana(),
                ApplicationConfigs.assistant()))).containsExactly(
                "acme.json: applications[0] (Portal): grants[0].redirectUris is missing: the grant needs at least one",
                "acme.json: applications[0] (Portal): grants[1].type must be one of authorization_code, "
                        + "urn:ietf:params:oauth:grant-type:jwt-bearer, refresh_token, "
                        + "urn:ietf:params:oauth:grant-type:token-exchange, not 'implicit'",
                "acme.json: applications[0] (Portal): grants[2].redirectUris belong to the authorization_code grant only",
                "acme.json: applications[0] (Portal): grants[3].type 'refresh_token' appears twice; an application has "
                        + "one grant of each type",
                "acme.json: applications[0] (Portal): grants[4].authorizedTokenIssuers[0].trustedTokenIssuer 'Okta' is "
                        + "not a trusted token issuer in this file",
                "acme.json: applications[0] (Portal): grants[4].authorizedTokenIssuers[0].authorizedAudiences[0] must "
                        + "not be empty");
    }

    @Test
    void applicationNamesAreUniqueAndDescriptionsAtMost128() {
        Application reports = ApplicationConfigs.reports();
        var twin = new Application(null, reports.name(), "x".repeat(129), null, null, reports.providerArn(), null, null,
                null, null, null, List.of(), true, List.of(), null, null);
        assertThat(problems(withApplications(ApplicationConfigs.portal(), reports, ApplicationConfigs.grafana(),
                ApplicationConfigs.assistant(), twin))).containsExactly(
                "acme.json: applications[0] (Reports): description is 129 characters long; the limit is 128",
                "acme.json: applications[2] (Reports): duplicate name: applications[0] has the same name");
    }

    @Test
    void accessScopesFollowAwssPatternAndReferToApplicationsOfTheFile() {
        var scopes = new ArrayList<>(ApplicationConfigs.scopes());
        scopes.add(new ApplicationAccessScope("Portal", "redshift:connect:now:please", List.of("Billing"), null));
        scopes.add(new ApplicationAccessScope("Portal", "redshift:connect", List.of(), null));
        scopes.add(new ApplicationAccessScope("Wiki", "s3:access", List.of(), null));
        for (int i = 0; i < 25; i++) {
            scopes.add(new ApplicationAccessScope("Reports", "scope_" + i, List.of(), null));
        }
        assertThat(problems(Kinds.APPLICATION_ACCESS_SCOPES.with(ApplicationConfigs.full(), scopes))).containsExactly(
                "acme.json: applicationAccessScopes[1] (Portal / redshift:connect): duplicate access scope: "
                        + "applicationAccessScopes[0] is the same",
                "acme.json: applicationAccessScopes[2] (Portal / redshift:connect:now:please): scope must be one to three "
                        + "parts of 1 to 50 letters, digits or _, joined by : (e.g. redshift:connect), not "
                        + "'redshift:connect:now:please'",
                "acme.json: applicationAccessScopes[2] (Portal / redshift:connect:now:please): authorizedApplications[0] "
                        + "'Billing' is not an application in this file",
                "acme.json: applicationAccessScopes[28] (Reports / scope_9): application 'Reports' has more than 25 "
                        + "access scopes, the most AWS allows",
                "acme.json: applicationAccessScopes[29] (Wiki / s3:access): applicationName 'Wiki' is not an "
                        + "application in this file");
    }

    @Test
    void applicationAssignmentsReferToApplicationsUsersAndGroupsOfTheFile() {
        var assignments = new ArrayList<>(ApplicationConfigs.assignments());
        assignments.add(new ApplicationAssignment("Portal", PrincipalType.GROUP, "Admins", null));
        assignments.add(new ApplicationAssignment("Wiki", PrincipalType.USER, "alice@acme.com", null));
        assignments.add(new ApplicationAssignment("Portal", PrincipalType.USER, "dave@acme.com", null));
        assignments.add(new ApplicationAssignment("Portal", null, "Admins", null));
        assertThat(problems(Kinds.APPLICATION_ASSIGNMENTS.with(ApplicationConfigs.full(), assignments))).containsExactly(
                "acme.json: applicationAssignments[2] (Portal / ? Admins): principalType is missing (USER or GROUP)",
                "acme.json: applicationAssignments[3] (Portal / USER dave@acme.com): principalName 'dave@acme.com' is "
                        + "not a user in this file",
                "acme.json: applicationAssignments[5] (Portal / GROUP Admins): duplicate application assignment: "
                        + "applicationAssignments[4] is the same",
                "acme.json: applicationAssignments[7] (Wiki / USER alice@acme.com): applicationName 'Wiki' is not an "
                        + "application in this file");
    }
}
