package co.pump.icm.aws.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

import co.pump.icm.sandbox.state.SandboxCredential;

/**
 * Temporary AWS config, credentials and token cache files with one profile of each kind, all
 * pointing at a sandbox, as a user's ~/.aws would look.
 */
final class ProfileFiles {

    final Path dir;
    final Path config;
    final Path credentials;
    final Path cache;
    private final SignInSandbox sandbox;

    ProfileFiles(SignInSandbox sandbox, Path dir) {
        this.sandbox = sandbox;
        this.dir = dir;
        this.config = dir.resolve("config");
        this.credentials = dir.resolve("credentials");
        this.cache = dir.resolve("sso").resolve("cache");
        var seeded = sandbox.seeded;
        String endpoint = "endpoint_url = " + sandbox.endpoint() + "\n";
        write(config, ""
                + "[default]\nregion = us-east-1\n" + endpoint + "\n"
                + "[profile static]\nregion = us-east-1\n" + endpoint + "\n"
                + "[profile target-management]\nregion = eu-west-1\n" + endpoint + "\n"
                + "[profile role]\nrole_arn = arn:aws:iam::888888888888:role/IdentityAdmin\n"
                + "source_profile = target-management\nrole_session_name = migration\nregion = eu-west-1\n" + endpoint + "\n"
                + "[profile outside-role]\nrole_arn = arn:aws:iam::888888888888:role/IdentityAdmin\n"
                + "source_profile = static\n" + endpoint + "\n"
                + "[profile sso-admin]\nsso_session = larkspur\nsso_account_id = 111111111111\n"
                + "sso_role_name = AdministratorAccess\nregion = us-east-1\n" + endpoint + "\n"
                + "[profile sso-legacy]\nsso_start_url = " + sandbox.sourceStartUrl() + "\nsso_region = us-east-1\n"
                + "sso_account_id = 111111111111\nsso_role_name = AdministratorAccess\n" + endpoint + "\n"
                + "[profile sso-no-role]\nsso_session = larkspur\n\n"
                + "[sso-session larkspur]\nsso_start_url = " + sandbox.sourceStartUrl() + "\nsso_region = us-east-1\n"
                + "sso_registration_scopes = sso:account:access\n\n"
                + "[profile process]\ncredential_process = " + script("process.sh", seeded.target()) + "\n"
                + "region = eu-west-1\n" + endpoint + "\n"
                + "[profile failing-process]\ncredential_process = " + failing("fail.sh") + "\n\n"
                + "[profile region-only]\nregion = eu-west-1\n\n"
                + "[profile role-from-sso]\nrole_arn = arn:aws:iam::111111111111:role/Auditor\nsource_profile = sso-admin\n"
                + endpoint + "\n"
                + "[profile loop-a]\nrole_arn = arn:aws:iam::111111111111:role/A\nsource_profile = loop-b\n" + endpoint + "\n"
                + "[profile loop-b]\nrole_arn = arn:aws:iam::111111111111:role/B\nsource_profile = loop-a\n" + endpoint + "\n"
                + "[profile web]\nrole_arn = arn:aws:iam::888888888888:role/Web\nweb_identity_token_file = /tmp/t\n\n");
        write(credentials, keys("default", seeded.source()) + keys("static", seeded.source())
                + keys("target-management", seeded.targetManagement())
                + "[no-secret]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\n\n");
    }

    AwsProfiles profiles() {
        return AwsProfiles.load(config, credentials);
    }

    ProfileSignIn signIn() {
        return new ProfileSignIn(profiles(), new SsoTokenCache(cache), java.util.Map.<String, String>of()::get,
                sandbox.clock);
    }

    /** Writes the AWS CLI's cache file of a session, as {@code aws sso login} does. */
    Path cacheToken(String key, String accessToken, Instant expiresAt) {
        var profile = new IdentityCenterProfile(null, key, "us-east-1", null, null);
        Path file = new SsoTokenCache(cache).fileOf(profile);
        write(file, "{\"startUrl\": \"" + sandbox.sourceStartUrl() + "\", \"region\": \"us-east-1\", \"accessToken\": \""
                + accessToken + "\", \"expiresAt\": \"" + expiresAt + "\"}");
        return file;
    }

    private static String keys(String name, SandboxCredential c) {
        return "[" + name + "]\naws_access_key_id = " + c.accessKeyId() + "\naws_secret_access_key = "
                + c.secretAccessKey() + "\n" + (c.sessionToken() == null ? "" : "aws_session_token = "
                + c.sessionToken() + "\n") + "\n";
    }

    private String script(String name, SandboxCredential c) {
        return executable(name, "#!/bin/sh\ncat <<'JSON'\n{\"Version\": 1, \"AccessKeyId\": \"" + c.accessKeyId()
                + "\", \"SecretAccessKey\": \"" + c.secretAccessKey() + "\""
                + (c.sessionToken() == null ? "" : ", \"SessionToken\": \"" + c.sessionToken() + "\"") + "}\nJSON\n");
    }

    private String failing(String name) {
        return executable(name, "#!/bin/sh\necho 'no credentials today' >&2\nexit 3\n");
    }

    private String executable(String name, String text) {
        Path file = dir.resolve(name);
        write(file, text);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toString();
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
