package co.pump.icm.ui.preview;

import java.util.List;

import co.pump.icm.kind.Kind;
import co.pump.icm.kind.Kinds;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.ChangeKind;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * The cells of the preview's table. Each cell makes its nodes once and, when it is given another
 * row, only sets texts and states: no bindings, no lookups beyond the row itself, so scrolling
 * through 100,000 rows stays smooth.
 */
final class PlanCells {

    private static final PseudoClass CATEGORY = PseudoClass.getPseudoClass("category");
    private static final List<String> KIND_STYLES = List.of(ChangeKind.values()).stream()
            .map(ChangeMarks::styleClass).toList();

    private PlanCells() {
    }

    /** Sets up the four columns: include, item, change, why / what. */
    static void install(TableView<PlanRow> table, PreviewViewModel model, TableColumn<PlanRow, PlanRow> include,
                        TableColumn<PlanRow, PlanRow> item, TableColumn<PlanRow, PlanRow> change,
                        TableColumn<PlanRow, PlanRow> why) {
        for (TableColumn<PlanRow, PlanRow> column : List.of(include, item, change, why)) {
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
            column.setSortable(false);
        }
        include.setCellFactory(column -> new IncludeCell(model, table));
        item.setCellFactory(column -> new ItemCell(model));
        change.setCellFactory(column -> new ChangeCell());
        why.setCellFactory(column -> new WhyCell());
        table.setRowFactory(view -> new Row());
        // The last column takes what is left, so that the reasons are never cut off at the side.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    /** A row styled as a category line or by its item's kind. */
    private static final class Row extends TableRow<PlanRow> {
        @Override
        protected void updateItem(PlanRow row, boolean empty) {
            super.updateItem(row, empty);
            pseudoClassStateChanged(CATEGORY, !empty && row != null && row.isCategory());
        }
    }

    /** The checkbox: include a category, or select an item. */
    private static final class IncludeCell extends TableCell<PlanRow, PlanRow> {
        private final PreviewViewModel model;
        private final CheckBox box = new CheckBox();
        private PlanRow row;

        IncludeCell(PreviewViewModel model, TableView<PlanRow> table) {
            this.model = model;
            box.setFocusTraversable(false);
            box.setOnAction(event -> {
                if (row != null) {
                    model.setIncluded(row, box.isSelected());
                    box.setSelected(model.isIncluded(row));
                    table.refresh();
                }
            });
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            getStyleClass().add("include-cell");
        }

        @Override
        protected void updateItem(PlanRow item, boolean empty) {
            super.updateItem(item, empty);
            row = empty ? null : item;
            if (row == null || row.isUnchanged()) {
                // Nothing is written for an unchanged item: there is nothing to tick.
                setGraphic(null);
                return;
            }
            box.setSelected(model.isIncluded(row));
            box.setDisable(!model.canToggle(row));
            box.setId(row.isCategory() ? "include-" + row.category().name() : null);
            setGraphic(box);
        }
    }

    /** The item's name, or the category's with its ▾ / ▸ to list or hide its items. */
    private static final class ItemCell extends TableCell<PlanRow, PlanRow> {
        private final PreviewViewModel model;
        private final Button arrow = new Button();
        private PlanRow row;

        ItemCell(PreviewViewModel model) {
            this.model = model;
            arrow.getStyleClass().addAll("expand-button", "flat");
            arrow.setFocusTraversable(false);
            arrow.setOnAction(event -> {
                if (row != null && row.isCategory()) {
                    model.setExpanded(row.category(), !model.isExpanded(row.category()));
                }
            });
            getStyleClass().add("item-cell");
        }

        @Override
        protected void updateItem(PlanRow item, boolean empty) {
            super.updateItem(item, empty);
            row = empty ? null : item;
            boolean category = row != null && row.isCategory();
            pseudoClassStateChanged(CATEGORY, category);
            if (row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (category) {
                arrow.setText(model.isExpanded(row.category()) ? "▾" : "▸");
                arrow.setId("expand-" + row.category().name());
                setGraphic(arrow);
            } else {
                // An item's line is plain text, indented by style: the cheapest cell to lay out.
                setGraphic(null);
            }
            setText(row.label());
        }
    }

    /** The kind of change in symbol and word, e.g. "⊘ Skip". */
    private static final class ChangeCell extends TableCell<PlanRow, PlanRow> {
        @Override
        protected void updateItem(PlanRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll(KIND_STYLES);
            if (empty || row == null || row.isCategory()) {
                setText(null);
                return;
            }
            setText(ChangeMarks.text(row.kind()));
            getStyleClass().add(ChangeMarks.styleClass(row.kind()));
        }
    }

    /** Why an item is skipped or in conflict, what an update changes, or a category's counts. */
    private static final class WhyCell extends TableCell<PlanRow, PlanRow> {
        @Override
        protected void updateItem(PlanRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                return;
            }
            setText(row.isCategory() ? row.summary() : row.isUnchanged() ? UNCHANGED : why(row.change()));
        }

        /** What an unchanged item's line says. */
        static final String UNCHANGED = "already as the snapshot has it";

        private static String why(Change<?> change) {
            if (change instanceof Change.Skip<?> skip) {
                return skip.reason();
            }
            if (change instanceof Change.Conflict<?> conflict) {
                return conflict.reason();
            }
            if (change instanceof Change.Update<?> update) {
                var names = new StringBuilder();
                for (int i = 0; i < update.fields().size() && i < 4; i++) {
                    names.append(i == 0 ? "" : ", ").append(update.fields().get(i).path());
                }
                int more = update.fields().size() - 4;
                return names + (more > 0 ? " and " + more + " more" : "");
            }
            if (change instanceof Change.Delete<?>) {
                return "not in the snapshot";
            }
            return about(change);
        }

        /** A few words about an item to be created, from the item alone (no lookups). */
        @SuppressWarnings("unchecked")
        private static <T> String about(Change<?> change) {
            return ((Kind<?, T>) Kinds.of(change.category())).summary((T) change.item());
        }
    }
}
