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

    /**
     * The output equals version 1's but for what is about the ABAC configuration (its lines, its
     * place among the kinds), which this icm migrates and so says more about (see the ABAC tests).
     */
    private void assertSame(CommandRun run, int exitCode, String golden) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        String shown = run.out().replace(dir + java.io.File.separator, "");
        String expected = Files.readString(V1Files.file("golden/" + golden));
        if (golden.endsWith(".json")) {
            assertThat(withoutAbac(JSON.readTree(shown))).as(golden).isEqualTo(withoutAbac(JSON.readTree(expected)));
        } else {
            assertThat(withoutAbacLines(shown)).as(golden).isEqualTo(withoutAbacLines(expected));
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The JSON without the ABAC configuration's entries (at any depth), objects compared as sets of properties. */
    private static com.fasterxml.jackson.databind.JsonNode withoutAbac(com.fasterxml.jackson.databind.JsonNode node) {
        if (node.isObject()) {
            var object = (com.fasterxml.jackson.databind.node.ObjectNode) node;
            object.remove(java.util.List.of("accessControl", "abacAttributes"));
            object.fields().forEachRemaining(e -> withoutAbac(e.getValue()));
        } else if (node.isArray()) {
            node.forEach(FormatVersion1CommandsTest::withoutAbac);
        }
        return node;
    }

    /** The text without the lines about the ABAC configuration, and without its section of a diff. */
    private static String withoutAbacLines(String text) {
        var kept = new StringBuilder();
        boolean inAbacSection = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("Access control attributes") && !line.contains(":")) {
                if (kept.length() > 1 && kept.charAt(kept.length() - 2) == '\n') {
                    kept.setLength(kept.length() - 1); // the blank line before the section
                }
                inAbacSection = true;
                continue;
            }
            if (inAbacSection && line.startsWith("  ")) {
                continue;
            }
            inAbacSection = false;
            if (!line.contains("ABAC attributes") && !line.startsWith("Access control attributes")) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }
}
