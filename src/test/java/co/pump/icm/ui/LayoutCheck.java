package co.pump.icm.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

/**
 * What a person at a small screen would miss, found by walking the scene graph: a text cut short
 * with "…", a text that leaves the window (or its scrolling page) sideways, and an action that
 * is not inside the window at all. And a text that calls the product "icm": on screen it is
 * Identity Center Migrator (the command line's name is for the command line). Table and list cells may cut their texts (a column has the
 * width it has); everything else is read in full. Call on the FX thread, after a layout pass.
 */
public final class LayoutCheck {

    private LayoutCheck() {
    }

    /**
     * The problems of the scene as laid out now, one sentence each; empty when none.
     *
     * @param wholeInWindow ids (without {@code #}) of nodes that must be entirely inside the window,
     *                      e.g. the footer's {@code primaryButton} and {@code backButton}; an id
     *                      that starts with {@code ?} is checked only while it is shown
     */
    public static List<String> problems(Scene scene, String... wholeInWindow) {
        var problems = new ArrayList<String>();
        walk(scene.getRoot(), scene, problems);
        for (String wanted : wholeInWindow) {
            boolean optional = wanted.startsWith("?");
            String id = optional ? wanted.substring(1) : wanted;
            Node node = scene.lookup("#" + id);
            if (optional && (node == null || !shown(node))) {
                continue;
            }
            if (node == null || !shown(node)) {
                problems.add("#" + id + " is not shown");
                continue;
            }
            Bounds b = node.localToScene(node.getLayoutBounds());
            if (b.getMinX() < -0.5 || b.getMinY() < -0.5 || b.getMaxX() > scene.getWidth() + 0.5
                    || b.getMaxY() > scene.getHeight() + 0.5) {
                problems.add("#" + id + " is not inside the " + (int) scene.getWidth() + "×" + (int) scene.getHeight()
                        + " window: " + describe(b));
            }
        }
        return problems;
    }

    /**
     * What a person misses in a table: columns wider than the table (something is out of sight,
     * sideways), a header cut short, and a cell of a row on screen whose text is cut short, except
     * in the last column (it has the room that is left) and in a column given the most a column may
     * have (a long free text such as a description): the detail shows the item in full. Call on the
     * FX thread, after a layout pass.
     *
     * @param longTextShare the share of the table's visible width a column may have at most
     */
    /**
     * The width a table's columns have: its rows' viewport, or, for a table with no rows (its
     * placeholder shows and the viewport is not laid out), the width of its header row.
     */
    public static double room(javafx.scene.control.TableView<?> table) {
        Node viewport = table.lookup(".clipped-container");
        if (viewport != null && !table.getItems().isEmpty()) {
            return viewport.getLayoutBounds().getWidth();
        }
        Node header = table.lookup(".column-header-background");
        return header != null ? header.getLayoutBounds().getWidth() : table.getWidth();
    }

    public static List<String> tableProblems(javafx.scene.control.TableView<?> table, double longTextShare) {
        var problems = new ArrayList<String>();
        String name = "table #" + table.getId();
        double room = room(table);
        double total = 0;
        for (var column : table.getVisibleLeafColumns()) {
            total += column.getWidth();
        }
        if (total > room + 0.5) {
            problems.add(name + ": its columns are " + (int) total + " px wide in " + (int) room
                    + " px, so some are out of sight sideways");
        }
        for (Node node : table.lookupAll(".column-header .label")) {
            if (node instanceof Labeled header && header.isVisible() && shortened(header)) {
                problems.add(name + ": the header \"" + header.getText() + "\" is cut short");
            }
        }
        var columns = table.getVisibleLeafColumns();
        double longText = Math.floor(room * longTextShare) - 0.5;
        for (Node node : table.lookupAll(".table-row-cell .table-cell")) {
            if (node instanceof javafx.scene.control.TableCell<?, ?> cell && cell.isVisible() && cell.getTableRow() != null
                    && cell.getTableRow().isVisible() && !cell.isEmpty() && cell.getTableColumn() != null
                    && columns.indexOf(cell.getTableColumn()) < columns.size() - 1
                    && cell.getTableColumn().getWidth() < longText && cell.getText() != null && shortened(cell)) {
                problems.add(name + ": \"" + cell.getText() + "\" is cut short in the column \""
                        + cell.getTableColumn().getText() + "\"");
            }
        }
        return problems;
    }

    /** Whether a labeled shows less than its text (an ellipsis instead of the end). */
    private static boolean shortened(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .anyMatch(shown -> shown.isVisible() && !shown.getText().equals(labeled.getText()));
    }

    private static void walk(Node node, Scene scene, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof IndexedCell<?>) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            check(labeled, scene, problems);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, scene, problems);
            }
        }
    }

    /** The command's name as a word of its own (not in a path or a file name such as icm-0.log). */
    private static final java.util.regex.Pattern COMMAND_NAME = java.util.regex.Pattern.compile("(?<![\\w./-])icm(?![\\w./-])");

    private static void check(Labeled labeled, Scene scene, List<String> problems) {
        String name = name(labeled);
        if (COMMAND_NAME.matcher(labeled.getText()).find()) {
            problems.add(name + " calls the product icm; on screen it is Identity Center Migrator");
        }
        String wanted = labeled.isMnemonicParsing() ? labeled.getText().replaceFirst("_(?=.)", "") : labeled.getText();
        Text shown = labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(Text.class::cast)
                .findFirst().orElse(null);
        if (shown != null && shown.isVisible() && !wanted.equals(shown.getText())
                && labeled.getContentDisplay() != javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
            problems.add(name + " is cut short: shows \"" + shown.getText() + "\" of \"" + wanted + "\"");
        }
        Bounds b = labeled.localToScene(labeled.getLayoutBounds());
        if (b.getHeight() < 1) {
            problems.add(name + " has no room: it is " + (int) b.getHeight() + " px high");
        }
        double left = 0;
        double right = scene.getWidth();
        ScrollPane page = scrollingParent(labeled);
        if (page != null) {
            Bounds viewport = page.localToScene(page.getLayoutBounds());
            left = Math.max(left, viewport.getMinX());
            right = Math.min(right, viewport.getMaxX());
        }
        if (b.getWidth() > 0 && (b.getMinX() < left - 0.5 || b.getMaxX() > right + 0.5)) {
            problems.add(name + " leaves the window sideways: " + describe(b) + ", room " + (int) left + "–" + (int) right);
        }
    }

    private static ScrollPane scrollingParent(Node node) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at instanceof ScrollPane pane) {
                return pane;
            }
        }
        return null;
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String name(Labeled labeled) {
        String text = labeled.getText().length() > 60 ? labeled.getText().substring(0, 60) + "…" : labeled.getText();
        return labeled.getClass().getSimpleName() + (labeled.getId() == null ? "" : " #" + labeled.getId())
                + " \"" + text.replace('\n', ' ') + "\"";
    }

    private static String describe(Bounds b) {
        return String.format("x %.0f–%.0f, y %.0f–%.0f", b.getMinX(), b.getMaxX(), b.getMinY(), b.getMaxY());
    }
}
