package co.pump.icm.rollback;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pump.icm.apply.ApplyResult;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.PlanJson;

/** A rollback's plan, result and verification as plain maps and lists, ready for a JSON writer. */
public final class RollbackJson {

    private RollbackJson() {
    }

    /**
     * One document for a rollback.
     *
     * @param result       null when nothing was applied
     * @param verification null when the target was not verified
     */
    public static Map<String, Object> of(RollbackPlan plan, ApplyResult result, RollbackVerification verification) {
        var root = new LinkedHashMap<String, Object>();
        root.put("journal", plan.journalFile().toAbsolutePath().toString());
        var run = new LinkedHashMap<String, Object>();
        run.put("runId", plan.run().runId());
        run.put("startedAt", plan.run().startedAt());
        run.put("finished", plan.run().finished());
        root.put("run", run);
        root.put("target", plan.target());
        root.put("notes", plan.notes());
        var counts = new LinkedHashMap<String, Object>();
        plan.plan().counts().forEach((category, byKind) -> {
            var row = new LinkedHashMap<String, Integer>();
            byKind.forEach((kind, n) -> row.put(kind.name(), n));
            counts.put(category.name(), row);
        });
        root.put("counts", counts);
        root.put("writes", plan.writes().size());
        root.put("changes", plan.plan().changes().stream().map(PlanJson::change).toList());
        root.put("result", result == null ? null : result(result));
        root.put("verification", verification == null ? null : verification(verification));
        return root;
    }

    private static Map<String, Object> result(ApplyResult result) {
        Map<String, Object> map = new LinkedHashMap<>(result.summary());
        map.put("failures", result.failures().stream().map(f -> {
            var item = new LinkedHashMap<String, Object>();
            item.put("id", f.changeId());
            item.put("label", f.label());
            item.put("outcome", f.outcome().name());
            item.put("reason", f.reason());
            return item;
        }).toList());
        return map;
    }

    private static Map<String, Object> verification(RollbackVerification verification) {
        var map = new LinkedHashMap<String, Object>();
        map.put("back", verification.back());
        map.put("checked", verification.checked());
        List<Map<String, Object>> notBack = verification.notBack().stream().map(RollbackJson::notBack).toList();
        map.put("notBack", notBack);
        return map;
    }

    private static Map<String, Object> notBack(Change<?> change) {
        var map = new LinkedHashMap<String, Object>();
        map.put("id", change.id());
        map.put("category", change.category().name());
        map.put("label", change.label());
        map.put("reason", RollbackText.reason(change));
        return map;
    }
}
