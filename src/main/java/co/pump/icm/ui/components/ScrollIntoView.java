package co.pump.icm.ui.components;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls a step's page so that a node that just appeared (a sign-in code, the undo's
 * confirmation) is in sight: a person must never have to guess that something showed up below
 * the window's edge.
 */
public final class ScrollIntoView {

    private ScrollIntoView() {
    }

    /** Scrolls the page around {@code node} to it now (FX thread; the node laid out). */
    public static void now(Node node) {
        Node parent = node.getParent();
        while (parent != null && !(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        if (!(parent instanceof ScrollPane scroll) || scroll.getContent() == null) {
            return;
        }
        scroll.layout();
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (hidden <= 0) {
            return;
        }
        double top = scroll.getVvalue() * hidden;
        double viewport = scroll.getViewportBounds().getHeight();
        if (inContent.getMinY() < top || inContent.getMaxY() > top + viewport) {
            // As little as needed, but the node's top always in sight.
            double wanted = inContent.getHeight() > viewport - 40 ? inContent.getMinY() - 20
                    : inContent.getMaxY() + 20 - viewport;
            scroll.setVvalue(Math.max(0, Math.min(1, wanted / hidden)));
        }
        scroll.layout();
    }

    /**
     * Scrolls to {@code node} once it has been laid out (after it was just made visible), and once
     * more a pulse later: wrapped text that just appeared may take a second layout to know its height.
     */
    public static void later(Node node) {
        Platform.runLater(() -> {
            now(node);
            Platform.runLater(() -> now(node));
        });
    }
}
