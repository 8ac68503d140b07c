package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;

import co.pump.icm.sandbox.AwsCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;

class SandboxCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code icm sandbox} running in a thread, stopped by interrupting it. */
    private static final class Running implements AutoCloseable {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final Thread thread;
        volatile int exitCode = -1;
        final JsonNode summary;

        Running(String... args) throws Exception {
            thread = new Thread(() -> exitCode = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true)));
            thread.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!out.toString().contains("\n") && thread.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(out.toString()).as("first line; stderr: %s", err).contains("\n");
            summary = JSON.readTree(out.toString().lines().findFirst().orElseThrow());
        }

        URI endpoint() {
            return URI.create(summary.get("endpoint").asText());
        }

        @Override
        public void close() {
            thread.interrupt();
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void printsWhereItIsAndWritesProfiles(@TempDir Path dir) throws Exception {
        Path aws = dir.resolve("aws");
        URI endpoint;
        try (var sandbox = new Running("sandbox", "--data", "demo", "--port", "0", "--config-out", aws.toString(), "--seed", "3")) {
            JsonNode s = sandbox.summary;
            endpoint = sandbox.endpoint();
            assertThat(endpoint.toString()).matches("http://127\\.0\\.0\\.1:\\d+");
            assertThat(s.get("data").asText()).isEqualTo("demo");
            assertThat(s.get("profiles").fieldNames()).toIterable()
                    .containsExactly("sandbox-source", "sandbox-target", "sandbox-target-management", "sandbox-member");
            assertThat(s.at("/profiles/sandbox-source/region").asText()).isEqualTo("us-east-1");
            assertThat(s.at("/profiles/sandbox-target/region").asText()).isEqualTo("eu-west-1");
            assertThat(s.at("/source/identityStoreId").asText()).matches("d-[0-9a-f]{10}");
            assertThat(s.at("/target/accountId").asText()).matches("\\d{12}");
            assertThat(s.get("configFile").asText()).isEqualTo(aws.resolve("config").toAbsolutePath().toString());

            String config = Files.readString(aws.resolve("config"));
            assertThat(config).contains("[profile sandbox-source]\nregion = us-east-1\nendpoint_url = " + endpoint + "\n");
            assertThat(config).contains("[profile sandbox-target]\nregion = eu-west-1\nendpoint_url = " + endpoint + "\n");
            String credentials = Files.readString(aws.resolve("credentials"));
            assertThat(credentials).contains("[sandbox-source]\naws_access_key_id = ASIA").contains("aws_session_token = ");
            assertThat(Files.getPosixFilePermissions(aws.resolve("credentials")))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            String secret = credentials.lines().filter(l -> l.startsWith("aws_secret_access_key")).findFirst().orElseThrow()
                    .split(" = ")[1];
            assertThat(sandbox.out.toString()).doesNotContain(secret);

            // The AWS SDK for Java finds region, endpoint and keys through the profile, as icm --profile will.
            ProfileFile profiles = profiles(aws);
            try (IdentitystoreClient client = IdentitystoreClient.builder()
                    .credentialsProvider(ProfileCredentialsProvider.builder().profileFile(profiles).profileName("sandbox-source").build())
                    .overrideConfiguration(o -> o.defaultProfileFile(profiles).defaultProfileName("sandbox-source"))
                    .httpClient(UrlConnectionHttpClient.create()).build()) {
                String store = s.at("/source/identityStoreId").asText();
                assertThat(client.listUsersPaginator(r -> r.identityStoreId(store)).users()).hasSizeGreaterThan(10);
            }
        }
        assertThat(portIsClosed(endpoint)).isTrue();
    }

    /** With every answer lost, a write is still carried out: the same write again meets it. */
    @Test
    void loseRepliesAfterTheWork(@TempDir Path dir) throws Exception {
        Path aws = dir.resolve("aws");
        Path log = dir.resolve("calls.jsonl");
        try (var sandbox = new Running("sandbox", "--config-out", aws.toString(), "--lost-reply-rate", "1",
                "--log-calls", log.toString())) {
            ProfileFile profiles = profiles(aws);
            try (IdentitystoreClient client = IdentitystoreClient.builder()
                    .credentialsProvider(ProfileCredentialsProvider.builder().profileFile(profiles).profileName("sandbox-target").build())
                    .overrideConfiguration(o -> o.defaultProfileFile(profiles).defaultProfileName("sandbox-target")
                            .retryStrategy(software.amazon.awssdk.awscore.retry.AwsRetryStrategy.doNotRetry()))
                    .httpClient(UrlConnectionHttpClient.create()).build()) {
                String store = sandbox.summary.at("/target/identityStoreId").asText();
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.createGroup(r -> r.identityStoreId(store)
                        .displayName("Auditors"))).isInstanceOf(software.amazon.awssdk.core.exception.SdkClientException.class);
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.createGroup(r -> r.identityStoreId(store)
                        .displayName("Auditors"))).isInstanceOf(
                        software.amazon.awssdk.services.identitystore.model.ConflictException.class);
            }
        }
        var createGroups = new ArrayList<String>();
        for (String line : Files.readAllLines(log)) {
            JsonNode call = JSON.readTree(line);
            if (call.get("operation").asText().equals("CreateGroup")) {
                createGroups.add(call.get("status").asInt() + " " + call.get("error").asText());
            }
        }
        assertThat(createGroups).containsExactly("0 null", "400 ConflictException");
    }

    @Test
    void servesASnapshotFileAsTheSourceOrganization(@TempDir Path dir) throws Exception {
        Path snapshot = dir.resolve("acme.json");
        co.pump.icm.snapshot.SnapshotWriter.write(snapshot, co.pump.icm.model.TestConfigs.full(), java.time.Instant.now());
        Path aws = dir.resolve("aws");
        try (var sandbox = new Running("sandbox", "--data", snapshot.toString(), "--config-out", aws.toString())) {
            assertThat(sandbox.summary.get("data").asText()).isEqualTo(snapshot.toString());
            ProfileFile profiles = profiles(aws);
            try (IdentitystoreClient client = IdentitystoreClient.builder()
                    .credentialsProvider(ProfileCredentialsProvider.builder().profileFile(profiles).profileName("sandbox-source").build())
                    .overrideConfiguration(o -> o.defaultProfileFile(profiles).defaultProfileName("sandbox-source"))
                    .httpClient(UrlConnectionHttpClient.create()).build()) {
                String store = sandbox.summary.at("/source/identityStoreId").asText();
                assertThat(client.listUsersPaginator(r -> r.identityStoreId(store)).users())
                        .extracting(u -> u.userName()).containsExactlyInAnyOrder("alice@acme.com", "bob@acme.com",
                                "carol@acme.com");
            }
        }
    }

    @Test
    void refusesASnapshotFileThatIsNotValid(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{ not json");
        var run = CommandRun.of("sandbox", "--data", bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("icm: bad.json: invalid JSON at line 1, column 3");
    }

    @Test
    void stopsCleanlyWhenInterrupted(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("calls.jsonl");
        var sandbox = new Running("sandbox", "--log-calls", log.toString(), "--tps", "20", "--latency", "1ms");
        URI endpoint = sandbox.endpoint();
        sandbox.close();
        assertThat(sandbox.thread.isAlive()).isFalse();
        assertThat(sandbox.exitCode).isZero();
        assertThat(portIsClosed(endpoint)).isTrue();
        assertThat(log).exists();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--port|70000|--port must be between 0 and 65535; got 70000.",
            "--tps|-1|--tps must be 0 (no throttling) or a number of requests per second; got -1.0.",
            "--fail-rate|1.5|--fail-rate must be between 0 and 1; got 1.5.",
            "--reset-rate|-0.1|--reset-rate must be between 0 and 1; got -0.1.",
            "--lost-reply-rate|2|--lost-reply-rate must be between 0 and 1; got 2.0.",
            "--late-fail-rate|-1|--late-fail-rate must be between 0 and 1; got -1.0.",
            "--latency|fast|--latency must be a duration such as 20ms, 1s or 2m; got 'fast'.",
            "--latency|20|--latency must be a duration such as 20ms, 1s or 2m; got '20'.",
            "--assignment-delay|1.5s|--assignment-delay must be a duration such as 20ms, 1s or 2m; got '1.5s'.",
            "--page-size|0|--page-size must be between 1 and 100; got 0.",
            "--data|tiny|Unknown sandbox data \"tiny\": use demo, demo-arriving, large:USERS (e.g. large:10000) or a snapshot file",
    })
    void refusesBadOptionsWithOneLine(String option, String value, String message) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Main.run(new String[] {"sandbox", option, value}, new PrintWriter(out), new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo("icm: " + message + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void refusesLostAndLateFailedRepliesAboveOneTogether() {
        var err = new StringWriter();
        int code = Main.run(new String[] {"sandbox", "--lost-reply-rate", "0.6", "--late-fail-rate", "0.5"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString().strip())
                .isEqualTo("icm: --lost-reply-rate and --late-fail-rate together cannot exceed 1; got 0.6 and 0.5.");
    }

    @Test
    void refusesAConfigOutThatIsAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        var err = new StringWriter();
        int code = Main.run(new String[] {"sandbox", "--config-out", file.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("icm: --config-out " + file + " is a file; give a directory.");
    }

    @Test
    void refusesACallLogInAMissingDirectory(@TempDir Path dir) {
        Path log = dir.resolve("missing").resolve("calls.jsonl");
        var err = new StringWriter();
        int code = Main.run(new String[] {"sandbox", "--log-calls", log.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("icm: --log-calls " + log + ": the directory " + log.getParent()
                + " does not exist.");
    }

    @Test
    void refusesAPortInUse() throws Exception {
        try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            var err = new StringWriter();
            int code = Main.run(new String[] {"sandbox", "--port", String.valueOf(taken.getLocalPort())},
                    new PrintWriter(new StringWriter()), new PrintWriter(err));
            assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString()).startsWith("icm: Could not listen on 127.0.0.1:" + taken.getLocalPort() + ": ");
        }
    }

    @Test
    void acceptsTheDocumentedDurations() {
        assertThat(DurationOption.parse("--latency", "20ms")).hasMillis(20);
        assertThat(DurationOption.parse("--latency", "500ms")).hasMillis(500);
        assertThat(DurationOption.parse("--latency", "1s")).hasSeconds(1);
        assertThat(DurationOption.parse("--latency", "2m")).hasMinutes(2);
    }

    /**
     * The AWS CLI, configured by the files --config-out wrote, lists the sandbox's users. A CLI
     * too old to read endpoint_url from a profile (Debian 12's 2.9) is given the endpoint.
     */
    @Test
    void theAwsCliWorksAgainstTheSandbox(@TempDir Path dir) throws Exception {
        Path awsDir = dir.resolve("aws");
        try (var sandbox = new Running("sandbox", "--config-out", awsDir.toString())) {
            var cli = new AwsCli(sandbox.endpoint().toString(), dir);
            String store = sandbox.summary.at("/source/identityStoreId").asText();
            JsonNode users = cli.runWithProfile(awsDir, "sandbox-source", "identitystore", "list-users",
                    "--identity-store-id", store).json();
            assertThat(users.get("Users").size()).isGreaterThan(10);
            assertThat(users.get("Users").get(0).get("UserName").asText()).contains("@");
            assertThat(users.get("Users").get(0).get("IdentityStoreId").asText()).isEqualTo(store);
            JsonNode who = cli.runWithProfile(awsDir, "sandbox-target", "sts", "get-caller-identity").json();
            assertThat(who.get("Account").asText()).isEqualTo(sandbox.summary.at("/target/accountId").asText());
        }
    }

    /** The AWS config and credentials files --config-out wrote, as the SDK reads them. */
    private static ProfileFile profiles(Path aws) {
        return ProfileFile.aggregator()
                .addFile(ProfileFile.builder().content(aws.resolve("config")).type(ProfileFile.Type.CONFIGURATION).build())
                .addFile(ProfileFile.builder().content(aws.resolve("credentials")).type(ProfileFile.Type.CREDENTIALS).build())
                .build();
    }

    private static boolean portIsClosed(URI endpoint) {
        try {
            new Socket(endpoint.getHost(), endpoint.getPort()).close();
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
