package co.pump.icm.aws.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import co.pump.icm.model.MigratorException;
import co.pump.icm.sandbox.state.SandboxCredential;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing the profiles of the AWS config files, each with its kind, and never a secret. */
class AwsProfilesTest {

    static SignInSandbox sandbox;
    static ProfileFiles files;

    @BeforeAll
    static void write(@TempDir Path dir) {
        sandbox = new SignInSandbox();
        files = new ProfileFiles(sandbox, dir);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void listsEveryProfileWithItsKindAndRegion() {
        assertThat(files.profiles().list())
                .extracting(AwsProfile::name, AwsProfile::kind, AwsProfile::region)
                .containsExactly(
                        tuple("default", ProfileKind.STATIC_KEYS, "us-east-1"),
                        tuple("failing-process", ProfileKind.CREDENTIAL_PROCESS, null),
                        tuple("loop-a", ProfileKind.ASSUME_ROLE, null),
                        tuple("loop-b", ProfileKind.ASSUME_ROLE, null),
                        tuple("no-secret", ProfileKind.STATIC_KEYS, null),
                        tuple("outside-role", ProfileKind.ASSUME_ROLE, null),
                        tuple("process", ProfileKind.CREDENTIAL_PROCESS, "eu-west-1"),
                        tuple("region-only", ProfileKind.UNKNOWN, "eu-west-1"),
                        tuple("role", ProfileKind.ASSUME_ROLE, "eu-west-1"),
                        tuple("role-from-sso", ProfileKind.ASSUME_ROLE, null),
                        tuple("sso-admin", ProfileKind.IDENTITY_CENTER, "us-east-1"),
                        tuple("sso-legacy", ProfileKind.IDENTITY_CENTER, null),
                        tuple("sso-no-role", ProfileKind.IDENTITY_CENTER, null),
                        tuple("static", ProfileKind.STATIC_KEYS, "us-east-1"),
                        tuple("target-management", ProfileKind.STATIC_KEYS, "eu-west-1"),
                        tuple("web", ProfileKind.UNKNOWN, null));
    }

    @Test
    void describesEachKindInAFewWords() {
        AwsProfiles profiles = files.profiles();
        assertThat(profiles.require("role").summary())
                .isEqualTo("assumes arn:aws:iam::888888888888:role/IdentityAdmin from profile target-management");
        assertThat(profiles.require("static").summary()).isEqualTo("temporary access keys");
        assertThat(profiles.require("target-management").summary()).isEqualTo("access keys");
        assertThat(profiles.require("process").summary()).isEqualTo("credentials from a command");
        assertThat(profiles.require("web").summary()).isEqualTo("web identity role (not supported)");
        assertThat(profiles.require("region-only").summary()).isEqualTo("no credentials");
        assertThat(profiles.require("sso-admin").summary()).isEqualTo("IAM Identity Center " + sandbox.sourceStartUrl()
                + ", account 111111111111, role AdministratorAccess");
        assertThat(profiles.require("sso-admin").identityCenter()).isEqualTo(new IdentityCenterProfile("larkspur",
                sandbox.sourceStartUrl(), "us-east-1", "111111111111", "AdministratorAccess"));
        assertThat(profiles.require("sso-legacy").identityCenter().cacheKey()).isEqualTo(sandbox.sourceStartUrl());
        assertThat(profiles.require("sso-admin").identityCenter().cacheKey()).isEqualTo("larkspur");
        assertThat(profiles.require("sso-no-role").identityCenter().namesRole()).isFalse();
        assertThat(profiles.require("static").endpointUrl()).isEqualTo(sandbox.endpoint().toString());
        assertThat(ProfileKind.IDENTITY_CENTER.label()).isEqualTo("IAM Identity Center");
    }

    @Test
    void theListingHoldsNoSecret() {
        String listing = files.profiles().list().toString();
        for (SandboxCredential c : sandbox.seeded.credentials()) {
            assertThat(listing).doesNotContain(c.secretAccessKey()).doesNotContain(c.accessKeyId());
            if (c.sessionToken() != null) {
                assertThat(listing).doesNotContain(c.sessionToken());
            }
        }
        assertThat(listing).doesNotContain("AKIAIOSFODNN7EXAMPLE");
    }

    @Test
    void honoursTheEnvironmentVariablesOfTheAwsCli(@TempDir Path home) throws Exception {
        Map<String, String> env = Map.of("AWS_CONFIG_FILE", files.config.toString(),
                "AWS_SHARED_CREDENTIALS_FILE", files.credentials.toString(), "HOME", home.toString());
        assertThat(AwsProfiles.load(env::get).list()).hasSize(16);
        // Without them: ~/.aws in the home folder, here empty.
        assertThat(AwsProfiles.load(Map.of("HOME", home.toString())::get).list()).isEmpty();
        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws").resolve("config"), "[profile mine]\nregion = eu-west-2\n");
        assertThat(AwsProfiles.load(Map.of("HOME", home.toString())::get).list())
                .extracting(AwsProfile::name, AwsProfile::region).containsExactly(tuple("mine", "eu-west-2"));
        assertThat(AwsProfiles.load(Map.of("HOME", home.toString(), "AWS_CONFIG_FILE", "~/.aws/config")::get).list())
                .hasSize(1);
        assertThat(SsoTokenCache.inHome(Map.of("HOME", home.toString())::get).directory())
                .isEqualTo(home.resolve(".aws").resolve("sso").resolve("cache"));
    }

    @Test
    void anUnknownProfileOrABrokenFileIsExplained(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> files.profiles().require("prod"))
                .isInstanceOfSatisfying(MigratorException.class,
                        e -> assertThat(e.kind()).isEqualTo(MigratorException.Kind.AWS_ACCESS))
                .hasMessage("The AWS profile 'prod' was not found in " + files.config + " and " + files.credentials
                        + ". Check the name (aws configure list-profiles shows them).");
        Path broken = dir.resolve("config");
        Files.writeString(broken, "[profile broken\nregion\n");
        assertThatThrownBy(() -> AwsProfiles.load(broken, null))
                .hasMessage("The AWS config file " + broken + " could not be read. Check it with 'aws configure "
                        + "list-profiles'.");
        assertThat(AwsProfiles.load(dir.resolve("none"), null).list()).isEmpty();
        assertThatThrownBy(() -> AwsProfiles.load(dir.resolve("none"), null).require("x"))
                .hasMessageContaining("was not found in no AWS config or credentials file.");
    }
}
