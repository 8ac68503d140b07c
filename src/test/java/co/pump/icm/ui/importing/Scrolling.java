package co.pump.icm.ui.importing;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** Scrolls a step page so that a node is in sight, as a person scrolls before clicking. */
public final class Scrolling {

    private Scrolling() {
    }

    /** Brings the node into the view of the scroll pane around it (call on the FX thread). */
    public static void reveal(Node node) {
        Node parent = node.getParent();
        while (parent != null && !(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        if (!(parent instanceof ScrollPane scroll) || scroll.getContent() == null) {
            return;
        }
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (hidden > 0) {
            double top = inContent.getMinY() - 20;
            scroll.setVvalue(Math.max(0, Math.min(1, top / hidden)));
        }
        scroll.layout();
    }
}
