package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.InstanceReader;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.snapshot.SnapshotWriter;
import co.pump.icm.testing.Inventory;
import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rollback killed with SIGKILL at some point (a separate JVM running {@code icm rollback}) and
 * run again finishes the job: the target is byte for byte as before the import. A rollback killed
 * among the assignments can leave deletions in progress for the next one, which waits for them.
 */
class KilledRollbackTest {

    private static final Instant EXPORTED_AT = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "killed after {0} writes")
    @ValueSource(ints = {5, 100})
    void aKilledRollbackRunAgainCompletes(int killAfterWrites) throws Exception {
        try (var fixture = SandboxFixture.start(DemoData.scenario(), 13, o -> o.withAssignmentDelay(Duration.ofMillis(200)));
             var profiles = new AwsProfilesForTests(fixture, Files.createDirectories(dir.resolve("aws")))) {
            Path snapshot = dir.resolve("s.json");
            assertThat(CommandRun.of("export", "--rate", "1000", "--profile", "sandbox-source", "--out",
                    snapshot.toString()).exitCode()).isZero();
            String before = exportTarget(fixture, dir.resolve("before.json"));
            Inventory readBefore = fixture.readTarget();
            Path journal = dir.resolve("s.journal.jsonl");
            assertThat(CommandRun.of("apply", "--rate", "1000", "--profile", "sandbox-target", "--yes", "--snapshot",
                    snapshot.toString()).exitCode()).isZero();
            int imported = fixture.sandbox().calls().writes().size();

            Process rollback = icmProcess("rollback", "--rate", "40", "--profile", "sandbox-target", "--yes",
                    "--journal", journal.toString());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (fixture.sandbox().calls().writes().size() < imported + killAfterWrites && rollback.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(rollback.isAlive()).as("still rolling back when killed").isTrue();
            rollback.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            assertThat(Files.readString(journal)).contains("\"type\":\"rollback-run\"")
                    .doesNotContain("\"type\":\"rollback-end\"");

            var again = CommandRun.of("rollback", "--rate", "1000", "--profile", "sandbox-target", "--yes",
                    "--journal", journal.toString());
            assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
            assertThat(again.out()).contains("⚠ An earlier rollback of this run started ").contains("✓ Back as before the run");
            assertThat(exportTarget(fixture, dir.resolve("after.json"))).isEqualTo(before);
            fixture.readTarget().assertSameAs(readBefore, "The target after the rollback");
        }
    }

    private static String exportTarget(SandboxFixture fixture, Path file) throws Exception {
        try (var clients = AwsClients.open(fixture.target(), 16)) {
            var config = new InstanceReader(clients, new AwsCallRunner(RateSettings.AWS_DEFAULTS.withRate(1000)),
                    ExportListener.NONE).read(null).config();
            SnapshotWriter.write(file, config, EXPORTED_AT);
        }
        return Files.readString(file);
    }

    /** Starts {@code icm} in its own JVM, with the test's class path and AWS config files. */
    private Process icmProcess(String... args) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "co.pump.icm.cli.Main"));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("rollback.log").toFile());
        builder.environment().put("AWS_CONFIG_FILE", System.getProperty("aws.configFile"));
        builder.environment().put("AWS_SHARED_CREDENTIALS_FILE", System.getProperty("aws.sharedCredentialsFile"));
        builder.environment().remove("AWS_PROFILE");
        assertThat(classPath).contains(File.pathSeparator);
        return builder.start();
    }
}
