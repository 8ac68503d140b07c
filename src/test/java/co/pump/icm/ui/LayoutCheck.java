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
