package co.pump.icm.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AppDirectoriesTest {

    private static Path directory(Map<String, String> properties, Map<String, String> environment) {
        return AppDirectories.dataDirectory(properties::get, environment::get);
    }

    @Test
    void linuxUsesTheXdgDataDirectory() {
        assertThat(directory(Map.of("os.name", "Linux", "user.home", "/home/ana"), Map.of()))
                .isEqualTo(Path.of("/home/ana/.local/share/identity-center-migrator"));
        assertThat(directory(Map.of("os.name", "Linux", "user.home", "/home/ana"), Map.of("XDG_DATA_HOME", "/data")))
                .isEqualTo(Path.of("/data/identity-center-migrator"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(directory(Map.of("os.name", "Mac OS X", "user.home", "/Users/ana"), Map.of()))
                .isEqualTo(Path.of("/Users/ana/Library/Application Support/Identity Center Migrator"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(directory(Map.of("os.name", "Windows 11", "user.home", "/users/ana"),
                Map.of("APPDATA", "/users/ana/AppData/Roaming")))
                .isEqualTo(Path.of("/users/ana/AppData/Roaming/Identity Center Migrator"));
        assertThat(directory(Map.of("os.name", "Windows 11", "user.home", "/users/ana"), Map.of()))
                .as("without APPDATA").isEqualTo(Path.of("/users/ana/AppData/Roaming/Identity Center Migrator"));
    }

    @Test
    void theOverrideWins() {
        assertThat(directory(Map.of("os.name", "Linux", "user.home", "/home/ana", AppDirectories.OVERRIDE_PROPERTY,
                "/tmp/icm"), Map.of())).isEqualTo(Path.of("/tmp/icm"));
    }
}
