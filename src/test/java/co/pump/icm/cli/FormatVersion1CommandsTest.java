package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.pump.icm.compat.V1Files;

/**
 * {@code icm inspect} and {@code icm diff} say about the files icm 0.1.0 wrote exactly what icm
 * 0.1.0 said (kept in {@code compat/v1/golden}), apart from what a later icm knows better and says
 * on purpose (see each test).
 */
class FormatVersion1CommandsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyTheFiles() throws Exception {
        for (String name : V1Files.SNAPSHOTS) {
            Files.copy(V1Files.file(name + ".json"), dir.resolve(name + ".json"));
        }
    }

    @Test
    void inspectSaysWhatVersionOneSaid() throws Exception {
        assertSame(CommandRun.of("inspect", path("demo")), 0, "demo.inspect.txt");
        assertSame(CommandRun.of("inspect", "--json", path("demo")), 0, "demo.inspect.json");
        assertSame(CommandRun.of("inspect", "--json", path("large-150")), 0, "large-150.inspect.json");
    }

    @Test
    void diffSaysWhatVersionOneSaid() throws Exception {
        assertSame(CommandRun.of("diff", "--json", path("demo"), path("demo-target")), 1, "demo-vs-target.diff.json");
        assertSame(CommandRun.of("diff", path("demo"), path("large-150")), 1, "demo-vs-large.diff.txt");
    }

    private String path(String name) {
        return dir.resolve(name + ".json").toString();
    }

    private void assertSame(CommandRun run, int exitCode, String golden) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        String shown = run.out().replace(dir + java.io.File.separator, "");
        assertThat(shown).as(golden).isEqualTo(Files.readString(V1Files.file("golden/" + golden)));
    }
}
