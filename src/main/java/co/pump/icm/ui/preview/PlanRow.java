package co.pump.icm.ui.preview;

import co.pump.icm.compare.Category;
import co.pump.icm.kind.Kind;
import co.pump.icm.kind.Kinds;
import co.pump.icm.kind.Related;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.ChangeKind;

/**
 * One line of the preview's table: a category line ({@code Users — 40 create · 3 skip}), one
 * item's change, or an item already as the snapshot has it (unchanged: listed only when asked
 * for). Made off the FX thread; a new plan brings new rows. Compared by identity, so that finding
 * a row in 100,000 is cheap.
 *
 * <p>An unchanged item's ID, label and search text are worked out the first time they are asked
 * for (a plan of 100,000 users already imported has 462,000 of them, and most are never shown);
 * each is a string computed from the item alone, so a race only computes it twice.
 */
public final class PlanRow {

    private final Category category;
    private final Change<?> change;
    private final Object unchanged;
    private final String summary;
    private String id;
    private String label;
    private String searchText;

    private PlanRow(Category category, Change<?> change, Object unchanged, String summary, String searchText) {
        this.category = category;
        this.change = change;
        this.unchanged = unchanged;
        this.summary = summary;
        this.searchText = searchText;
    }

    /** A category line with its counts, e.g. {@code 40 create · 3 skip · 10 unchanged}. */
    static PlanRow category(Category category, String summary) {
        return new PlanRow(category, null, null, summary, "");
    }

    /**
     * An item's line.
     *
     * @param searchText what a search finds it by, already lower-cased
     */
    static PlanRow item(Change<?> change, String searchText) {
        return new PlanRow(change.category(), change, null, null, searchText);
    }

    /** The line of an item already as the snapshot has it: the import leaves it as it is. */
    static PlanRow unchanged(Category category, Object item) {
        return new PlanRow(category, null, item, null, null);
    }

    /** The category the row belongs to (or is). */
    public Category category() {
        return category;
    }

    /** True for a category line. */
    public boolean isCategory() {
        return change == null && unchanged == null;
    }

    /** True for an item already as the snapshot has it. */
    public boolean isUnchanged() {
        return unchanged != null;
    }

    /** The item's change; null on a category line and for an unchanged item. */
    public Change<?> change() {
        return change;
    }

    /** The item as the snapshot has it (as the target has it, for a deletion); null on a category line. */
    public Object item() {
        return change != null ? change.item() : unchanged;
    }

    /** The item's kind of change, or null on a category line. */
    public ChangeKind kind() {
        return change != null ? change.kind() : unchanged != null ? ChangeKind.UNCHANGED : null;
    }

    /** The change's stable ID ({@code user:alice}), or {@code category:USERS} on a category line. */
    public String id() {
        if (change != null) {
            return change.id();
        }
        if (unchanged == null) {
            return "category:" + category.name();
        }
        if (id == null) {
            id = changeId(category, unchanged);
        }
        return id;
    }

    /** The category's name or the item's label, e.g. {@code Users} or {@code alice@acme.com}. */
    public String label() {
        if (change != null) {
            return change.label();
        }
        if (unchanged == null) {
            return category.label();
        }
        if (label == null) {
            label = label(category, unchanged);
        }
        return label;
    }

    /** A category line's counts; null on an item's line. */
    public String summary() {
        return summary;
    }

    /** What a search matches: lower-cased label and a few more fields; empty on a category line. */
    String searchText(Related related) {
        if (searchText == null) {
            searchText = searchText(category, unchanged, related);
        }
        return searchText;
    }

    @SuppressWarnings("unchecked")
    private static <T> String changeId(Category category, Object item) {
        return ((co.pump.icm.kind.MigratedKind<?, T>) Kinds.migrated(category)).changeId((T) item);
    }

    @SuppressWarnings("unchecked")
    private static <T> String label(Category category, Object item) {
        return ((Kind<?, T>) Kinds.of(category)).label((T) item);
    }

    @SuppressWarnings("unchecked")
    private static <T> String searchText(Category category, Object item, Related related) {
        return ((Kind<?, T>) Kinds.of(category)).searchText((T) item, related);
    }

    @Override
    public String toString() {
        return isCategory() ? category.label() + " — " + summary : kind().label() + " " + label();
    }
}
