package co.pump.icm.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pump.icm.apply.Journal;
import co.pump.icm.model.MigratorException;
import co.pump.icm.model.TestConfigs;
import co.pump.icm.plan.IdentitySource;
import co.pump.icm.plan.PlanOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalReaderTest {

    @TempDir
    Path dir;

    /** Writes a run the way ImportSession does; {@code finish} false leaves it as a killed run leaves it. */
    static void writeRun(Path file, String runId, PlanOptions options, boolean finish, boolean withLeftAlone) {
        try (var journal = Journal.open(file, runId)) {
            var run = new LinkedHashMap<String, Object>();
            run.put("target", TestConfigs.source());
            run.put("snapshotSource", TestConfigs.source());
            run.put("options", options);
            run.put("planned", Map.of("USERS", Map.of("CREATE", 2, "SKIP", 1)));
            if (withLeftAlone) {
                run.put("leftAlone", List.of(Map.of("id", "user:carol", "category", "USERS", "kind", "SKIP",
                        "label", "carol", "reason", "deselected")));
                run.put("warnings", List.of(Map.of("message", "Check this")));
            }
            journal.write("run", run);
            journal.write("change", change("user:alice", "started", null));
            journal.write("change", change("user:alice", "SUCCEEDED", null));
            journal.write("change", change("user:bob", "started", null));
            if (finish) {
                journal.write("change", change("user:bob", "FAILED", "ValidationException: no"));
                journal.write("end", Map.of("succeeded", 1, "failed", 1, "notAttempted", 0, "cancelled", false,
                        "calls", 9, "elapsedMillis", 1234));
            }
        }
    }

    private static Map<String, Object> change(String id, String status, String reason) {
        var map = new LinkedHashMap<String, Object>();
        map.put("changeId", id);
        map.put("category", "USERS");
        map.put("kind", "CREATE");
        map.put("label", id.substring(5));
        map.put("status", status);
        map.put("reason", reason);
        return map;
    }

    @Test
    void readsEveryRunAndPicksTheLastByDefault() {
        Path file = dir.resolve("j.jsonl");
        writeRun(file, "first", PlanOptions.defaults(), true, true);
        writeRun(file, "second", PlanOptions.defaults().withIdentitySource(IdentitySource.MATCH), true, false);
        assertThat(JournalReader.read(file)).extracting(JournalRun::runId).containsExactly("first", "second");

        JournalRun last = JournalReader.run(file, null);
        assertThat(last.runId()).isEqualTo("second");
        assertThat(last.options().identitySource()).isEqualTo(IdentitySource.MATCH);
        assertThat(last.leftAlone()).isNull();
        assertThat(last.warnings()).isNull();

        JournalRun first = JournalReader.run(file, "first");
        assertThat(first.finished()).isTrue();
        assertThat(first.end().calls()).isEqualTo(9);
        assertThat(first.target()).isEqualTo(TestConfigs.source());
        assertThat(first.options()).isEqualTo(PlanOptions.defaults());
        assertThat(first.planned().get(co.pump.icm.compare.Category.USERS))
                .containsEntry(co.pump.icm.plan.ChangeKind.CREATE, 2);
        assertThat(first.items()).extracting(ReportItem::id, ReportItem::status, ReportItem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("user:alice", ItemStatus.DONE, null),
                org.assertj.core.groups.Tuple.tuple("user:bob", ItemStatus.FAILED, "ValidationException: no"));
        assertThat(first.leftAlone()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(ItemStatus.SKIPPED);
            assertThat(s.reason()).isEqualTo("deselected");
        });
        assertThat(first.warnings()).singleElement().satisfies(w -> assertThat(w.message()).isEqualTo("Check this"));
    }

    @Test
    void aKilledRunHasNoEndAndChangesWithoutAnOutcome() throws Exception {
        Path file = dir.resolve("killed.jsonl");
        writeRun(file, "killed", PlanOptions.defaults(), false, true);
        // Killed while writing a line: the last line is cut short.
        Files.writeString(file, "{\"type\":\"change\",\"runId\":\"killed\",\"chan", java.nio.file.StandardOpenOption.APPEND);
        JournalRun run = JournalReader.run(file, null);
        assertThat(run.finished()).isFalse();
        assertThat(run.items()).extracting(ReportItem::status).containsExactly(ItemStatus.DONE, ItemStatus.UNFINISHED);
    }

    @Test
    void refusesWhatIsNotAJournalRunNamingTheProblem() throws Exception {
        assertThatThrownBy(() -> JournalReader.run(dir.resolve("none.jsonl"), null))
                .isInstanceOf(MigratorException.class)
                .hasMessage("The journal " + dir.resolve("none.jsonl") + " does not exist.");

        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "\n");
        assertThatThrownBy(() -> JournalReader.run(empty, null))
                .hasMessage("empty.jsonl holds no import run: nothing was imported with it yet.");

        Path snapshot = Files.writeString(dir.resolve("acme.json"), "{\n  \"formatVersion\": 1\n}\n");
        assertThatThrownBy(() -> JournalReader.run(snapshot, null))
                .hasMessage("acme.json is not an import journal: line 1 is not a journal entry.");

        Path file = dir.resolve("j.jsonl");
        writeRun(file, "first", PlanOptions.defaults(), true, true);
        assertThatThrownBy(() -> JournalReader.run(file, "nope"))
                .hasMessageStartingWith("j.jsonl has no run nope; its runs are first (");

        Path middle = dir.resolve("middle.jsonl");
        writeRun(middle, "first", PlanOptions.defaults(), true, true);
        Files.writeString(middle, "not json\n", java.nio.file.StandardOpenOption.APPEND);
        writeRun(middle, "second", PlanOptions.defaults(), true, true);
        assertThatThrownBy(() -> JournalReader.read(middle))
                .hasMessage("middle.jsonl is not an import journal: line 7 is not a journal entry.");

        Path unknown = Files.writeString(dir.resolve("future.jsonl"), "{\"type\":\"run\",\"runId\":\"r\",\"time\":\"2026-01-01T00:00:00Z\"}\n"
                + "{\"type\":\"change\",\"runId\":\"r\",\"changeId\":\"x\",\"category\":\"ROBOTS\",\"kind\":\"CREATE\",\"status\":\"SUCCEEDED\"}\n");
        assertThatThrownBy(() -> JournalReader.read(unknown))
                .hasMessage("future.jsonl line 2 is a journal entry this version of the migrator cannot read.");
    }
}
