package co.pump.icm.rollback;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import co.pump.icm.compare.Category;
import co.pump.icm.kind.Kind;
import co.pump.icm.kind.Kinds;
import co.pump.icm.kind.MigratedKind;
import co.pump.icm.model.MigratorException;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.snapshot.SnapshotJson;

/** One {@code change} line of a journal: a change's start or its outcome. */
record ChangeLine(String changeId, Category category, ChangeKind kind, String label, String status,
                  Map<String, String> ids, Object before, Object after, List<String> fields) {

    static ChangeLine read(Path file, JournalLines.Entry entry) {
        JsonNode node = entry.node();
        String where = file + " line " + entry.line();
        String changeId = text(node, "changeId", where);
        Category category = parse(Category.class, text(node, "category", where), where);
        ChangeKind kind = parse(ChangeKind.class, text(node, "kind", where), where);
        if (!kind.writes()) {
            throw damaged(where, "a change of kind " + kind + " cannot have been written");
        }
        Class<?> type = recordType(category, where);
        var ids = new LinkedHashMap<String, String>();
        node.path("ids").fields().forEachRemaining(e -> ids.put(e.getKey(), e.getValue().asText()));
        var fields = new ArrayList<String>();
        node.path("fields").forEach(f -> fields.add(f.asText()));
        return new ChangeLine(changeId, category, kind, node.path("label").asText(changeId),
                text(node, "status", where), ids, record(node, "before", type, where),
                record(node, "after", type, where), fields);
    }

    /** The lines of one change merged: its start, then its outcome if it has one. */
    static final class Merged {
        private ChangeLine first;
        private String outcome;
        private Map<String, String> ids = Map.of();
        private Object before;
        private Object after;
        private List<String> fields = List.of();

        void add(ChangeLine line) {
            if (first == null) {
                first = line;
            }
            if (!"started".equals(line.status())) {
                outcome = line.status();
                ids = line.ids();
            }
            before = before != null ? before : line.before();
            after = after != null ? after : line.after();
            fields = fields.isEmpty() ? line.fields() : fields;
        }

        JournaledChange toChange() {
            JournaledStatus status = outcome == null ? JournaledStatus.STARTED : switch (outcome) {
                case "SUCCEEDED" -> JournaledStatus.SUCCEEDED;
                case "NOT_ATTEMPTED" -> JournaledStatus.NOT_ATTEMPTED;
                default -> JournaledStatus.FAILED;
            };
            return new JournaledChange(first.changeId(), first.category(), first.kind(), first.label(), status, ids,
                    before, after, fields);
        }
    }

    private static Class<?> recordType(Category category, String where) {
        Kind<?, ?> kind = Kinds.of(category);
        if (!(kind instanceof MigratedKind<?, ?>) || !kind.migrated()) {
            throw damaged(where, category + " is not a category an import writes");
        }
        return kind.type();
    }

    private static Object record(JsonNode node, String name, Class<?> type, String where) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return SnapshotJson.mapper().treeToValue(value, type);
        } catch (Exception e) {
            throw damaged(where, "its \"" + name + "\" is not a " + type.getSimpleName() + " record");
        }
    }

    private static String text(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual()) {
            throw damaged(where, "a change without \"" + name + "\"");
        }
        return value.asText();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String where) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw damaged(where, "unknown " + type.getSimpleName() + " " + value);
        }
    }

    private static MigratorException damaged(String where, String what) {
        return MigratorException.badInput(where + " is damaged: " + what + ".");
    }
}
