package co.pump.icm.ui.inspector;

import java.util.Comparator;

import co.pump.icm.kind.Column;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Makes the {@link TableView} of a {@link CategoryTable}: one column per {@link Column}, as wide as
 * what it holds ({@link ColumnFit}), rows from its filtered list, sortable by clicking a header
 * (through a {@code SortedList}, so the filtered list itself is never reordered). Cells are
 * computed for visible rows only.
 */
final class Tables {

    private static final Comparator<String> NUMBERS = Comparator.comparingLong(Tables::number);

    private Tables() {
    }

    static <T> TableView<Row<T>> tableOf(CategoryTable<T> category) {
        var table = new TableView<Row<T>>();
        table.setId("table-" + category.id());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (Column<T> column : category.columns()) {
            var tableColumn = new TableColumn<Row<T>, String>(column.title());
            tableColumn.setPrefWidth(column.width());
            tableColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                    orEmpty(column.value().apply(cell.getValue().item()))));
            if (column.numeric()) {
                tableColumn.setComparator(NUMBERS);
                tableColumn.getStyleClass().add("numeric-column");
            }
            table.getColumns().add(tableColumn);
        }
        var sorted = new SortedList<>(category.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label("Nothing here matches the search."));
        ColumnFit.install(table, category.widestProperty());
        return table;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE;
        }
    }
}
