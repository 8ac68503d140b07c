package co.pump.icm.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads the FXML of a view next to its class, with the given instance as its controller:
 * {@code ViewLoader.load(new StartView(model))} loads {@code StartView.fxml} from the same package
 * (in {@code src/main/resources}). The FXML keeps its {@code fx:controller} for tools; the
 * controller factory hands over the instance, so a view gets its ViewModel in its constructor.
 */
public final class ViewLoader {

    private ViewLoader() {
    }

    /** The view's root node, after the controller's {@code initialize()} has run. */
    public static Parent load(Object controller) {
        Class<?> type = controller.getClass();
        URL fxml = type.getResource(type.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("No " + type.getSimpleName() + ".fxml next to " + type.getName());
        }
        var loader = new FXMLLoader(fxml);
        loader.setControllerFactory(requested -> {
            if (!requested.isInstance(controller)) {
                throw new IllegalStateException(fxml + " asks for controller " + requested.getName()
                        + " but was given " + type.getName());
            }
            return controller;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + fxml, e);
        }
    }
}
