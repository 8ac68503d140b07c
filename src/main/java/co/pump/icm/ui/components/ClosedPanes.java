package co.pump.icm.ui.components;

import javafx.scene.control.TitledPane;

/**
 * A closed {@link TitledPane} whose content takes no part in layout.
 *
 * <p>JavaFX sizes a titled pane's content on every layout pass even while the pane is closed (its
 * height is then multiplied by zero). Content with wrapped text measures each line again each time,
 * so a closed pane of warnings or options above a table that changes on every keystroke cost the FX
 * thread most of its time between two frames. Unmanaged while closed, the content is measured only
 * when it is shown.
 */
public final class ClosedPanes {

    private ClosedPanes() {
    }

    /** From now on, the pane's content is laid out only while the pane is open. */
    public static void measureOnlyWhenOpen(TitledPane pane) {
        pane.contentProperty().addListener((obs, was, now) -> {
            if (was != null) {
                was.managedProperty().unbind();
                was.setManaged(true);
            }
            follow(pane);
        });
        follow(pane);
    }

    private static void follow(TitledPane pane) {
        if (pane.getContent() != null) {
            pane.getContent().managedProperty().bind(pane.expandedProperty());
        }
    }
}
