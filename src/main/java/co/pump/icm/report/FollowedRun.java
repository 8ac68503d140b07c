package co.pump.icm.report;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pump.icm.compare.Category;
import co.pump.icm.plan.ChangeKind;

/**
 * A run as the report counts it once it followed the accounts: an assignment its plan left alone
 * because its account had not arrived, and that following then made (or tried to make), is a
 * create of the run, not a skip. Without following, the run is returned as it is.
 */
final class FollowedRun {

    private FollowedRun() {
    }

    static JournalRun of(JournalRun run) {
        if (run.leftAlone() == null) {
            return run;
        }
        Set<String> written = new HashSet<>();
        run.items().forEach(i -> written.add(i.id()));
        List<ReportItem> followed = run.leftAlone().stream().filter(i -> written.contains(i.id())).toList();
        if (followed.isEmpty()) {
            return run;
        }
        Map<Category, Map<ChangeKind, Integer>> planned = new HashMap<>();
        run.planned().forEach((category, kinds) -> planned.put(category, new EnumMap<>(kinds)));
        for (ReportItem item : followed) {
            Map<ChangeKind, Integer> kinds = planned.computeIfAbsent(item.category(), c -> new EnumMap<>(ChangeKind.class));
            kinds.merge(item.kind(), -1, Integer::sum);
            kinds.merge(ChangeKind.CREATE, 1, Integer::sum);
        }
        List<ReportItem> leftAlone = run.leftAlone().stream().filter(i -> !written.contains(i.id())).toList();
        return new JournalRun(run.runId(), run.startedAt(), run.target(), run.snapshotSource(), run.options(), planned,
                run.items(), leftAlone, run.warnings(), run.end());
    }
}
