package co.pump.icm.kind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import co.pump.icm.compare.FieldChange;
import co.pump.icm.model.Application;
import co.pump.icm.model.ApplicationConfigs;
import co.pump.icm.model.ApplicationGrant;
import co.pump.icm.model.Tag;

/** How two applications of the same name are compared: setup only when both record it, grants by type. */
class ApplicationFieldsTest {

    private static final Application PORTAL = ApplicationConfigs.portal();

    private static Application with(String policy, List<ApplicationGrant> grants, List<Tag> tags, Boolean required) {
        Application p = PORTAL;
        return new Application("arn:aws:sso::888888888888:application/ssoins-9999999999999999/apl-9999999999999999",
                p.name(), p.description(), p.status(), "888888888888", p.providerArn(), p.visibility(), p.signInOrigin(),
                p.signInUrl(), "2026-12-01T00:00:00Z", "other label", tags, required, grants, policy,
                p.userBackgroundSessions());
    }

    @Test
    void whereAnApplicationLivesIsNeverCompared() {
        assertThat(ApplicationFields.diff(PORTAL, with(PORTAL.iamActorPolicy(), PORTAL.grants(), PORTAL.tags(), false)))
                .isEmpty();
    }

    @Test
    void theActorPolicyIsComparedAsAJsonDocumentAndGrantsByType() {
        String reformatted = "{ \"Statement\": [{\"Resource\": \"*\", \"Action\": \"sso-oauth:CreateTokenWithIAM\","
                + " \"Principal\": {\"AWS\": \"arn:aws:iam::222222222222:role/Backend\"}, \"Effect\": \"Allow\"}],"
                + " \"Version\": \"2012-10-17\" }";
        var reordered = List.of(PORTAL.grants().get(2), PORTAL.grants().get(0), PORTAL.grants().get(1));
        assertThat(ApplicationFields.diff(PORTAL, with(reformatted, reordered, PORTAL.tags(), false))).isEmpty();

        var otherAudience = new ApplicationGrant(ApplicationGrant.JWT_BEARER, List.of(), List.of(
                new ApplicationGrant.AuthorizedTokenIssuer(ApplicationConfigs.ISSUER, List.of("portal", "portal-dev"))));
        List<FieldChange> changes = ApplicationFields.diff(PORTAL, with(null, List.of(PORTAL.grants().get(0),
                otherAudience), List.of(), true));
        assertThat(changes).extracting(f -> f.path() + ": " + f.oldText() + " → " + f.newText()).containsExactly(
                "tags.owner: \"web\" → (none)",
                "assignmentRequired: false → true",
                "grants.refresh_token: granted → (none)",
                "grants.urn:ietf:params:oauth:grant-type:jwt-bearer: token issuers [\"Acme-OIDC\" for [\"portal\"]] → "
                        + "token issuers [\"Acme-OIDC\" for [\"portal\", \"portal-dev\"]]",
                "iamActorPolicy: " + "\"" + PORTAL.iamActorPolicy().replace("\"", "\\\"") + "\" → (none)");
    }

    @Test
    void setupIsComparedOnlyWhenBothSidesRecordIt() {
        Application old = new Application(PORTAL.arn(), PORTAL.name(), PORTAL.description(), PORTAL.status(),
                PORTAL.applicationAccount(), PORTAL.providerArn(), PORTAL.visibility(), PORTAL.signInOrigin(),
                PORTAL.signInUrl(), PORTAL.createdAt());
        assertThat(old.setUpRecorded()).isFalse();
        assertThat(ApplicationFields.diff(old, PORTAL)).isEmpty();
        assertThat(ApplicationFields.diff(PORTAL, with(null, List.of(), List.of(), true))).isNotEmpty();
    }
}
