package co.pump.icm.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppLoggingTest {

    @TempDir
    Path directory;

    @Test
    void theAppsRecordsGoToTheLogFile() throws Exception {
        AppLogging.stop();
        Path file = AppLogging.start(directory.resolve("data"));
        try {
            Logger.getLogger("co.pump.icm.ui.Something").info("Step: Preview");
        } finally {
            AppLogging.stop();
        }

        assertThat(file).isEqualTo(directory.resolve("data").resolve(AppLogging.FILE_NAME));
        assertThat(Files.readString(file)).contains("INFO co.pump.icm.ui.Something: Step: Preview");
    }
}
