package co.pump.icm.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import co.pump.icm.ui.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSettingsTest {

    @TempDir
    Path directory;

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();

    @AfterEach
    void remove() {
        settings.remove();
    }

    private Path file(String name) throws Exception {
        return Files.writeString(directory.resolve(name), "{}").toAbsolutePath().normalize();
    }

    @Test
    void recentSnapshotsAreNewestFirstWithoutRepeats() throws Exception {
        Path a = file("a.json");
        Path b = file("b.json");

        settings.app().rememberSnapshot(a);
        settings.app().rememberSnapshot(b);
        settings.app().rememberSnapshot(a);

        assertThat(settings.app().recentSnapshots()).containsExactly(a, b);
    }

    @Test
    void missingFilesAreDropped() throws Exception {
        Path a = file("a.json");
        Path b = file("b.json");
        settings.app().rememberSnapshot(a);
        settings.app().rememberSnapshot(b);

        Files.delete(b);

        assertThat(settings.app().recentSnapshots()).containsExactly(a);
    }

    @Test
    void onlyTheNewestAreKept() throws Exception {
        var files = new ArrayList<Path>();
        for (int i = 0; i < AppSettings.MAX_RECENT + 2; i++) {
            files.add(file("f" + i + ".json"));
            settings.app().rememberSnapshot(files.get(i));
        }

        assertThat(settings.app().recentSnapshots()).hasSize(AppSettings.MAX_RECENT)
                .startsWith(files.get(files.size() - 1))
                .doesNotContain(files.get(0), files.get(1));
    }

    @Test
    void theThemeIsRemembered() {
        assertThat(settings.app().darkTheme()).isFalse();

        settings.app().setDarkTheme(true);

        assertThat(new AppSettings(settings.node()).darkTheme()).isTrue();
    }
}
