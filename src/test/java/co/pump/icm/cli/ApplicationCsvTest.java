package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import co.pump.icm.testing.SandboxFixture;
import co.pump.icm.ui.preview.DemoSnapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code icm csv} of the demo's snapshot writes the token issuer, the applications with their
 * setup, their access scopes and their assignments, by name, one row each.
 */
class ApplicationCsvTest {

    @TempDir
    Path dir;

    @Test
    void theDemosApplicationsAndTokenIssuerAreWrittenByName() throws IOException {
        Path file = dir.resolve("larkspur.json");
        try (var fixture = SandboxFixture.demo()) {
            DemoSnapshots.export(fixture, file);
        }
        Path out = dir.resolve("csv");
        CommandRun run = CommandRun.of("csv", file.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("  trusted-token-issuers.csv      1 trusted token issuers\n")
                .contains("  applications.csv               5 applications\n");

        List<String> issuers = lines(out.resolve("trusted-token-issuers.csv"));
        assertThat(issuers).hasSize(2);
        assertThat(issuers.get(0)).isEqualTo(BOM + "name,type,issuerUrl,claimAttributePath,identityStoreAttributePath,"
                + "jwksRetrievalOption,tags,applications,trustedTokenIssuerArn");
        assertThat(issuers.get(1)).startsWith("Larkspur-OIDC,OIDC_JWT,https://login.larkspur.example/oauth2/default,"
                + "email,emails.value,OPEN_ID_DISCOVERY,owner=platform,Larkspur-Analytics; Larkspur-Reports,"
                + "arn:aws:sso::111111111111:trustedTokenIssuer/");

        List<String> applications = lines(out.resolve("applications.csv"));
        assertThat(applications).hasSize(6);
        assertThat(applications.get(0)).isEqualTo(BOM + "name,sort,providerArn,description,status,visibility,"
                + "signInOrigin,signInUrl,assignmentRequired,assignments,grants,accessScopes,userBackgroundSessions,"
                + "tags,applicationArn");
        assertThat(applications).anySatisfy(row -> assertThat(row).startsWith("Larkspur-Analytics,customer managed "
                + "OAuth 2.0 application,arn:aws:sso::aws:applicationProvider/custom,Self-service analytics on the data "
                + "lake with each user's own identity,ENABLED,ENABLED,APPLICATION,https://analytics.larkspur.example/,"
                + "false,1,refresh token; JWT bearer from Larkspur-OIDC (audiences larkspur-analytics); token exchange,"
                + "lakeformation:query; redshift:connect; s3:access:read_write,ENABLED,cost-center=CC-4100; owner=data,"
                + "arn:aws:sso::111111111111:application/"));
        assertThat(applications).anySatisfy(row -> assertThat(row).startsWith("Larkspur-Wiki,customer managed OAuth "
                + "2.0 application,arn:aws:sso::aws:applicationProvider/custom,Engineering handbook and runbooks,"
                + "ENABLED,ENABLED,IDENTITY_CENTER,,true,4,\"authorization code, redirect to "
                + "https://wiki.larkspur.example/oauth/callback, https://wiki.larkspur.example/mobile/callback; "
                + "refresh token\",,DISABLED,owner=platform,"));
        assertThat(applications).anySatisfy(row -> assertThat(row).startsWith("Grafana,customer managed SAML 2.0 "
                + "application,arn:aws:sso::aws:applicationProvider/custom-saml,Operations dashboards,ENABLED,ENABLED,"
                + "APPLICATION,https://grafana.larkspur.example/login,true,4,,,DISABLED,,"));

        assertThat(lines(out.resolve("application-access-scopes.csv"))).containsExactly(
                BOM + "applicationName,scope,authorizedApplications,authorizesInstance",
                "Larkspur-Analytics,lakeformation:query,,false",
                "Larkspur-Analytics,redshift:connect,Larkspur-Reports,false",
                "Larkspur-Analytics,s3:access:read_write,,false",
                "Larkspur-Reports,redshift:connect,Larkspur-Analytics,false");
        assertThat(lines(out.resolve("application-assignments.csv"))).hasSize(14).contains(
                BOM + "applicationName,principalType,principalName",
                "Grafana,USER,maya.okafor@larkspur.example", "Larkspur-Wiki,GROUP,Support Engineers",
                "Larkspur-Reports,USER,george.harris@larkspur.example");
    }

    private static final String BOM = "\uFEFF";

    private static List<String> lines(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).lines().toList();
    }
}
