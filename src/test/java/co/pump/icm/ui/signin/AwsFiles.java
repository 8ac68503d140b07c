package co.pump.icm.ui.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import co.pump.icm.aws.signin.AwsProfiles;
import co.pump.icm.aws.signin.ProfileSignIn;
import co.pump.icm.aws.signin.SsoTokenCache;
import co.pump.icm.sandbox.data.SeededWorld;
import co.pump.icm.sandbox.state.SandboxCredential;

/**
 * A user's AWS files in a temporary directory (config, credentials, an empty IAM Identity Center
 * token cache) with profiles of several kinds pointing at a sandbox, and the sandbox's device
 * approval page pressed over HTTP as a person's browser would.
 */
final class AwsFiles {

    /** The demo's user with AdministratorAccess in the source management account. */
    static final String ADMIN_USER = "maya.okafor@larkspur.example";

    private static final HttpClient BROWSER = HttpClient.newHttpClient();

    final Path config;
    final Path credentials;
    final Path cache;

    AwsFiles(Path dir, URI endpoint, SeededWorld world) {
        this.config = dir.resolve("config");
        this.credentials = dir.resolve("credentials");
        this.cache = dir.resolve("sso").resolve("cache");
        String at = "endpoint_url = " + endpoint + "\n";
        write(config, "[default]\nregion = us-east-1\n" + at + "\n"
                + "[profile larkspur]\nregion = us-east-1\n" + at + "\n"
                + "[profile pump-admin]\nregion = eu-west-1\n" + at + "\n"
                + "[profile larkspur-sso]\nsso_session = larkspur\nsso_account_id = 111111111111\n"
                + "sso_role_name = AdministratorAccess\nregion = us-east-1\n" + at + "\n"
                + "[sso-session larkspur]\nsso_start_url = " + startUrl(world) + "\nsso_region = us-east-1\n\n"
                + "[profile auditor]\nrole_arn = arn:aws:iam::111111111111:role/Auditor\nsource_profile = larkspur\n"
                + at + "\n"
                + "[profile region-only]\nregion = eu-west-1\n\n");
        write(credentials, keys("larkspur", world.source()) + keys("pump-admin", world.target()));
    }

    /** The source instance's access portal. */
    static String startUrl(SeededWorld world) {
        return "https://" + world.sourceIdentityStoreId() + ".awsapps.com/start";
    }

    ProfileSignIn signIn() {
        return new ProfileSignIn(AwsProfiles.load(config, credentials), new SsoTokenCache(cache),
                Map.<String, String>of()::get);
    }

    void append(String text) {
        try {
            Files.writeString(config, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Presses Approve on the sandbox's device page as the given user; returns the HTTP status. */
    static int approve(URI endpoint, String userCode, String userName) {
        String form = "user_code=" + URLEncoder.encode(userCode, StandardCharsets.UTF_8)
                + "&user_name=" + URLEncoder.encode(userName, StandardCharsets.UTF_8);
        try {
            return BROWSER.send(HttpRequest.newBuilder(endpoint.resolve("/device/approve"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String keys(String name, SandboxCredential c) {
        return "[" + name + "]\naws_access_key_id = " + c.accessKeyId() + "\naws_secret_access_key = "
                + c.secretAccessKey() + "\n" + (c.sessionToken() == null ? "" : "aws_session_token = "
                + c.sessionToken() + "\n") + "\n";
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
