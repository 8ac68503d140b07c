package co.pump.icm.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.AwsTarget;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.ExportResult;
import co.pump.icm.aws.InstanceReader;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.sandbox.FaultOptions;
import co.pump.icm.sandbox.data.LargeData;
import co.pump.icm.snapshot.SnapshotWriter;
import co.pump.icm.testing.InventoryReader;
import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export of large:5000 from a sandbox that throttles at 20 requests per second, fails 5% of
 * requests with a 500, drops 1% of connections and loses 3% of answers after the work gives
 * exactly the snapshot a fault-free export gives, and that snapshot holds what the test-side
 * reader finds in the source. Slow (AWS's real rate), so it runs with
 * {@code mvn verify -Preliability}.
 */
@Tag("reliability")
class ExportUnderFaultsTest {

    @TempDir
    Path dir;

    @Test
    void faultsChangeNothingInTheSnapshot() throws Exception {
        var scenario = LargeData.scenario(5000, 5);
        String clean;
        try (var fixture = SandboxFixture.start(scenario, 5, o -> o)) {
            clean = snapshot(fixture.source(), RateSettings.AWS_DEFAULTS.withRate(1000), "clean.json");
            InventoryReader.fromSnapshot(dir.resolve("clean.json")).assertSameAs(fixture.readSource(),
                    "The large:5000 snapshot");
        }
        String faulty;
        ExportResult result;
        try (var fixture = SandboxFixture.start(scenario, 5, o -> o.withFaults(FaultOptions.none()
                .withTps(20).withFailRate(0.05).withResetRate(0.01).withLostReplyRate(0.02).withLateFailRate(0.01)))) {
            result = export(fixture.source(), RateSettings.AWS_DEFAULTS);
            faulty = write(result, "faulty.json");
            var stats = fixture.sandbox().stats();
            System.out.printf("faulty export: %.0f s, %s%n", result.elapsed().toMillis() / 1000.0, stats);
            assertThat(result.stats().total().throttled()).isPositive();
            assertThat(result.stats().total().retried()).isPositive();
            assertThat(stats.lostReplies()).isPositive();
        }
        assertThat(faulty).isEqualTo(clean);
    }

    private String snapshot(AwsTarget target, RateSettings settings, String name) throws Exception {
        return write(export(target, settings), name);
    }

    private static ExportResult export(AwsTarget target, RateSettings settings) {
        try (var clients = AwsClients.open(target, 32)) {
            return new InstanceReader(clients, new AwsCallRunner(settings), ExportListener.NONE).read(null);
        }
    }

    private String write(ExportResult result, String name) throws Exception {
        Path file = dir.resolve(name);
        SnapshotWriter.write(file, result.config(), Instant.parse("2026-01-01T00:00:00Z"));
        return Files.readString(file);
    }
}
