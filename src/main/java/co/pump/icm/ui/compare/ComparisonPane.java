package co.pump.icm.ui.compare;

import java.util.Locale;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Shows a {@link ComparisonModel}: the summary sentence, then a tree of categories, items and
 * field changes. Categories start open; items start open too unless there are many.
 */
public final class ComparisonPane extends VBox {

    /** Above this many differences, items start collapsed so the tree stays quick to open. */
    static final int EXPAND_LIMIT = 300;

    private final Label summary = new Label();
    private final TreeView<ChangeLine> tree = new TreeView<>();
    private final ComparisonModel model;

    public ComparisonPane(ComparisonModel model) {
        this.model = model;
        getStyleClass().add("comparison-pane");
        setSpacing(10);
        summary.getStyleClass().add("comparison-summary");
        summary.setId("comparisonSummary");
        summary.setText(model.summary());
        tree.setId("comparisonTree");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new LineCell());
        filter("");
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().addAll(summary, tree);
    }

    /**
     * Shows only the differences whose item or field lines contain {@code query} (any case), under
     * their categories; everything when it is blank. The inspector's search calls it.
     */
    public void filter(String query) {
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        var root = new TreeItem<ChangeLine>();
        boolean expandItems = model.differences() <= EXPAND_LIMIT;
        int shown = 0;
        for (ChangeLine category : model.categories()) {
            List<ChangeLine> items = needle.isEmpty() ? category.children() : category.children().stream()
                    .filter(item -> matches(item, needle)).toList();
            if (!needle.isEmpty() && items.isEmpty()) {
                continue;
            }
            shown += items.size();
            root.getChildren().add(item(new ChangeLine(category.kind(), category.text(), items), true,
                    expandItems || !needle.isEmpty()));
        }
        tree.setRoot(root);
        summary.setText(needle.isEmpty() ? model.summary()
                : shown + " of " + model.summary().replaceFirst("\\.$", "") + " match \"" + query.strip() + "\".");
    }

    private static boolean matches(ChangeLine line, String needle) {
        return line.text().toLowerCase(Locale.ROOT).contains(needle)
                || line.children().stream().anyMatch(child -> matches(child, needle));
    }

    private static TreeItem<ChangeLine> item(ChangeLine line, boolean expanded, boolean expandChildren) {
        var item = new TreeItem<>(line);
        item.setExpanded(expanded);
        List<ChangeLine> children = line.children();
        for (ChangeLine child : children) {
            item.getChildren().add(item(child, expandChildren, expandChildren));
        }
        return item;
    }

    /** A line's text, styled by its kind (the words already carry the meaning). */
    private static final class LineCell extends TreeCell<ChangeLine> {
        private static final List<String> STYLES = List.of("change-category", "change-removed", "change-added",
                "change-changed", "change-field");

        @Override
        protected void updateItem(ChangeLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll(STYLES);
            if (empty || line == null) {
                setText(null);
                return;
            }
            setText(line.text());
            getStyleClass().add(switch (line.kind()) {
                case CATEGORY -> "change-category";
                case ONLY_LEFT -> "change-removed";
                case ONLY_RIGHT -> "change-added";
                case CHANGED -> "change-changed";
                case FIELD -> "change-field";
            });
        }
    }
}
