package co.pump.icm.ui.inspector;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import co.pump.icm.kind.Column;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * One category of a snapshot as a table: all its rows, those the search lets through, the
 * columns, and the detail of an item. The title counts the rows: {@code Users (40)}, or
 * {@code Users (3 of 40)} while a search hides some.
 *
 * @param <T> a row: the model record ({@code User}, {@code PermissionSet}, ...) or a part of one
 */
public final class CategoryTable<T> {

    private final String name;
    private final String id;
    private final String tabGroup;
    private final List<Column<T>> columns;
    private final Function<T, ItemDetail> detail;
    private final ObservableList<Row<T>> all = FXCollections.observableArrayList();
    private final FilteredList<Row<T>> shown = new FilteredList<>(all);
    private final StringBinding title;
    private final ReadOnlyObjectWrapper<List<List<String>>> widest = new ReadOnlyObjectWrapper<>(List.of());

    /**
     * @param name     the category as a person says it, e.g. "Permission sets"
     * @param id       a short id for nodes, e.g. {@code permissionSets}
     * @param tabGroup the tab it shares with the other tables of its group, e.g. {@code Applications}; null for its own
     * @param columns  the table's columns
     * @param detail   the detail of one item
     */
    public CategoryTable(String name, String id, String tabGroup, List<Column<T>> columns,
                         Function<T, ItemDetail> detail) {
        this.name = name;
        this.id = id;
        this.tabGroup = tabGroup;
        this.columns = List.copyOf(columns);
        this.detail = detail;
        this.title = Bindings.createStringBinding(() -> shown.size() == all.size()
                ? name + " (" + all.size() + ")"
                : name + " (" + shown.size() + " of " + all.size() + ")", all, shown);
    }

    public String name() {
        return name;
    }

    public String id() {
        return id;
    }

    /** The tab it shares with the other tables of the same group (named after it), or null for a tab of its own. */
    public String tabGroup() {
        return tabGroup;
    }

    public List<Column<T>> columns() {
        return columns;
    }

    /** The rows the search lets through; what the table shows. */
    public FilteredList<Row<T>> shown() {
        return shown;
    }

    /** Every row, in canonical order. */
    public ObservableList<Row<T>> all() {
        return all;
    }

    /** {@code Users (40)} or {@code Users (3 of 40)}. */
    public StringBinding title() {
        return title;
    }

    /** Shows only rows whose search text contains the query (case-insensitive); blank shows all. */
    public void filter(String query) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(needle.isEmpty() ? null : row -> row.searchText().contains(needle));
    }

    /** The detail of a row's item. */
    public ItemDetail detailOf(Row<?> row) {
        @SuppressWarnings("unchecked")
        T item = (T) row.item();
        return detail.apply(item);
    }

    /**
     * For each column, the longest texts of all its rows (not only those the search lets through),
     * longest first: what the column's width is made for, so that it stays put while searching.
     */
    public ReadOnlyObjectProperty<List<List<String>>> widestProperty() {
        return widest.getReadOnlyProperty();
    }

    /** Fills the table (FX thread). */
    void load(List<Row<T>> rows, List<List<String>> widestTexts) {
        all.setAll(rows);
        widest.set(List.copyOf(widestTexts));
    }

    /** Fills the table with rows made for it by its kind (FX thread). */
    @SuppressWarnings("unchecked")
    void loadRows(List<Row<?>> rows, List<List<String>> widestTexts) {
        load((List<Row<T>>) (List<?>) rows, widestTexts);
    }
}
