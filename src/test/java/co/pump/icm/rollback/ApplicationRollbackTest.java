package co.pump.icm.rollback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import co.pump.icm.compare.Category;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.data.DemoApplications;
import co.pump.icm.testing.Inventory;
import co.pump.icm.testing.InventoryKinds;
import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;

/**
 * A target that already held a token issuer and an application of the same names, set up
 * differently: the import updates them and creates the rest (applications, scopes, grants,
 * assignments); the rollback puts the two back field for field, removes exactly what the run made
 * and keeps what the target had of its own. Read back with the test-side reader, which shares
 * nothing with the product's comparer.
 */
class ApplicationRollbackTest {

    private static final String OLD_SCOPE = "wiki:legacy";

    @TempDir
    Path dir;

    @Test
    void theRollbackPutsBackUpdatedFieldsAndRemovesExactlyWhatTheRunMade() throws Exception {
        try (var fixture = SandboxFixture.demo(); var admin = ssoAdmin(fixture)) {
            String instance = fixture.seeded().targetInstanceArn();
            admin.createTrustedTokenIssuer(r -> r.instanceArn(instance).name(DemoApplications.TOKEN_ISSUER)
                    .trustedTokenIssuerType("OIDC_JWT").trustedTokenIssuerConfiguration(c -> c.oidcJwtConfiguration(o -> o
                            .issuerUrl("https://login.larkspur.example/oauth2/default").claimAttributePath("sub")
                            .identityStoreAttributePath("userName").jwksRetrievalOption("OPEN_ID_DISCOVERY")))
                    .tags(t -> t.key("owner").value("identity-team")));
            String wiki = admin.createApplication(r -> r.instanceArn(instance).name(DemoApplications.WIKI)
                    .applicationProviderArn("arn:aws:sso::aws:applicationProvider/custom").description("The old wiki")
                    .status("DISABLED").portalOptions(p -> p.visibility("DISABLED").signInOptions(s -> s
                            .origin("APPLICATION").applicationUrl("https://old-wiki.larkspur.example/")))
                    .tags(t -> t.key("owner").value("platform"))).applicationArn();
            admin.putApplicationGrant(r -> r.applicationArn(wiki).grantType("authorization_code").grant(g -> g
                    .authorizationCode(a -> a.redirectUris("https://old-wiki.larkspur.example/callback"))));
            admin.putApplicationAssignmentConfiguration(r -> r.applicationArn(wiki).assignmentRequired(false));
            admin.putApplicationAccessScope(r -> r.applicationArn(wiki).scope(OLD_SCOPE));
            Inventory before = fixture.readTarget();

            IdentityCenterConfig snapshot = Rollbacks.export(fixture.source());
            Path journal = dir.resolve("journal.jsonl");
            assertThat(Rollbacks.importInto(fixture.target(), snapshot, PlanOptions.defaults(), journal).failures())
                    .isEmpty();
            Inventory source = fixture.readSource();
            Inventory imported = fixture.readTarget();
            assertThat(item(imported, InventoryKinds.TOKEN_ISSUERS, DemoApplications.TOKEN_ISSUER))
                    .as("the import updated the token issuer")
                    .isEqualTo(item(source, InventoryKinds.TOKEN_ISSUERS, DemoApplications.TOKEN_ISSUER));
            // UpdateApplication's portal options hold where sign-in starts, not the visibility (the
            // service model's UpdateApplicationPortalOptions): the plan warns, and it stays as it was.
            assertThat(item(imported.ignoring(InventoryKinds.APPLICATIONS, "Visibility"), InventoryKinds.APPLICATIONS,
                    DemoApplications.WIKI)).as("the import updated the application").isEqualTo(item(source
                    .ignoring(InventoryKinds.APPLICATIONS, "Visibility"), InventoryKinds.APPLICATIONS, DemoApplications.WIKI));
            assertThat(item(imported, InventoryKinds.APPLICATIONS, DemoApplications.WIKI).fields())
                    .containsEntry("Visibility", "DISABLED");
            assertThat(imported.keys(InventoryKinds.ACCESS_SCOPES)).as("the target's own scope stays")
                    .contains(DemoApplications.WIKI + " / " + OLD_SCOPE);

            RollbackPlan plan = Rollbacks.plan(fixture.target(), journal, null);
            assertThat(plan.plan().count(Category.TRUSTED_TOKEN_ISSUERS, ChangeKind.UPDATE)).isEqualTo(1);
            assertThat(plan.plan().count(Category.APPLICATIONS, ChangeKind.UPDATE)).isEqualTo(1);
            assertThat(plan.plan().count(Category.APPLICATIONS, ChangeKind.DELETE)).isEqualTo(2);
            assertThat(plan.plan().count(Category.APPLICATION_ACCESS_SCOPES, ChangeKind.DELETE)).isEqualTo(4);
            assertThat(plan.plan().count(Category.APPLICATION_ASSIGNMENTS, ChangeKind.DELETE))
                    .isEqualTo(imported.items(InventoryKinds.APPLICATION_ASSIGNMENTS).size());
            assertThat(plan.leftAlone()).isEmpty();
            assertThat(Rollbacks.apply(fixture.target(), plan).failures()).isEmpty();
            assertThat(Rollbacks.verify(fixture.target(), plan).back()).isTrue();

            fixture.readTarget().assertSameAs(before, "The target after the rollback");
        }
    }

    private static Inventory.Item item(Inventory inventory, String kind, String key) {
        return inventory.items(kind).stream().filter(i -> i.key().equals(key)).findFirst().orElseThrow();
    }

    private static SsoAdminClient ssoAdmin(SandboxFixture fixture) {
        return SsoAdminClient.builder().endpointOverride(fixture.sandbox().endpoint())
                .region(Region.of(fixture.seeded().targetRegion()))
                .credentialsProvider(SandboxFixture.credentials(fixture.seeded().target()))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }
}
