package co.pump.icm.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import co.pump.icm.cli.Main;
import co.pump.icm.testing.ImportExpectation;
import co.pump.icm.testing.Inventory;
import co.pump.icm.testing.InventoryReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The whole cycle through the command line, as a person would run it, against
 * {@code icm sandbox --data large:300 --lost-reply-rate 0.05}: a twentieth of the requests are
 * carried out and their answers lost. Export, import, verify and rollback all succeed, and the
 * test-side reader finds the snapshot equal to the source, the target equal to the source after
 * the import (whole, no twins), and the target as before after the rollback. Runs with
 * {@code mvn verify -Preliability}.
 */
@Tag("reliability")
class LostAnswersCycleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** {@code icm sandbox} running in a thread until interrupted. */
    private static final class RunningSandbox implements AutoCloseable {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final Thread thread;
        final JsonNode summary;

        RunningSandbox(String... args) throws Exception {
            thread = new Thread(() -> Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true)), "icm-sandbox");
            thread.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!out.toString().contains("\n") && thread.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(out.toString()).as("the sandbox's first line; stderr: %s", err).contains("\n");
            summary = JSON.readTree(out.toString().lines().findFirst().orElseThrow());
        }

        @Override
        public void close() throws InterruptedException {
            thread.interrupt();
            thread.join(30_000);
        }
    }

    private static String run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).as("icm %s: %s%s", args[0], out, err).isZero();
        return out.toString();
    }

    @Test
    void large300ExportsImportsVerifiesAndRollsBackWithAnswersLost() throws Exception {
        Path aws = dir.resolve("aws");
        Path snapshot = dir.resolve("large.json");
        Path journal = dir.resolve("large.journal.jsonl");
        Path calls = dir.resolve("calls.jsonl");
        String oldConfig = System.getProperty("aws.configFile");
        String oldCredentials = System.getProperty("aws.sharedCredentialsFile");
        try (var sandbox = new RunningSandbox("sandbox", "--data", "large:300", "--seed", "5", "--lost-reply-rate", "0.05",
                "--config-out", aws.toString(), "--log-calls", calls.toString())) {
            System.setProperty("aws.configFile", aws.resolve("config").toString());
            System.setProperty("aws.sharedCredentialsFile", aws.resolve("credentials").toString());
            URI endpoint = URI.create(sandbox.summary.get("endpoint").asText());
            ProfileFile profiles = ProfileFile.aggregator()
                    .addFile(ProfileFile.builder().content(aws.resolve("config")).type(ProfileFile.Type.CONFIGURATION).build())
                    .addFile(ProfileFile.builder().content(aws.resolve("credentials")).type(ProfileFile.Type.CREDENTIALS).build())
                    .build();
            AwsCredentialsProvider source = ProfileCredentialsProvider.builder().profileFile(profiles)
                    .profileName("sandbox-source").build();
            AwsCredentialsProvider target = ProfileCredentialsProvider.builder().profileFile(profiles)
                    .profileName("sandbox-target").build();
            String sourceRegion = sandbox.summary.at("/profiles/sandbox-source/region").asText();
            String targetRegion = sandbox.summary.at("/profiles/sandbox-target/region").asText();

            Inventory sourceRead = InventoryReader.read(endpoint, source, sourceRegion);
            Inventory before = InventoryReader.read(endpoint, target, targetRegion);
            assertThat(sourceRead.items("users")).hasSize(300);

            run("export", "--profile", "sandbox-source", "--out", snapshot.toString());
            InventoryReader.fromSnapshot(snapshot).assertSameAs(sourceRead, "The large:300 snapshot");

            String applied = run("apply", "--profile", "sandbox-target", "--yes", "--snapshot", snapshot.toString());
            assertThat(applied).containsPattern("\\d+ changes made · 0 failed or not attempted");
            ImportExpectation.assertMatches(InventoryReader.read(endpoint, target, targetRegion),
                    ImportExpectation.of(sourceRead, InventoryReader.assignableAccounts(endpoint, target, targetRegion)),
                    "The large:300 target after the import");

            assertThat(run("verify", "--profile", "sandbox-target", "--snapshot", snapshot.toString()))
                    .startsWith("✓ No drift");

            assertThat(run("rollback", "--profile", "sandbox-target", "--yes", "--journal", journal.toString()))
                    .contains("✓ Back as before the run");
            InventoryReader.read(endpoint, target, targetRegion).assertSameAs(before,
                    "The large:300 target after the rollback");

            // With no other fault on, a request answered with nothing (status 0) was carried out.
            long lostWrites = java.nio.file.Files.readAllLines(calls).stream().map(LostAnswersCycleTest::json)
                    .filter(c -> c.get("status").asInt() == 0)
                    .filter(c -> c.get("operation").asText().matches("(Create|Delete|Put|Attach|Detach|Update).*"))
                    .count();
            System.out.printf("large:300 cycle with lost answers: %d writes carried out without an answer%n", lostWrites);
            assertThat(lostWrites).isPositive();
        } finally {
            restore("aws.configFile", oldConfig);
            restore("aws.sharedCredentialsFile", oldCredentials);
        }
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
