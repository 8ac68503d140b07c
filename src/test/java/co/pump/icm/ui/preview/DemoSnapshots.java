package co.pump.icm.ui.preview;

import java.nio.file.Path;
import java.time.Instant;

import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.InstanceReader;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.snapshot.SnapshotWriter;
import co.pump.icm.testing.SandboxFixture;

/** Snapshots exported from a sandbox's source organization, for the preview's tests. */
public final class DemoSnapshots {

    /** Fast enough for tests; the sandbox does not throttle below it. */
    public static final RateSettings FAST = RateSettings.AWS_DEFAULTS.withRate(1000);

    private DemoSnapshots() {
    }

    /** Reads the source organization and saves it as a snapshot file. */
    public static Snapshot export(SandboxFixture fixture, Path file) {
        IdentityCenterConfig config;
        try (var clients = AwsClients.open(fixture.source(), 32)) {
            config = new InstanceReader(clients, new AwsCallRunner(FAST), ExportListener.NONE).read(null).config();
        }
        return SnapshotWriter.write(file, config, Instant.now());
    }
}
