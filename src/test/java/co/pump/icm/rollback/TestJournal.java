package co.pump.icm.rollback;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pump.icm.apply.Journal;
import co.pump.icm.compare.Category;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.plan.ChangeKind;

/** Writes journal lines as an import (or a rollback) writes them, for tests that need no AWS. */
final class TestJournal implements AutoCloseable {

    private final Journal journal;

    TestJournal(Path file, String runId) {
        this.journal = Journal.open(file, runId);
    }

    TestJournal run(SourceInfo target) {
        journal.write("run", Map.of("target", target));
        return this;
    }

    TestJournal started(String changeId, Category category, ChangeKind kind, Object before, Object after) {
        var fields = entry(changeId, category, kind, "started");
        fields.put("before", before);
        fields.put("after", after);
        journal.write("change", fields);
        return this;
    }

    TestJournal ended(String changeId, Category category, ChangeKind kind, String status, Map<String, String> ids,
                      Object before, List<String> paths) {
        var fields = entry(changeId, category, kind, status);
        fields.put("ids", ids);
        fields.put("before", before);
        fields.put("fields", paths);
        journal.write("change", fields);
        return this;
    }

    TestJournal end() {
        journal.write("end", Map.of("failed", 0));
        return this;
    }

    /** A rollback of {@code importRunId} that started to undo one change and was stopped. */
    static void rollbackStarted(Path file, String rollbackRunId, String importRunId, String changeId) {
        try (var journal = Journal.open(file, rollbackRunId)) {
            journal.write("rollback-run", Map.of("rollsBack", importRunId));
            journal.write("rollback-change", Map.of("changeId", changeId, "status", "started"));
        }
    }

    private static Map<String, Object> entry(String changeId, Category category, ChangeKind kind, String status) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("changeId", changeId);
        fields.put("category", category.name());
        fields.put("kind", kind.name());
        fields.put("label", changeId.substring(changeId.indexOf(':') + 1));
        fields.put("status", status);
        return fields;
    }

    @Override
    public void close() {
        journal.close();
    }
}
