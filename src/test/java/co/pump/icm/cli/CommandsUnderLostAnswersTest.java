package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import co.pump.icm.sandbox.FaultOptions;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.testing.ImportExpectation;
import co.pump.icm.testing.Inventory;
import co.pump.icm.testing.InventoryReader;
import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * icm export, apply, verify and rollback against a sandbox that carries out some requests and then
 * loses their answers: every command succeeds, and the test-side reader finds the snapshot equal
 * to the source, the target equal to the source after the import (nothing twice), and the target
 * as before after the rollback.
 */
class CommandsUnderLostAnswersTest {

    @TempDir
    Path dir;

    @Test
    void exportApplyVerifyAndRollbackComplete() throws Exception {
        try (var fixture = SandboxFixture.start(DemoData.scenario(), 24, o -> o.withFaults(FaultOptions.none()
                .withLostReplyRate(0.1).withLateFailRate(0.05)));
             var profiles = new AwsProfilesForTests(fixture, Files.createDirectories(dir.resolve("aws")))) {
            Inventory before = fixture.withoutFaults(fixture::readTarget);
            Path snapshot = dir.resolve("larkspur.json");
            Path journal = dir.resolve("larkspur.journal.jsonl");

            var export = CommandRun.of("export", "--rate", "1000", "--profile", "sandbox-source", "--out",
                    snapshot.toString());
            assertThat(export.exitCode()).as(export.err()).isZero();
            InventoryReader.fromSnapshot(snapshot).assertSameAs(fixture.withoutFaults(fixture::readSource), "The snapshot");

            var apply = CommandRun.of("apply", "--rate", "1000", "--profile", "sandbox-target", "--yes", "--snapshot",
                    snapshot.toString());
            assertThat(apply.exitCode()).as(apply.out() + apply.err()).isZero();
            assertThat(apply.out()).containsPattern("\\d+ changes made · 0 failed or not attempted");
            ImportExpectation.assertMatches(fixture.withoutFaults(fixture::readTarget),
                    fixture.withoutFaults(fixture::expectedTarget), "The target after icm apply");

            var verify = CommandRun.of("verify", "--rate", "1000", "--profile", "sandbox-target", "--snapshot",
                    snapshot.toString());
            assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
            assertThat(verify.out()).startsWith("✓ No drift");

            var rollback = CommandRun.of("rollback", "--rate", "1000", "--profile", "sandbox-target", "--yes",
                    "--journal", journal.toString());
            assertThat(rollback.exitCode()).as(rollback.out() + rollback.err()).isZero();
            ImportExpectation.assertMatches(fixture.withoutFaults(fixture::readTarget), before,
                    "The target after icm rollback");

            assertThat(fixture.sandbox().stats().lostReplies()).isPositive();
            assertThat(fixture.sandbox().stats().lateFailures()).isPositive();
        }
    }
}
