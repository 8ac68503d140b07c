package co.pump.icm.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pump.icm.compare.FieldChange;

/** A plan as plain maps and lists, ready for a JSON writer: counts, warnings, every change. */
public final class PlanJson {

    private PlanJson() {
    }

    public static Map<String, Object> of(Plan plan) {
        var root = new LinkedHashMap<String, Object>();
        root.put("target", plan.target().source());
        root.put("snapshotSource", plan.snapshot().source());
        root.put("options", plan.options());
        var counts = new LinkedHashMap<String, Object>();
        plan.counts().forEach((category, byKind) -> {
            var row = new LinkedHashMap<String, Integer>();
            byKind.forEach((kind, n) -> row.put(kind.name(), n));
            counts.put(category.name(), row);
        });
        root.put("counts", counts);
        root.put("writes", plan.writes().size());
        root.put("warnings", plan.warnings());
        var changes = new ArrayList<Map<String, Object>>();
        for (Change<?> change : plan.changes()) {
            changes.add(change(change));
        }
        root.put("changes", changes);
        return root;
    }

    /** One change as a map: ID, category, kind, label, and its reason or field changes. */
    public static Map<String, Object> change(Change<?> change) {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", change.id());
        map.put("category", change.category().name());
        map.put("kind", change.kind().name());
        map.put("label", change.label());
        if (change instanceof Change.Skip<?> skip) {
            map.put("reason", skip.reason());
        } else if (change instanceof Change.Conflict<?> conflict) {
            map.put("reason", conflict.reason());
        } else if (change instanceof Change.Update<?> update) {
            map.put("fields", fields(update.fields()));
        }
        return map;
    }

    private static List<Map<String, Object>> fields(List<FieldChange> fields) {
        var result = new ArrayList<Map<String, Object>>();
        for (FieldChange f : fields) {
            var map = new LinkedHashMap<String, Object>();
            map.put("path", f.path());
            map.put("kind", f.kind().name());
            map.put("old", f.oldValue() == null ? null : f.oldText());
            map.put("new", f.newValue() == null ? null : f.newText());
            result.add(map);
        }
        return result;
    }
}
