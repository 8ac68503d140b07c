package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.testing.ImportExpectation;
import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import killed with SIGKILL at some point (a separate JVM running {@code icm apply}) and run
 * again finishes the job: nothing lost, nothing twice, verify finds no drift.
 */
class KilledApplyTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "killed after {0} writes")
    @ValueSource(ints = {5, 60, 150})
    void aKilledImportRunAgainCompletesWithoutDuplicates(int killAfterWrites) throws Exception {
        try (var fixture = SandboxFixture.start(co.pump.icm.sandbox.data.DemoData.scenario(), 11,
                o -> o.withAssignmentDelay(Duration.ofMillis(200)));
             var profiles = new AwsProfilesForTests(fixture, Files.createDirectories(dir.resolve("aws")))) {
            Path snapshot = dir.resolve("s.json");
            assertThat(CommandRun.of("export", "--rate", "1000", "--profile", "sandbox-source", "--out",
                    snapshot.toString()).exitCode()).isZero();

            Process apply = icmProcess("apply", "--rate", "40", "--profile", "sandbox-target", "--yes",
                    "--snapshot", snapshot.toString());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (fixture.sandbox().calls().writes().size() < killAfterWrites && apply.isAlive()
                    && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(apply.isAlive()).as("still importing when killed").isTrue();
            apply.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            int writesBeforeKill = fixture.sandbox().calls().writes().size();
            assertThat(writesBeforeKill).isGreaterThanOrEqualTo(killAfterWrites);

            var again = CommandRun.of("apply", "--rate", "1000", "--profile", "sandbox-target", "--yes",
                    "--snapshot", snapshot.toString());
            assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
            var verify = CommandRun.of("verify", "--rate", "1000", "--profile", "sandbox-target",
                    "--snapshot", snapshot.toString());
            assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();

            ImportExpectation.assertMatches(fixture.readTarget(), fixture.expectedTarget(), "The target after the rerun");
            SandboxInstance target = fixture.world().instance(fixture.seeded().targetInstanceArn()).orElseThrow();
            synchronized (fixture.world()) {
                assertThat(target.users).hasSize(39); // all but the user disabled in the source
                assertThat(target.groups).hasSize(8);
                assertThat(target.permissionSets).hasSize(12);
                assertThat(target.memberships.values().stream().map(m -> m.groupId() + m.userId()).distinct().count())
                        .isEqualTo(target.memberships.size());
                assertThat(target.assignments.stream().distinct().count()).isEqualTo(target.assignments.size());
            }
        }
    }

    /** Starts {@code icm} in its own JVM, with the test's class path and AWS config files. */
    private Process icmProcess(String... args) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, "co.pump.icm.cli.Main"));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("apply.log").toFile());
        builder.environment().put("AWS_CONFIG_FILE", System.getProperty("aws.configFile"));
        builder.environment().put("AWS_SHARED_CREDENTIALS_FILE", System.getProperty("aws.sharedCredentialsFile"));
        builder.environment().remove("AWS_PROFILE");
        assertThat(classPath).contains(File.pathSeparator);
        return builder.start();
    }
}
