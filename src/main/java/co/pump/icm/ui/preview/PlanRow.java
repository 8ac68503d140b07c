package co.pump.icm.ui.preview;

import co.pump.icm.compare.Category;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.ChangeKind;

/**
 * One line of the preview's table: a category line ({@code Users — 40 create · 3 skip}) or one
 * item's change. Made off the FX thread and never changed afterwards; a new plan brings new
 * rows. Compared by identity, so that finding a row in 100,000 is cheap.
 */
public final class PlanRow {

    private final Category category;
    private final Change<?> change;
    private final String summary;
    private final String searchText;

    private PlanRow(Category category, Change<?> change, String summary, String searchText) {
        this.category = category;
        this.change = change;
        this.summary = summary;
        this.searchText = searchText;
    }

    /** A category line with its counts, e.g. {@code 40 create · 3 skip · 10 unchanged}. */
    static PlanRow category(Category category, String summary) {
        return new PlanRow(category, null, summary, "");
    }

    /**
     * An item's line.
     *
     * @param searchText what a search finds it by, already lower-cased
     */
    static PlanRow item(Change<?> change, String searchText) {
        return new PlanRow(change.category(), change, null, searchText);
    }

    /** The category the row belongs to (or is). */
    public Category category() {
        return category;
    }

    /** True for a category line. */
    public boolean isCategory() {
        return change == null;
    }

    /** The item's change, or null on a category line. */
    public Change<?> change() {
        return change;
    }

    /** The item's kind of change, or null on a category line. */
    public ChangeKind kind() {
        return change == null ? null : change.kind();
    }

    /** The change's stable ID ({@code user:alice}), or {@code category:USERS} on a category line. */
    public String id() {
        return change == null ? "category:" + category.name() : change.id();
    }

    /** The category's name or the item's label, e.g. {@code Users} or {@code alice@acme.com}. */
    public String label() {
        return change == null ? category.label() : change.label();
    }

    /** A category line's counts; null on an item's line. */
    public String summary() {
        return summary;
    }

    /** What a search matches: lower-cased label and a few more fields; empty on a category line. */
    String searchText() {
        return searchText;
    }

    @Override
    public String toString() {
        return change == null ? category.label() + " — " + summary : change.kind().label() + " " + change.label();
    }
}
