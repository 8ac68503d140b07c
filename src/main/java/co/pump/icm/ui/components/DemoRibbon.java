package co.pump.icm.ui.components;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;

/**
 * The unmistakable demo banner across the top of the window:
 * "DEMO — a local copy of a sample company; nothing in AWS is touched". Shown only while
 * {@link #activeProperty()} is true (bind it to the state's demo mode); takes no room otherwise.
 */
public class DemoRibbon extends Label {

    /** The ribbon's words. */
    public static final String TEXT = "DEMO — a local copy of a sample company; nothing in AWS is touched";

    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");

    public DemoRibbon() {
        super(TEXT);
        getStyleClass().add("demo-ribbon");
        setMaxWidth(Double.MAX_VALUE);
        setWrapText(true);
        visibleProperty().bind(active);
        managedProperty().bind(active);
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public boolean isActive() {
        return active.get();
    }

    public void setActive(boolean value) {
        active.set(value);
    }
}
