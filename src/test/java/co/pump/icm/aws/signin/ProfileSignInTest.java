package co.pump.icm.aws.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import co.pump.icm.aws.AwsTarget;
import co.pump.icm.model.MigratorException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Signing in with each kind of profile, against the sandbox over HTTP. Access keys and
 * credential_process go through the SDK's {@code ProfileCredentialsProvider} here; assume-role and
 * IAM Identity Center profiles go through the endpoint-aware path, because the SDK's providers for
 * those cannot be pointed at the sandbox in-process (ProfileSdkPathTest runs the SDK's own in a
 * child JVM with the sandbox as AWS_ENDPOINT_URL_*).
 */
class ProfileSignInTest {

    private final SignInSandbox sandbox = new SignInSandbox();
    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private ProfileFiles files() {
        return new ProfileFiles(sandbox, dir);
    }

    private static String callerArn(AwsTarget target) {
        try (StsClient sts = StsClient.builder().endpointOverride(target.endpoint())
                .region(software.amazon.awssdk.regions.Region.US_EAST_1).credentialsProvider(target.credentials()).build()) {
            return sts.getCallerIdentity().arn();
        }
    }

    private static ProfileResolution.Ready ready(ProfileResolution resolution) {
        assertThat(resolution).isInstanceOf(ProfileResolution.Ready.class);
        return (ProfileResolution.Ready) resolution;
    }

    @Test
    void accessKeysOfAProfile() {
        var ready = ready(files().signIn().resolve("static", null, null));
        assertThat(ready.target().region()).isEqualTo("us-east-1");
        assertThat(ready.target().endpoint()).isEqualTo(sandbox.endpoint());
        assertThat(callerArn(ready.target())).isEqualTo(sandbox.seeded.source().arn());
        // The explicit choice wins over the profile's region.
        assertThat(files().signIn().resolve("static", "eu-west-1", null)).isInstanceOfSatisfying(
                ProfileResolution.Ready.class, r -> assertThat(r.target().region()).isEqualTo("eu-west-1"));
    }

    @Test
    void assumesTheRoleOfAProfileWithItsSourceProfile() {
        var ready = ready(files().signIn().resolve("role", null, null));
        assertThat(callerArn(ready.target())).isEqualTo("arn:aws:sts::888888888888:assumed-role/IdentityAdmin/migration");
        assertThat(sandbox.sandbox.calls().count("sts", "AssumeRole")).isEqualTo(1);
        Identity identity = new WhoAmI().check(ready.target());
        assertThat(identity.instance().role()).isEqualTo(AdminRole.DELEGATED_ADMINISTRATOR);
    }

    @Test
    void aRoleItsSourceMayNotAssumeIsExplained() {
        assertThatThrownBy(() -> files().signIn().resolve("outside-role", null, null))
                .isInstanceOfSatisfying(MigratorException.class,
                        e -> assertThat(e.kind()).isEqualTo(MigratorException.Kind.AWS_ACCESS))
                .hasMessage("AWS did not let the profile 'outside-role' assume the role "
                        + "arn:aws:iam::888888888888:role/IdentityAdmin. The role's trust policy must allow the identity "
                        + "of its source (profile static), and that identity's policy must allow sts:AssumeRole.");
    }

    @Test
    void credentialsFromACommand() {
        var ready = ready(files().signIn().resolve("process", null, null));
        assertThat(callerArn(ready.target())).isEqualTo(sandbox.seeded.target().arn());
        assertThat(ready.target().region()).isEqualTo("eu-west-1");
    }

    @Test
    void aFailingCommandIsExplainedWithoutItsOutput() {
        assertThatThrownBy(() -> files().signIn().resolve("failing-process", null, sandbox.endpoint()))
                .hasMessage("The credential_process of the profile 'failing-process' did not give credentials (it "
                        + "ended with exit code 3). Run the command in a terminal to see why.");
    }

    @Test
    void identityCenterProfileWithACachedSignIn() {
        ProfileFiles files = files();
        String token = SandboxTokens.issue(sandbox, sandbox.sourceStartUrl(), SignInSandbox.ADMIN_USER);
        files.cacheToken("larkspur", token, sandbox.clock.instant().plus(Duration.ofHours(8)));
        var ready = ready(files.signIn().resolve("sso-admin", null, null));
        assertThat(callerArn(ready.target())).startsWith("arn:aws:sts::111111111111:assumed-role/"
                + "AWSReservedSSO_AdministratorAccess_").endsWith("/" + SignInSandbox.ADMIN_USER);
        assertThat(ready.target().credentials().toString()).doesNotContain(token);

        // A legacy profile's cache file is named after the start URL.
        files.cacheToken(sandbox.sourceStartUrl(), token, sandbox.clock.instant().plus(Duration.ofHours(8)));
        assertThat(files.signIn().resolve("sso-legacy", "us-east-1", null)).isInstanceOf(ProfileResolution.Ready.class);
    }

    @Test
    void aMissingOrExpiredSignInOffersTheDeviceSignIn() throws Exception {
        ProfileFiles files = files();
        ProfileResolution missing = files.signIn().resolve("sso-admin", null, null);
        assertThat(missing).isInstanceOfSatisfying(ProfileResolution.LoginNeeded.class, needed -> {
            assertThat(needed.reason()).isEqualTo("You have not signed in to IAM Identity Center with the profile "
                    + "'sso-admin' on this computer.");
            assertThat(needed.message()).isEqualTo(needed.reason() + " Sign in with IAM Identity Center here, or run: "
                    + "aws sso login --profile sso-admin");
            assertThat(needed.portal()).isEqualTo(new PortalLocation(sandbox.sourceStartUrl(), "us-east-1",
                    sandbox.endpoint()));
        });

        Instant past = sandbox.clock.instant().minus(Duration.ofMinutes(5));
        Path file = files.cacheToken("larkspur", "expired-token", past);
        assertThat(files.signIn().resolve("sso-admin", null, null)).isInstanceOfSatisfying(
                ProfileResolution.LoginNeeded.class, needed -> assertThat(needed.reason()).isEqualTo(
                        "The IAM Identity Center sign-in of the profile 'sso-admin' expired at " + past + "."));

        Files.writeString(file, "not json");
        assertThat(files.signIn().resolve("sso-admin", null, null)).isInstanceOfSatisfying(
                ProfileResolution.LoginNeeded.class, needed -> assertThat(needed.reason()).isEqualTo(
                        "The cached IAM Identity Center sign-in of the profile 'sso-admin' could not be read."));

        // A token that looks valid but that the portal refuses (signed out elsewhere).
        files.cacheToken("larkspur", "aoa-signed-out", sandbox.clock.instant().plus(Duration.ofHours(1)));
        var refused = files.signIn().resolve("sso-admin", null, null);
        assertThat(refused).isInstanceOfSatisfying(ProfileResolution.LoginNeeded.class, needed -> assertThat(
                needed.reason()).isEqualTo("IAM Identity Center no longer accepts the cached sign-in of the profile "
                + "'sso-admin' (it expired or was signed out)."));

        // The in-app sign-in, then the profile's account and role.
        var needed = (ProfileResolution.LoginNeeded) refused;
        var code = new AtomicReference<DeviceCode>();
        var pause = new ScriptedPause(sandbox).during(1, () -> sandbox.approve(code.get().userCode(), SignInSandbox.ADMIN_USER));
        try (PortalSession session = new DeviceLogin(needed.portal(), pause, sandbox.clock).signIn(code::set)) {
            PortalRoleCredentials role = needed.roleCredentials(session);
            assertThat(callerArn(role.target("us-east-1"))).startsWith("arn:aws:sts::111111111111:assumed-role/");
        }
    }

    @Test
    void aRoleWhoseSourceNeedsASignInSaysSo() {
        assertThatThrownBy(() -> files().signIn().resolve("role-from-sso", null, null))
                .hasMessage("The profile 'role-from-sso' assumes its role with the credentials of the profile "
                        + "'sso-admin'. You have not signed in to IAM Identity Center with the profile 'sso-admin' on "
                        + "this computer. Run: aws sso login --profile sso-admin");
        assertThatThrownBy(() -> files().signIn().resolve("loop-a", null, null))
                .hasMessageEndingWith("is part of a source_profile chain that is too long or goes round in a circle. "
                        + "Check the source_profile settings.");
    }

    @Test
    void profilesThatCannotGiveCredentialsAreExplained() {
        var signIn = files().signIn();
        assertThatThrownBy(() -> signIn.resolve("region-only", null, null))
                .hasMessage("The profile 'region-only' cannot be used to sign in: it has no access keys, role, IAM "
                        + "Identity Center or credential_process settings (no credentials). Choose another profile.");
        assertThatThrownBy(() -> signIn.resolve("no-secret", null, sandbox.endpoint()))
                .hasMessage("The profile 'no-secret' has an access key ID but no secret access key "
                        + "(aws_secret_access_key). Add it, or choose another profile.");
        assertThatThrownBy(() -> signIn.resolve("sso-no-role", null, null))
                .hasMessage("The profile 'sso-no-role' names no sso_account_id and sso_role_name, so it cannot give "
                        + "credentials by itself. Sign in with IAM Identity Center at " + sandbox.sourceStartUrl()
                        + " instead and choose the account and role there.");
        assertThatThrownBy(() -> signIn.resolve("nope", null, null))
                .hasMessageStartingWith("The AWS profile 'nope' was not found in ");
    }
}
