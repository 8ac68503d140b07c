package co.pump.icm.ui.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;

import co.pump.icm.compare.Category;
import co.pump.icm.kind.Related;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.PlanOptions;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the preview's table shows: a category line for each category with, unless the category
 * is collapsed, the items that the search and the count chip pressed let through: the changes, or with
 * "unchanged" the items already as the snapshot has them. Made off the FX thread in one pass over
 * the rows (one {@code contains} per row, no allocation per row once the rows have their search
 * texts); the FX thread only hands the list to the table.
 *
 * @param rows          the lines, category lines included
 * @param selectedIndex where the row with the selected ID is in {@code rows}, or -1
 * @param selected      that row, or null
 */
public record ShownRows(ObservableList<PlanRow> rows, int selectedIndex, PlanRow selected) {

    /** Nothing to show. */
    static final ShownRows EMPTY = new ShownRows(FXCollections.emptyObservableList(), -1, null);

    /** The category lines alone, while the first plan is being made. */
    static ShownRows waiting(String summary) {
        var rows = new ArrayList<PlanRow>();
        for (Category category : PlanOptions.MIGRATED) {
            rows.add(PlanRow.category(category, summary));
        }
        return new ShownRows(FXCollections.observableList(rows), -1, null);
    }

    /** How often the pass looks whether it is still wanted. */
    private static final int CHECK_EVERY = 16_384;

    /**
     * The lines for a search, a kind and the collapsed categories.
     *
     * @param query      the search text (case-insensitive); blank shows everything
     * @param selectedId  the ID of the selected row, to find it again, or null
     * @param selectedRow that row, or null: found by identity while the plan is the same, so that
     *                    finding it among 462,000 unchanged items works out no item's ID
     * @param cancelled   answers true once a newer search makes this one useless
     * @return the lines, or null when cancelled
     */
    static ShownRows of(PlanData data, String query, KindFilter kind, Set<Category> collapsed, String selectedId,
                        PlanRow selectedRow, BooleanSupplier cancelled) {
        // An unchanged item's ID is worked out on demand: look at it only when an unchanged item is sought.
        boolean seekUnchanged = selectedRow != null && selectedRow.isUnchanged();
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        boolean filtering = !needle.isEmpty() || kind != KindFilter.ALL;
        List<PlanRow> items = kind == KindFilter.UNCHANGED ? data.unchangedRows() : data.items();
        Related related = data.lookups().related();
        var rows = new ArrayList<PlanRow>(filtering ? 64 : items.size() + PlanOptions.MIGRATED.size());
        int selectedIndex = -1;
        PlanRow selected = null;
        int next = 0;
        for (Category category : PlanOptions.MIGRATED) {
            int headerAt = rows.size();
            rows.add(null);
            int shown = 0;
            boolean open = !collapsed.contains(category);
            for (; next < items.size() && items.get(next).category() == category; next++) {
                if (next % CHECK_EVERY == 0 && cancelled.getAsBoolean()) {
                    return null;
                }
                if (!open) {
                    continue;
                }
                PlanRow row = items.get(next);
                if (kind.shows(row.kind()) && (needle.isEmpty() || row.searchText(related).contains(needle))) {
                    if (selectedId != null && selected == null && (row == selectedRow
                            || (seekUnchanged || !row.isUnchanged()) && row.id().equals(selectedId))) {
                        selectedIndex = rows.size();
                        selected = row;
                    }
                    rows.add(row);
                    shown++;
                }
            }
            PlanRow header = PlanRow.category(category, summary(data, category, filtering && open ? shown : -1));
            rows.set(headerAt, header);
            if (selectedId != null && selected == null && header.id().equals(selectedId)) {
                selectedIndex = headerAt;
                selected = header;
            }
        }
        return new ShownRows(FXCollections.observableList(rows), selectedIndex, selected);
    }

    /**
     * A category line's counts, e.g. {@code 40 create · 3 skip · 10 unchanged}, with
     * {@code 12 shown · } in front while a search or a choice hides some.
     *
     * @param shown how many items are shown, or -1 when nothing is hidden
     */
    static String summary(PlanData data, Category category, int shown) {
        var parts = new ArrayList<String>();
        for (ChangeKind kind : ChangeKind.values()) {
            int n = data.count(category, kind);
            if (n > 0) {
                parts.add(String.format("%,d %s", n, kind.label().toLowerCase(Locale.ROOT)));
            }
        }
        String counts = parts.isEmpty() ? "nothing in the snapshot" : String.join(" · ", parts);
        return shown < 0 ? counts : String.format("%,d shown · %s", shown, counts);
    }
}
