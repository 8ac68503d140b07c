package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import co.pump.icm.snapshot.SnapshotJson;
import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhoAmICommandTest {

    static SandboxFixture fixture;
    static AwsProfilesForTests profiles;
    static Path aws;

    @BeforeAll
    static void start(@TempDir Path dir) {
        fixture = SandboxFixture.demo();
        aws = dir;
        profiles = new AwsProfilesForTests(fixture, dir);
    }

    @AfterAll
    static void stop() {
        profiles.close();
        fixture.close();
    }

    @Test
    void printsTheChecklistOfTheSourceManagementAccount() {
        var run = CommandRun.of("whoami", "--profile", "sandbox-source");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "OK       Credentials          Signed in to account 111111111111 as " + fixture.seeded().source().arn() + ".",
                "OK       Organization         Account 111111111111 is the management account of the organization o-larkspur01.",
                "OK       IAM Identity Center  Account 111111111111 administers the instance "
                        + fixture.seeded().sourceInstanceArn() + " (identity store "
                        + fixture.seeded().sourceIdentityStoreId() + ") in us-east-1 as the management account.",
                "OK       Users and groups     40 users and 8 groups are visible in the identity store "
                        + fixture.seeded().sourceIdentityStoreId() + ".",
                "All checks passed.");
        assertThat(run.out()).doesNotContain(fixture.seeded().source().secretAccessKey());
    }

    @Test
    void aMemberAccountIsAnAccessProblem() {
        var run = CommandRun.of("whoami", "--profile", "sandbox-member", "--region", "eu-west-1");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.AWS_ACCESS);
        assertThat(run.out()).contains("PROBLEM  IAM Identity Center  Account " + fixture.seeded().member().accountId()
                + " administers no IAM Identity Center instance in eu-west-1 or any other region.")
                .contains("SKIPPED  Users and groups").endsWith("1 problem: fix it and run icm whoami again." + System.lineSeparator());
    }

    @Test
    void printsJson() throws Exception {
        var run = CommandRun.of("whoami", "--profile", "sandbox-target", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        var json = SnapshotJson.mapper().readTree(run.out());
        assertThat(json.get("ok").asBoolean()).isTrue();
        assertThat(json.get("accountId").asText()).isEqualTo("888888888888");
        assertThat(json.at("/organization/id").asText()).isEqualTo("o-pump000001");
        assertThat(json.get("managementAccount").asBoolean()).isFalse();
        assertThat(json.at("/instance/role").asText()).isEqualTo("DELEGATED_ADMINISTRATOR");
        assertThat(json.at("/instance/region").asText()).isEqualTo("eu-west-1");
        assertThat(json.at("/users/count").asInt()).isZero();
        assertThat(json.get("checks")).hasSize(4);
        assertThat(json.at("/checks/2/status").asText()).isEqualTo("OK");
    }

    @Test
    void showsTheRegionsAndTheCustomerManagedKeyOfTheInstance() throws Exception {
        String key = "arn:aws:kms:eu-west-1:999999999999:key/1234abcd-12ab-34cd-56ef-1234567890ab";
        var target = fixture.world().instance(fixture.seeded().targetInstanceArn()).orElseThrow();
        synchronized (fixture.world()) {
            target.additionalRegions.put("eu-central-1", 1_767_225_600.0);
            target.kmsKeyArn = key;
        }
        try {
            var run = CommandRun.of("whoami", "--profile", "sandbox-target", "--region", "eu-central-1");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains(") in eu-west-1 (its primary Region; also in eu-central-1) as delegated "
                    + "administrator. eu-central-1 is one of its additional Regions: the migrator works in the primary Region "
                    + "eu-west-1")
                    .contains("OK       Encryption           The instance's data is encrypted with the customer "
                            + "managed KMS key " + key + " of account 999999999999.");
            var json = SnapshotJson.mapper().readTree(CommandRun.of("whoami", "--profile", "sandbox-target",
                    "--region", "eu-central-1", "--json").out());
            assertThat(json.at("/instance/region").asText()).isEqualTo("eu-west-1");
            assertThat(json.at("/instance/regions").toString()).isEqualTo("[\"eu-west-1\",\"eu-central-1\"]");
            assertThat(json.at("/instance/encryption/keyType").asText()).isEqualTo("CUSTOMER_MANAGED_KEY");
            assertThat(json.at("/instance/encryption/kmsKeyArn").asText()).isEqualTo(key);
        } finally {
            synchronized (fixture.world()) {
                target.additionalRegions.clear();
                target.kmsKeyArn = null;
            }
        }
    }

    @Test
    void anUnknownProfileIsAnAccessProblem() {
        var run = CommandRun.of("whoami", "--profile", "nope");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.AWS_ACCESS);
        assertThat(run.err()).startsWith("icm: The AWS profile 'nope' was not found in ");
    }

    @Test
    void anIdentityCenterProfileWithoutASignInSaysHowToSignIn() throws Exception {
        String config = Files.readString(aws.resolve("config"));
        Path withSso = aws.resolve("config-sso");
        String session = "icm-test-" + System.nanoTime();
        Files.writeString(withSso, config + "[profile sso]\nsso_session = " + session + "\nsso_account_id = 111111111111\n"
                + "sso_role_name = AdministratorAccess\nregion = us-east-1\n\n[sso-session " + session + "]\n"
                + "sso_start_url = https://d-1234567890.awsapps.com/start\nsso_region = us-east-1\n");
        String old = System.getProperty("aws.configFile");
        System.setProperty("aws.configFile", withSso.toString());
        try {
            var run = CommandRun.of("whoami", "--profile", "sso");
            assertThat(run.exitCode()).isEqualTo(ExitCodes.AWS_ACCESS);
            assertThat(run.err()).isEqualTo("icm: You have not signed in to IAM Identity Center with the profile 'sso' "
                    + "on this computer. Sign in with: icm login --start-url https://d-1234567890.awsapps.com/start "
                    + "--region us-east-1, or run: aws sso login --profile sso" + System.lineSeparator());
        } finally {
            System.setProperty("aws.configFile", old);
        }
    }
}
