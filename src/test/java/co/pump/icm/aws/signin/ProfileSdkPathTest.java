package co.pump.icm.aws.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SDK's own profile providers (IAM Identity Center with the AWS CLI's cached token, and
 * assume role), as in production: no endpoint override in the profile, so {@link ProfileSignIn}
 * hands the profile to {@code ProfileCredentialsProvider}. The SDK builds its portal and STS
 * clients itself; they reach the sandbox only through the AWS_ENDPOINT_URL_&lt;SERVICE&gt;
 * variables, and they read the token cache under $HOME, so {@code icm whoami} runs in a child JVM
 * with its own HOME and environment.
 */
class ProfileSdkPathTest {

    private final SignInSandbox sandbox = new SignInSandbox();

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void theSdksIdentityCenterAndAssumeRoleProvidersReachTheSandbox(@TempDir Path home) throws Exception {
        Path aws = home.resolve(".aws");
        Files.createDirectories(aws.resolve("sso").resolve("cache"));
        Files.writeString(aws.resolve("config"), ""
                + "[profile sso-admin]\nsso_session = larkspur\nsso_account_id = 111111111111\n"
                + "sso_role_name = AdministratorAccess\nregion = us-east-1\n\n"
                + "[sso-session larkspur]\nsso_start_url = " + sandbox.sourceStartUrl() + "\nsso_region = us-east-1\n\n"
                + "[profile target-management]\nregion = eu-west-1\n\n"
                + "[profile role]\nrole_arn = arn:aws:iam::888888888888:role/IdentityAdmin\n"
                + "source_profile = target-management\nrole_session_name = sdk-path\nregion = eu-west-1\n");
        var management = sandbox.seeded.targetManagement();
        Files.writeString(aws.resolve("credentials"), "[target-management]\naws_access_key_id = "
                + management.accessKeyId() + "\naws_secret_access_key = " + management.secretAccessKey() + "\n");
        String token = SandboxTokens.issue(sandbox, sandbox.sourceStartUrl(), SignInSandbox.ADMIN_USER);
        var cache = new SsoTokenCache(aws.resolve("sso").resolve("cache"));
        Files.writeString(cache.fileOf(new IdentityCenterProfile("larkspur", null, null, null, null)),
                "{\"startUrl\": \"" + sandbox.sourceStartUrl() + "\", \"region\": \"us-east-1\", \"accessToken\": \""
                        + token + "\", \"expiresAt\": \"" + sandbox.clock.instant().plus(Duration.ofHours(8)) + "\"}");

        var sso = icm(home, "whoami", "--profile", "sso-admin");
        assertThat(sso.exit).as(sso.output).isZero();
        assertThat(sso.output).contains("Signed in to account 111111111111 as arn:aws:sts::111111111111:assumed-role/"
                + "AWSReservedSSO_AdministratorAccess_").contains("All checks passed.");
        assertThat(sandbox.sandbox.calls().count("sso-portal", "GetRoleCredentials")).isEqualTo(1);

        var role = icm(home, "whoami", "--profile", "role");
        assertThat(role.exit).as(role.output).isZero();
        assertThat(role.output).contains("Signed in to account 888888888888 as "
                + "arn:aws:sts::888888888888:assumed-role/IdentityAdmin/sdk-path.");
        assertThat(sandbox.sandbox.calls().count("sts", "AssumeRole")).isEqualTo(1);
    }

    private record Run(int exit, String output) {
    }

    /** Runs icm in a child JVM whose only AWS settings are the ones given here. */
    private Run icm(Path home, String... args) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        var command = new ArrayList<String>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "co.pump.icm.cli.Main"));
        command.addAll(List.of(args));
        var process = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = process.environment();
        env.keySet().removeIf(k -> k.startsWith("AWS_"));
        env.put("HOME", home.toString());
        String endpoint = sandbox.endpoint().toString();
        for (String service : List.of("SSO", "STS", "SSO_ADMIN", "ORGANIZATIONS", "IDENTITYSTORE")) {
            env.put("AWS_ENDPOINT_URL_" + service, endpoint);
        }
        Process child = process.start();
        byte[] output = child.getInputStream().readAllBytes();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(child.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
