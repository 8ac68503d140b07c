package co.pump.icm.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import co.pump.icm.apply.ImportSession;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.model.Account;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.plan.PlanWarning;

/**
 * The target compared with the snapshot after an import, under the import's options: the target
 * is re-read and planned again; anything the plan would still write is drift. Items the import
 * leaves alone (skipped, in conflict) are listed but are not drift.
 *
 * @param checkedAt      when the target was read
 * @param target         the target as read (account, instance, caller)
 * @param targetAccounts the accounts of the target's organization, as read (names for the report)
 * @param itemsChecked   how many items were compared
 * @param drift          what differs from what the import intended, in plan order
 * @param leftAlone      what the import leaves alone, with the reasons
 * @param warnings       the plan's warnings
 */
public record DriftCheck(Instant checkedAt, SourceInfo target, List<Account> targetAccounts, int itemsChecked,
                         List<DriftItem> drift, List<DriftItem> leftAlone, List<PlanWarning> warnings) {

    public DriftCheck {
        targetAccounts = List.copyOf(targetAccounts);
        drift = List.copyOf(drift);
        leftAlone = List.copyOf(leftAlone);
        warnings = List.copyOf(warnings);
    }

    /** True when the target holds everything the import intended. */
    public boolean noDrift() {
        return drift.isEmpty();
    }

    /**
     * Reads the target through the session and checks it against the snapshot. Only reads.
     *
     * @throws co.pump.icm.model.MigratorException when the target cannot be read
     */
    public static DriftCheck run(ImportSession session, IdentityCenterConfig snapshot, PlanOptions options,
                                 ExportListener listener) {
        Instant at = Instant.now();
        return of(session.plan(snapshot, options, listener), at);
    }

    /** The drift a plan made against the live target shows. */
    public static DriftCheck of(Plan plan, Instant checkedAt) {
        var drift = new ArrayList<DriftItem>();
        var leftAlone = new ArrayList<DriftItem>();
        int checked = 0;
        for (var byKind : plan.counts().values()) {
            checked += byKind.values().stream().mapToInt(Integer::intValue).sum();
        }
        for (Change<?> change : plan.changes()) {
            var item = new DriftItem(change.category(), change.kind(), change.id(), change.label(), detail(change));
            (change.writes() ? drift : leftAlone).add(item);
        }
        return new DriftCheck(checkedAt, plan.target().source(), plan.target().accounts(), checked, drift, leftAlone,
                plan.warnings());
    }

    private static String detail(Change<?> change) {
        if (change instanceof Change.Skip<?> skip) {
            return skip.reason();
        }
        if (change instanceof Change.Conflict<?> conflict) {
            return conflict.reason();
        }
        if (change instanceof Change.Update<?> update) {
            return "differs: " + String.join(", ", update.fields().stream().map(f -> f.path()).distinct().toList());
        }
        if (change instanceof Change.Delete<?>) {
            return "in the target but not in the snapshot";
        }
        return "missing in the target";
    }
}
