package co.pump.icm.aws.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import co.pump.icm.aws.AwsTarget;
import co.pump.icm.sandbox.Sandbox;
import co.pump.icm.sandbox.SandboxOptions;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.sandbox.data.SandboxSeeder;
import co.pump.icm.sandbox.data.SeededWorld;
import co.pump.icm.sandbox.state.SandboxCredential;
import co.pump.icm.sandbox.state.SandboxWorld;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The seeded demo sandbox with a clock the test moves (device codes expire, tokens age, without
 * waiting), and the approval page driven over HTTP as a person's browser would.
 */
final class SignInSandbox implements AutoCloseable {

    /** The demo's user with AdministratorAccess in the source management account. */
    static final String ADMIN_USER = "maya.okafor@larkspur.example";

    private static final HttpClient BROWSER = HttpClient.newHttpClient();

    final AtomicLong now = new AtomicLong(System.currentTimeMillis());
    final SandboxWorld world = new SandboxWorld(42, now::get);
    final SeededWorld seeded = SandboxSeeder.seed(world, DemoData.scenario());
    final Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withSeed(42).withPort(0).withWorld(world));
    /** The sandbox's time, for the engine's clocks. */
    final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    };

    URI endpoint() {
        return sandbox.endpoint();
    }

    void advance(Duration duration) {
        now.addAndGet(duration.toMillis());
    }

    /** The access portal URL of the source instance. */
    String sourceStartUrl() {
        return "https://" + seeded.sourceIdentityStoreId() + ".awsapps.com/start";
    }

    PortalLocation sourcePortal() {
        return new PortalLocation(sourceStartUrl(), DemoData.SOURCE_REGION, endpoint());
    }

    AwsTarget source() {
        return target(seeded.source(), null);
    }

    AwsTarget target() {
        return target(seeded.target(), null);
    }

    AwsTarget target(SandboxCredential credential, String region) {
        var credentials = credential.sessionToken() == null
                ? AwsBasicCredentials.create(credential.accessKeyId(), credential.secretAccessKey())
                : AwsSessionCredentials.create(credential.accessKeyId(), credential.secretAccessKey(),
                credential.sessionToken());
        return AwsTarget.withCredentials(StaticCredentialsProvider.create(credentials), region, endpoint())
                .withEnvironment(java.util.Map.of());
    }

    /** Lets the key call only the given IAM actions. */
    void restrict(SandboxCredential credential, Set<String> actions) {
        synchronized (world) {
            world.policies.put(credential.accessKeyId(), Set.copyOf(actions));
        }
    }

    /** Presses Approve on the sandbox's device page, as the user. Returns the HTTP status. */
    int approve(String userCode, String userName) {
        return press("approve", "user_code=" + encode(userCode) + "&user_name=" + encode(userName));
    }

    int deny(String userCode) {
        return press("deny", "user_code=" + encode(userCode));
    }

    /** Opens the verification page the sign-in handed out. */
    HttpResponse<String> open(String url) {
        try {
            return BROWSER.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private int press(String button, String form) {
        try {
            return BROWSER.send(HttpRequest.newBuilder(endpoint().resolve("/device/" + button))
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

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
