package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** icm apply when AWS refuses some items, and when the target is asked for in the wrong region. */
class ImportFailuresCommandTest {

    @TempDir
    Path dir;

    @Test
    void failedItemsAreListedWithAwsReasonAndExitFour() throws Exception {
        try (var fixture = SandboxFixture.start(DemoData.scenarioWithMissingPolicy(), 5, o -> o);
             var profiles = new AwsProfilesForTests(fixture, Files.createDirectories(dir.resolve("aws")))) {
            Path snapshot = dir.resolve("s.json");
            assertThat(CommandRun.of("export", "--rate", "1000", "--profile", "sandbox-source", "--out",
                    snapshot.toString()).exitCode()).isZero();
            var apply = CommandRun.of("apply", "--rate", "1000", "--profile", "sandbox-target", "--yes", "--snapshot",
                    snapshot.toString());
            assertThat(apply.exitCode()).isEqualTo(4);
            assertThat(apply.out()).contains("Not done:")
                    .containsPattern("✗ 444444444444 / DataEngineer / .* — CreateAccountAssignment for .* failed: .*DataLakeAccess")
                    .contains("Run the same command again to retry: what is already done is left alone.");
            var verify = CommandRun.of("verify", "--rate", "1000", "--profile", "sandbox-target", "--snapshot",
                    snapshot.toString());
            assertThat(verify.exitCode()).isEqualTo(1);
            assertThat(verify.out()).contains("Account assignments: 444444444444 / DataEngineer");
        }
    }

    @Test
    void theWrongRegionStopsBeforeAnyWrite() throws Exception {
        try (var fixture = SandboxFixture.demo();
             var profiles = new AwsProfilesForTests(fixture, Files.createDirectories(dir.resolve("aws")))) {
            Path snapshot = dir.resolve("s.json");
            assertThat(CommandRun.of("export", "--rate", "1000", "--profile", "sandbox-source", "--out",
                    snapshot.toString()).exitCode()).isZero();
            var apply = CommandRun.of("apply", "--rate", "1000", "--profile", "sandbox-target", "--region", "us-east-1",
                    "--yes", "--snapshot", snapshot.toString());
            assertThat(apply.exitCode()).isEqualTo(3);
            assertThat(apply.err()).contains("administers no IAM Identity Center instance in us-east-1");
            assertThat(fixture.sandbox().calls().anyWrite()).isFalse();
        }
    }
}
