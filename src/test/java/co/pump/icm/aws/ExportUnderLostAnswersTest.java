package co.pump.icm.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import co.pump.icm.sandbox.FaultOptions;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.snapshot.SnapshotWriter;
import co.pump.icm.testing.InventoryReader;
import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export holds the source whole: its snapshot file, read by a plain JSON parser, equals what
 * the test-side reader finds in the source; and an export through answers that are lost after the
 * work (dropped connections, server errors) writes the same bytes as one without.
 */
class ExportUnderLostAnswersTest {

    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private Path export(SandboxFixture fixture, String name) {
        try (var clients = AwsClients.open(fixture.source(), 16)) {
            var result = new InstanceReader(clients, new AwsCallRunner(RateSettings.AWS_DEFAULTS.withRate(1000)),
                    ExportListener.NONE).read(null);
            Path file = dir.resolve(name);
            SnapshotWriter.write(file, result.config(), AT);
            return file;
        }
    }

    @Test
    void theSnapshotHoldsWhatTheSourceHoldsAndLostAnswersChangeNothing() throws Exception {
        try (var fixture = SandboxFixture.start(DemoData.scenario(), 23, o -> o)) {
            Path clean = export(fixture, "clean.json");
            InventoryReader.fromSnapshot(clean).assertSameAs(fixture.readSource(), "The snapshot");

            fixture.sandbox().changeFaults(FaultOptions.none().withLostReplyRate(0.1).withLateFailRate(0.05));
            Path faulty = export(fixture, "faulty.json");
            assertThat(fixture.sandbox().stats().lostReplies()).isPositive();
            assertThat(fixture.sandbox().stats().lateFailures()).isPositive();
            assertThat(Files.readString(faulty)).isEqualTo(Files.readString(clean));
        }
    }
}
