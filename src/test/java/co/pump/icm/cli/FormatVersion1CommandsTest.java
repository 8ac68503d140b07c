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
     * The output equals version 1's but for what is about the kinds this icm migrates since (the
     * ABAC configuration, trusted token issuers, applications with their access scopes and
     * assignments): their lines and their place among the kinds, about which it says more (see the
     * ABAC and application tests, and {@link #theApplicationsAreStillTheOnesVersionOneListed}).
     */
    private void assertSame(CommandRun run, int exitCode, String golden) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        String shown = run.out().replace(dir + java.io.File.separator, "");
        String expected = Files.readString(V1Files.file("golden/" + golden));
        if (golden.endsWith(".json")) {
            assertThat(withoutLaterKinds(JSON.readTree(shown))).as(golden)
                    .isEqualTo(withoutLaterKinds(JSON.readTree(expected)));
        } else {
            assertThat(withoutLaterKindLines(shown)).as(golden).isEqualTo(withoutLaterKindLines(expected));
        }
    }

    /** The filter above must not hide the applications: the diff still lists the same ones, on the same side. */
    @Test
    void theApplicationsAreStillTheOnesVersionOneListed() throws Exception {
        var run = CommandRun.of("diff", "--json", path("demo"), path("demo-target"));
        var expected = JSON.readTree(Files.readString(V1Files.file("golden/demo-vs-target.diff.json")));
        var shown = JSON.readTree(run.out());
        assertThat(shown.at("/entries/applications")).isEqualTo(expected.at("/entries/applications"));
        for (String count : java.util.List.of("onlyLeft", "onlyRight", "changed", "unchanged")) {
            assertThat(shown.at("/summary/applications/" + count)).isEqualTo(expected.at("/summary/applications/" + count));
        }
        assertThat(shown.at("/summary/applications/forTheRecord").asBoolean()).as("applications migrate now").isFalse();
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final java.util.List<String> LATER_KEYS = java.util.List.of("accessControl", "abacAttributes",
            "trustedTokenIssuers", "applications", "applicationAccessScopes", "applicationAssignments");
    private static final java.util.List<String> LATER_LABELS = java.util.List.of("Access control attributes",
            "ABAC attributes", "Trusted token issuers", "Applications", "Application access scopes", "Access scopes",
            "Application assignments");

    /** The JSON without the later kinds' entries (at any depth), objects compared as sets of properties. */
    private static com.fasterxml.jackson.databind.JsonNode withoutLaterKinds(com.fasterxml.jackson.databind.JsonNode node) {
        if (node.isObject()) {
            var object = (com.fasterxml.jackson.databind.node.ObjectNode) node;
            object.remove(LATER_KEYS);
            object.fields().forEachRemaining(e -> withoutLaterKinds(e.getValue()));
        } else if (node.isArray()) {
            node.forEach(FormatVersion1CommandsTest::withoutLaterKinds);
        }
        return node;
    }

    /** The text without the lines about the later kinds, and without their sections of a diff. */
    private static String withoutLaterKindLines(String text) {
        var kept = new StringBuilder();
        boolean inSection = false;
        for (String line : text.split("\n", -1)) {
            if (aboutLaterKind(line) && !line.startsWith(" ") && !line.contains(":")) {
                if (kept.length() > 1 && kept.charAt(kept.length() - 2) == '\n') {
                    kept.setLength(kept.length() - 1); // the blank line before the section
                }
                inSection = true;
                continue;
            }
            if (inSection && line.startsWith("  ")) {
                continue;
            }
            inSection = false;
            if (!aboutLaterKind(line)) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }

    private static boolean aboutLaterKind(String line) {
        String text = line.strip();
        return LATER_LABELS.stream().anyMatch(text::startsWith);
    }
}
