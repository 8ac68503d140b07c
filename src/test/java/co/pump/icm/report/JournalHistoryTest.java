package co.pump.icm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pump.icm.apply.Journal;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.model.TestConfigs;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.compare.Category;
import co.pump.icm.plan.PlanOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A migration of several runs, read back whole: a cancelled run, the rest, an undo. */
class JournalHistoryTest {

    @TempDir
    Path dir;

    private static Map<String, Object> change(String id, String status) {
        var map = new LinkedHashMap<String, Object>();
        map.put("changeId", id);
        map.put("category", "USERS");
        map.put("kind", "CREATE");
        map.put("label", id.substring(5));
        map.put("status", status);
        return map;
    }

    private static void run(Path file, String runId, SourceInfo target, Map<String, Object> planned, boolean cancelled,
                            Map<String, String> outcomes) {
        try (var journal = Journal.open(file, runId)) {
            var run = new LinkedHashMap<String, Object>();
            run.put("target", target);
            run.put("snapshotSource", TestConfigs.source());
            run.put("options", PlanOptions.defaults());
            run.put("planned", planned);
            journal.write("run", run);
            outcomes.forEach((id, status) -> {
                journal.write("change", change(id, "started"));
                journal.write("change", change(id, status));
            });
            journal.write("end", Map.of("succeeded", 0, "failed", 0, "notAttempted", 0, "cancelled", cancelled,
                    "calls", 10, "elapsedMillis", 1000));
        }
    }

    private static void undo(Path file, String runId, String rollsBack, List<String> undone) {
        try (var journal = Journal.open(file, runId)) {
            journal.write("rollback-run", Map.of("rollsBack", rollsBack));
            for (String id : undone) {
                journal.write("rollback-change", change(id, "started"));
                journal.write("rollback-change", change(id, "SUCCEEDED"));
            }
            journal.write("rollback-end", Map.of("succeeded", undone.size()));
        }
    }

    @Test
    void aCancelledRunAndTheRestAreOneMigration() {
        Path file = dir.resolve("acme.journal.jsonl");
        var ordered = new LinkedHashMap<String, String>();
        ordered.put("user:alice", "SUCCEEDED");
        ordered.put("user:bob", "NOT_ATTEMPTED");
        ordered.put("user:carol", "NOT_ATTEMPTED");
        run(file, "run-1", TestConfigs.source(), Map.of("USERS", Map.of("CREATE", 3)), true, ordered);
        var rest = new LinkedHashMap<String, String>();
        rest.put("user:bob", "SUCCEEDED");
        rest.put("user:carol", "SUCCEEDED");
        run(file, "run-2", TestConfigs.source(), Map.of("USERS", Map.of("CREATE", 2, "UNCHANGED", 1)), false, rest);

        JournalHistory history = JournalReader.history(file);
        List<JournalRun> migration = history.migration(TestConfigs.source());
        assertThat(migration).extracting(JournalRun::runId).containsExactly("run-1", "run-2");
        JournalRun all = history.cumulative(migration);

        assertThat(all.items(ItemStatus.DONE)).extracting(ReportItem::label).containsExactlyInAnyOrder("alice", "bob", "carol");
        assertThat(all.items()).allMatch(i -> i.status() == ItemStatus.DONE);
        assertThat(all.planned().get(Category.USERS)).containsEntry(ChangeKind.CREATE, 3)
                .doesNotContainKey(ChangeKind.UNCHANGED);
        assertThat(all.startedAt()).isEqualTo(migration.get(0).startedAt());
        assertThat(all.end().cancelled()).isFalse();
        assertThat(all.end().succeeded()).isEqualTo(3);
        assertThat(all.end().calls()).isEqualTo(20);
    }

    @Test
    void whatAnUndoTookBackIsNotInTheMigration() {
        Path file = dir.resolve("acme.journal.jsonl");
        var ordered = new LinkedHashMap<String, String>();
        ordered.put("user:alice", "SUCCEEDED");
        ordered.put("user:bob", "SUCCEEDED");
        run(file, "run-1", TestConfigs.source(), Map.of("USERS", Map.of("CREATE", 2)), false, ordered);
        undo(file, "undo-1", "run-1", List.of("user:alice", "user:bob"));
        var again = new LinkedHashMap<String, String>();
        again.put("user:bob", "SUCCEEDED");
        run(file, "run-2", TestConfigs.source(), Map.of("USERS", Map.of("CREATE", 2)), true, again);

        JournalHistory history = JournalReader.history(file);
        assertThat(history.undos()).singleElement().satisfies(u -> {
            assertThat(u.rollsBack()).isEqualTo("run-1");
            assertThat(u.undone()).containsExactlyInAnyOrder("user:alice", "user:bob");
            assertThat(u.finished()).isTrue();
        });
        JournalRun all = history.cumulative(history.migration(null));
        assertThat(all.items(ItemStatus.DONE)).extracting(ReportItem::label).containsExactly("bob");

        var summaries = history.migration(null).stream().map(r -> RunSummary.of(r, history.undosOf(r.runId()))).toList();
        assertThat(summaries.get(0).text()).startsWith("2 made · 0 failed · 2 undone on ");
        assertThat(summaries.get(1).text()).isEqualTo("1 made · 0 failed · stopped with Cancel");
    }

    @Test
    void aRunIntoAnotherInstanceIsAnotherMigration() {
        Path file = dir.resolve("acme.journal.jsonl");
        SourceInfo elsewhere = new SourceInfo("999999999999", "o-other", "999999999999", "eu-west-1",
                "arn:aws:sso:::instance/ssoins-other", "d-other", null, null);
        run(file, "run-1", elsewhere, Map.of("USERS", Map.of("CREATE", 1)), false, Map.of("user:alice", "SUCCEEDED"));
        run(file, "run-2", TestConfigs.source(), Map.of("USERS", Map.of("CREATE", 1)), false, Map.of("user:bob", "SUCCEEDED"));

        JournalHistory history = JournalReader.history(file);
        assertThat(history.migration(null)).extracting(JournalRun::runId).containsExactly("run-2");
    }
}
