package co.pump.icm.rollback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import co.pump.icm.compare.Category;
import co.pump.icm.model.Group;
import co.pump.icm.model.MigratorException;
import co.pump.icm.model.TestConfigs;
import co.pump.icm.model.User;
import co.pump.icm.plan.ChangeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportJournalTest {

    @TempDir
    Path dir;

    private final User alice = TestConfigs.fullUser("alice@acme.com", "Alice", "Smith");
    private final Group admins = new Group("Admins", "Administrators", List.of(), null);

    private Path journalWithTwoRuns() {
        Path file = dir.resolve("j.jsonl");
        try (var first = new TestJournal(file, "run-1")) {
            first.run(TestConfigs.source())
                    .started("user:alice@acme.com", Category.USERS, ChangeKind.CREATE, null, alice)
                    .ended("user:alice@acme.com", Category.USERS, ChangeKind.CREATE, "SUCCEEDED",
                            Map.of("userId", "u-1"), null, null)
                    .end();
        }
        try (var second = new TestJournal(file, "run-2")) {
            var changed = new Group("Admins", "Changed", List.of(), null);
            second.run(TestConfigs.source())
                    .started("group:Admins", Category.GROUPS, ChangeKind.UPDATE, admins, changed)
                    .ended("group:Admins", Category.GROUPS, ChangeKind.UPDATE, "FAILED", null, admins,
                            List.of("description"))
                    .started("group:Ops", Category.GROUPS, ChangeKind.CREATE, null, new Group("Ops", null, List.of(), null))
                    .started("group:Old", Category.GROUPS, ChangeKind.DELETE, admins, null)
                    .ended("group:Old", Category.GROUPS, ChangeKind.DELETE, "NOT_ATTEMPTED", null, admins, null);
        }
        return file;
    }

    @Test
    void readsEachRunWithItsChangesTheirOutcomesAndTheRecordsBeforeAndAfter() {
        ImportJournal journal = ImportJournal.read(journalWithTwoRuns());
        assertThat(journal.runs()).extracting(ImportRun::runId).containsExactly("run-1", "run-2");
        ImportRun first = journal.run("run-1");
        assertThat(first.finished()).isTrue();
        assertThat(first.target()).isEqualTo(TestConfigs.source());
        JournaledChange created = first.changes().get(0);
        assertThat(created.status()).isEqualTo(JournaledStatus.SUCCEEDED);
        assertThat(created.after()).isEqualTo(alice);
        assertThat(created.before()).isNull();
        assertThat(created.ids()).containsEntry("userId", "u-1");

        ImportRun last = journal.run(null);
        assertThat(last.runId()).isEqualTo("run-2");
        assertThat(last.finished()).isFalse();
        assertThat(last.unfinishedChanges()).isEqualTo(1);
        assertThat(last.changes()).extracting(JournaledChange::changeId, JournaledChange::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("group:Admins", JournaledStatus.FAILED),
                org.assertj.core.groups.Tuple.tuple("group:Ops", JournaledStatus.STARTED),
                org.assertj.core.groups.Tuple.tuple("group:Old", JournaledStatus.NOT_ATTEMPTED));
        assertThat(last.changes().get(0).before()).isEqualTo(admins);
        assertThat(last.changes().get(0).fields()).containsExactly("description");
        assertThat(journal.tornLastLine()).isFalse();
    }

    @Test
    void aTornLastLineIsLeftOutAndNoted() throws Exception {
        Path file = journalWithTwoRuns();
        Files.writeString(file, "{\"type\":\"change\",\"runId\":\"run-2\",\"chan", StandardOpenOption.APPEND);
        ImportJournal journal = ImportJournal.read(file);
        assertThat(journal.tornLastLine()).isTrue();
        assertThat(journal.run(null).changes()).hasSize(3);
    }

    @Test
    void whatAnEarlierRollbackStartedIsKnown() {
        Path file = journalWithTwoRuns();
        TestJournal.rollbackStarted(file, "rollback-1", "run-1", "user:alice@acme.com");
        ImportJournal journal = ImportJournal.read(file);
        assertThat(journal.run("run-1").undoStarted()).containsExactly("user:alice@acme.com");
        assertThat(journal.run("run-2").undoStarted()).isEmpty();
        assertThat(journal.runs()).hasSize(2);
    }

    @Test
    void aFileThatIsNotJsonIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "Import on Monday\nall fine\n");
        assertRefused(file, file + " is not an import journal: line 1 is not JSON.");
    }

    @Test
    void aLineThatIsNotJsonBeforeTheEndIsRefused() throws Exception {
        Path file = journalWithTwoRuns();
        var lines = new java.util.ArrayList<>(Files.readAllLines(file));
        lines.add(2, "garbage");
        Files.write(file, lines);
        assertRefused(file, file + " is not an import journal: line 3 is not JSON.");
    }

    @Test
    void jsonThatIsNotAJournalEntryIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("plan.json"), "{\"counts\":{}}\n");
        assertRefused(file, file + " is not an import journal: line 1 is not a journal entry (it has no \"type\" or "
                + "\"runId\").");
    }

    @Test
    void aJournalWithoutARunIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("j.jsonl"), "{\"type\":\"end\",\"runId\":\"x\"}\n");
        assertRefused(file, file + " holds no import run (no \"run\" line). Give the journal that the import wrote: "
                + "by default <snapshot>.journal.jsonl next to the snapshot.");
    }

    @Test
    void anUnknownRunIdIsRefusedWithTheRunsThereAre() {
        ImportJournal journal = ImportJournal.read(journalWithTwoRuns());
        String started = journal.run("run-1").startedAt();
        assertThatThrownBy(() -> journal.run("run-9")).isInstanceOf(MigratorException.class)
                .hasMessage(journal.file() + " has no import run run-9. Its runs: run-1 (started " + started
                        + "), run-2 (started " + journal.run("run-2").startedAt() + ").");
    }

    @Test
    void aDamagedRecordIsRefusedWithItsLine() throws Exception {
        Path file = dir.resolve("j.jsonl");
        Files.writeString(file, "{\"type\":\"run\",\"runId\":\"r\",\"target\":{\"instanceArn\":\"arn\"}}\n"
                + "{\"type\":\"change\",\"runId\":\"r\",\"changeId\":\"user:a\",\"category\":\"USERS\",\"kind\":\"CREATE\","
                + "\"status\":\"started\",\"after\":{\"userName\":7}}\n");
        assertRefused(file, file + " line 2 is damaged: its \"after\" is not a User record.");
    }

    @Test
    void aRunWithoutItsTargetIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("j.jsonl"), "{\"type\":\"run\",\"runId\":\"r\"}\n");
        assertRefused(file, file + " line 1 is damaged: the run does not say which instance it wrote to.");
    }

    @Test
    void aMissingFileIsRefused() {
        Path file = dir.resolve("none.jsonl");
        assertRefused(file, "The journal " + file + " does not exist.");
    }

    private static void assertRefused(Path file, String message) {
        assertThatThrownBy(() -> ImportJournal.read(file)).isInstanceOf(MigratorException.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((MigratorException) e).kind()).isEqualTo(MigratorException.Kind.BAD_INPUT));
    }
}
