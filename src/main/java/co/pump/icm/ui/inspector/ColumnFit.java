package co.pump.icm.ui.inspector;

import java.util.List;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Sizes the columns of an inspector table to what they hold: each column as wide as its header and
 * its widest text, never narrower than its header (a header is never cut), and none but the last
 * wider than a share of the table (one long description must not push the other columns out of
 * sight: it is cut there, and the detail shows it whole); the last column fills what is left. Fitted again when the rows change and when the table's
 * visible width changes (the window is resized, the split is moved, a scroll bar comes or goes).
 */
final class ColumnFit {

    /** Room beside a cell's text: the cell's padding on both sides, and a little air. */
    static final double CELL_ROOM = 24;
    /** Room beside a header's text: its padding, and the arrow that shows the sort order. */
    static final double HEADER_ROOM = 36;
    /** No column but the last is wider than this share of the visible width. */
    static final double MAX_SHARE = 0.42;

    private final TableView<?> table;
    private final ObservableValue<List<List<String>>> widest;
    private Region viewport;

    private ColumnFit(TableView<?> table, ObservableValue<List<List<String>>> widest) {
        this.table = table;
        this.widest = widest;
    }

    /** Keeps the table's columns fitted to the longest texts of each column ({@link WidestTexts}). */
    static void install(TableView<?> table, ObservableValue<List<List<String>>> widest) {
        var fit = new ColumnFit(table, widest);
        widest.addListener((obs, was, now) -> fit.fit());
        table.widthProperty().addListener((obs, was, now) -> fit.fit());
        table.needsLayoutProperty().addListener((obs, was, now) -> fit.watchViewport());
    }

    /** Once the table has its skin, its visible width is the width of the rows' clipped area. */
    private void watchViewport() {
        if (viewport != null) {
            return;
        }
        Node clipped = table.lookup(".clipped-container");
        if (clipped instanceof Region region) {
            viewport = region;
            viewport.widthProperty().addListener((obs, was, now) -> fit());
            fit();
        }
    }

    private void fit() {
        double available = viewport != null && viewport.getWidth() > 0 ? viewport.getWidth()
                : table.getWidth() - table.snappedLeftInset() - table.snappedRightInset();
        List<? extends TableColumn<?, ?>> columns = table.getColumns();
        if (available <= 0 || columns.isEmpty()) {
            return;
        }
        Font headerFont = font(".column-header .label");
        Font cellFont = font(".table-row-cell .table-cell");
        List<List<String>> texts = widest.getValue();
        double cap = Math.floor(available * MAX_SHARE);
        double used = 0;
        for (int i = 0; i < columns.size(); i++) {
            TableColumn<?, ?> column = columns.get(i);
            double header = Math.ceil(width(column.getText(), headerFont == null ? cellFont : headerFont)) + HEADER_ROOM;
            double content = 0;
            if (texts != null && i < texts.size()) {
                for (String text : texts.get(i)) {
                    content = Math.max(content, Math.ceil(width(text, cellFont == null ? headerFont : cellFont)) + CELL_ROOM);
                }
            }
            column.setMinWidth(header);
            if (i < columns.size() - 1) {
                double width = Math.max(header, Math.min(content, cap));
                column.setPrefWidth(width);
                used += width;
            } else {
                column.setPrefWidth(Math.max(header, Math.floor(available - used)));
            }
        }
    }

    /** The font of the first node the selector finds (null before the table is styled). */
    private Font font(String selector) {
        Node node = table.lookup(selector);
        return node instanceof Labeled labeled ? labeled.getFont() : null;
    }

    private static double width(String text, Font font) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        var measured = new Text(text);
        measured.setFont(font == null ? Font.getDefault() : font);
        return measured.getLayoutBounds().getWidth();
    }
}
