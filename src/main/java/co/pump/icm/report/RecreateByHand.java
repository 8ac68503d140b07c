package co.pump.icm.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import co.pump.icm.compare.Category;
import co.pump.icm.kind.Kinds;
import co.pump.icm.kind.MigratedKind;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.plan.ByHand;

/**
 * An item of the snapshot that AWS's API cannot create (an application made in the console), as
 * the report lists it under "Recreate by hand": what the console will ask for, and whether the
 * migration found it made already, so that its assignments were carried.
 *
 * @param state what is known of it in the new organization
 * @param lines what the console will ask for, one line each
 */
public record RecreateByHand(Category category, String label, State state, List<String> lines) {

    public RecreateByHand {
        lines = List.copyOf(lines);
    }

    /** Whether a person has made it in the new organization yet, as the run saw it. */
    public enum State {
        /** The run skipped it: it is still to make, and its assignments wait for it. */
        TO_MAKE,
        /** The run found it made by hand and carried what refers to it (its assignments). */
        MADE,
        /** The journal does not record what the run left alone. */
        UNKNOWN
    }

    /**
     * The snapshot's items that a person makes by hand, each with its state.
     *
     * @param leftAlone what the run left alone, or null when not known
     */
    static List<RecreateByHand> of(IdentityCenterConfig snapshot, List<ReportItem> leftAlone) {
        Set<String> skipped = new HashSet<>();
        if (leftAlone != null) {
            leftAlone.forEach(i -> skipped.add(i.id()));
        }
        var result = new ArrayList<RecreateByHand>();
        for (MigratedKind<?, ?> kind : Kinds.migrated()) {
            add(kind, snapshot, leftAlone == null ? null : skipped, result);
        }
        return result;
    }

    private static <T> void add(MigratedKind<?, T> kind, IdentityCenterConfig snapshot, Set<String> skipped,
                                List<RecreateByHand> result) {
        for (T item : kind.items(snapshot)) {
            List<String> lines = ByHand.lines(kind.category(), item);
            if (!lines.isEmpty()) {
                State state = skipped == null ? State.UNKNOWN
                        : skipped.contains(kind.changeId(item)) ? State.TO_MAKE : State.MADE;
                result.add(new RecreateByHand(kind.category(), kind.label(item), state, lines));
            }
        }
    }
}
