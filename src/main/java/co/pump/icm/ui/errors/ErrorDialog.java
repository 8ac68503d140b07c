package co.pump.icm.ui.errors;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/**
 * A modal error for the rare failure that has no place on the current screen (e.g. a dropped file
 * that cannot be opened). The sentence is the content; the technical part sits behind the
 * dialog's own "Show Details" expander. Enter and Esc both close it.
 */
public final class ErrorDialog {

    private ErrorDialog() {
    }

    /** Shows the error and waits until it is closed. */
    public static void show(Window owner, String title, UserError error) {
        var alert = new Alert(Alert.AlertType.ERROR, error.sentence(), ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (error.hasDetails()) {
            var details = new TextArea(error.details());
            details.setEditable(false);
            details.setWrapText(true);
            alert.getDialogPane().setExpandableContent(details);
        }
        alert.showAndWait();
    }
}
