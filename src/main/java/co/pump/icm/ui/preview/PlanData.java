package co.pump.icm.ui.preview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pump.icm.compare.Category;
import co.pump.icm.kind.Kind;
import co.pump.icm.kind.Kinds;
import co.pump.icm.plan.ByHand;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.DisabledUsers;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.plan.PlanWarning;

/**
 * A plan made ready for the screen, off the FX thread: one {@link PlanRow} per change in the
 * plan's order (category, then natural key), the counts per category and kind, the number of
 * writes, the warnings as sentences, what to say of disabled users, and the lookups of the detail
 * pane. Immutable.
 *
 * <p>A deselected deletion drops out of a plan altogether; it is kept here as a skipped row
 * ("deselected"), so that its checkbox stays where the user left it.
 *
 * <p>The items already as the snapshot has them are rows too ({@link #unchangedRows()}), made the
 * first time the "Unchanged" filter asks for them, off the FX thread: an import run again over
 * 100,000 users has 462,000 of them, which most previews never list.
 */
public final class PlanData {

    /** The reason of a change the user deselected, as the planner words it. */
    static final String DESELECTED = "deselected";
    /** The reason shown for a deletion the user deselected. */
    static final String DESELECTED_DELETION = "deselected: it stays in the new organization";

    private static final Comparator<Change<?>> PLAN_ORDER = Comparator.<Change<?>, Category>comparing(Change::category)
            .thenComparing(Change::id);

    private final Plan plan;
    private final List<PlanRow> items;
    private final Map<Category, int[]> counts;
    private final int[] totals = new int[ChangeKind.values().length];
    private final int writes;
    private final List<String> warnings;
    private final List<ByHand> byHand;
    private final List<String> disabledToCreate;
    private final String disabledUsersNote;
    private final PlanLookups lookups;
    private List<PlanRow> unchangedRows;

    private PlanData(Plan plan, List<PlanRow> items, Map<Category, int[]> counts, int writes, List<String> warnings,
                     PlanLookups lookups) {
        this.plan = plan;
        this.items = items;
        this.counts = counts;
        this.writes = writes;
        this.warnings = warnings;
        this.byHand = ByHand.of(plan);
        this.disabledToCreate = DisabledUsers.toCreate(plan);
        this.disabledUsersNote = DisabledUsers.previewNote(plan, disabledToCreate);
        this.lookups = lookups;
        for (int[] byKind : counts.values()) {
            for (int k = 0; k < byKind.length; k++) {
                totals[k] += byKind[k];
            }
        }
    }

    /**
     * Prepares a plan for the screen (linear in its size). Search texts of items that were in the
     * previous data at the same place are reused.
     *
     * @param previous the data shown until now, or null
     * @param lookups  the lookups of the plan's snapshot and target
     */
    static PlanData of(Plan plan, PlanData previous, PlanLookups lookups) {
        List<Change<?>> changes = withDeselectedDeletions(plan, previous);
        var items = new ArrayList<PlanRow>(changes.size());
        var counts = new EnumMap<Category, int[]>(Category.class);
        for (Category category : PlanOptions.MIGRATED) {
            int[] byKind = new int[ChangeKind.values().length];
            byKind[ChangeKind.UNCHANGED.ordinal()] = plan.unchanged().getOrDefault(category, 0);
            counts.put(category, byKind);
        }
        int writes = 0;
        List<PlanRow> before = previous == null ? List.of() : previous.items;
        for (int i = 0; i < changes.size(); i++) {
            Change<?> change = changes.get(i);
            PlanRow old = i < before.size() ? before.get(i) : null;
            String search = old != null && old.id().equals(change.id()) ? old.searchText(lookups.related())
                    : searchText(change, lookups);
            items.add(PlanRow.item(change, search));
            counts.get(change.category())[change.kind().ordinal()]++;
            if (change.writes()) {
                writes++;
            }
        }
        var warnings = new ArrayList<String>(plan.warnings().size());
        for (PlanWarning warning : plan.warnings()) {
            warnings.add("⚠  " + warning.message());
        }
        return new PlanData(plan, List.copyOf(items), counts, writes, List.copyOf(warnings), lookups);
    }

    /** The plan's changes, plus the deletions the user deselected (which the plan leaves out), in plan order. */
    private static List<Change<?>> withDeselectedDeletions(Plan plan, PlanData previous) {
        PlanOptions options = plan.options();
        if (previous == null || !options.deleteAbsent() || options.deselected().isEmpty()) {
            return plan.changes();
        }
        Set<String> inPlan = null;
        var kept = new ArrayList<Change<?>>();
        for (PlanRow row : previous.items) {
            Change<?> change = row.change();
            boolean deletion = change.kind() == ChangeKind.DELETE
                    || change instanceof Change.Skip<?> skip && DESELECTED_DELETION.equals(skip.reason());
            if (deletion && options.deselected().contains(change.id())) {
                if (inPlan == null) {
                    inPlan = new HashSet<>();
                    for (Change<?> c : plan.changes()) {
                        inPlan.add(c.id());
                    }
                }
                if (!inPlan.contains(change.id())) {
                    kept.add(new Change.Skip<>(change.category(), change.id(), change.label(), change.item(),
                            DESELECTED_DELETION));
                }
            }
        }
        if (kept.isEmpty()) {
            return plan.changes();
        }
        var all = new ArrayList<Change<?>>(plan.changes());
        all.addAll(kept);
        all.sort(PLAN_ORDER);
        return all;
    }

    @SuppressWarnings("unchecked")
    private static <T> String searchText(Change<?> change, PlanLookups lookups) {
        return ((Kind<?, T>) Kinds.of(change.category())).searchText((T) change.item(), lookups.related());
    }

    /** The plan as made by the planner. */
    public Plan plan() {
        return plan;
    }

    /** One row per change, in plan order. */
    public List<PlanRow> items() {
        return items;
    }

    /**
     * One row per item already as the snapshot has it, by category in display order, then in the
     * kind's order. Made on first use (call off the FX thread); the plan's count of unchanged items
     * is their number.
     */
    synchronized List<PlanRow> unchangedRows() {
        if (unchangedRows == null) {
            var rows = new ArrayList<PlanRow>(count(ChangeKind.UNCHANGED));
            for (Category category : PlanOptions.MIGRATED) {
                for (Object item : plan.unchangedItems(category)) {
                    rows.add(PlanRow.unchanged(category, item));
                }
            }
            unchangedRows = List.copyOf(rows);
        }
        return unchangedRows;
    }

    /** How many items of the category are of the kind (unchanged included). */
    public int count(Category category, ChangeKind kind) {
        int[] byKind = counts.get(category);
        return byKind == null ? 0 : byKind[kind.ordinal()];
    }

    /** How many items of all categories are of the kind. */
    public int count(ChangeKind kind) {
        return totals[kind.ordinal()];
    }

    /** How many changes write to AWS: the number on the Import button. */
    public int writes() {
        return writes;
    }

    /** The plan's warnings, each as "⚠  sentence". */
    public List<String> warnings() {
        return warnings;
    }

    /** The users disabled in the source that this plan creates (enabled). */
    public List<String> disabledToCreate() {
        return disabledToCreate;
    }

    /** What the options say of the disabled users ({@link DisabledUsers#previewNote}); empty if none. */
    public String disabledUsersNote() {
        return disabledUsersNote;
    }

    /** What the plan skips because only the console makes it, with what the console asks for. */
    public List<ByHand> byHand() {
        return byHand;
    }

    PlanLookups lookups() {
        return lookups;
    }

    /** The IDs of the rows, in order (tests). */
    List<String> ids() {
        return items.stream().map(PlanRow::id).toList();
    }

    /** Whether a change is skipped because the user deselected it: the user can tick it again. */
    static boolean isDeselected(Change<?> change) {
        return change instanceof Change.Skip<?> skip
                && (DESELECTED.equals(skip.reason()) || DESELECTED_DELETION.equals(skip.reason()));
    }
}
