package co.pump.icm.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import co.pump.icm.sandbox.data.LargeData;
import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.api.Test;

class ExportCancelTest {

    @Test
    void cancellingStopsTheExportPromptly() throws Exception {
        try (var fixture = SandboxFixture.start(LargeData.scenario(3000, 3), 3, o -> o);
             var clients = AwsClients.open(fixture.source(), 16)) {
            var started = new CompletableFuture<Void>();
            var reader = new InstanceReader(clients, new AwsCallRunner(RateSettings.AWS_DEFAULTS.withRate(50)),
                    progress -> {
                        if (progress.phase() == ExportProgress.Phase.READING) {
                            started.complete(null);
                        }
                    });
            var export = CompletableFuture.supplyAsync(() -> reader.read(null));
            started.get(30, TimeUnit.SECONDS);
            reader.cancel();
            assertThatThrownBy(() -> export.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(CancellationException.class);
            int after = fixture.sandbox().calls().records().size();
            Thread.sleep(500);
            assertThat(fixture.sandbox().calls().records().size()).as("no request after cancelling").isEqualTo(after);
        }
    }
}
