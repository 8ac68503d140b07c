package co.pump.icm.ui.errors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/**
 * Shows a {@link UserError}: "⚠" and the sentence, and a collapsed "Details" expander holding the
 * technical part. Hidden (and taking no room) while there is no error. Bind
 * {@link #errorProperty()} to a ViewModel's error property; usable from FXML as
 * {@code <ErrorPane fx:id="error"/>}.
 */
public class ErrorPane extends VBox {

    private final ObjectProperty<UserError> error = new SimpleObjectProperty<>(this, "error");
    private final Label sentence = new Label();
    private final TextArea details = new TextArea();
    private final TitledPane detailsPane = new TitledPane("Details", details);

    public ErrorPane() {
        getStyleClass().add("error-pane");
        sentence.getStyleClass().add("error-sentence");
        sentence.setWrapText(true);
        sentence.setId("errorSentence");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(6);
        details.getStyleClass().add("error-details");
        details.setId("errorDetails");
        detailsPane.setExpanded(false);
        detailsPane.setAnimated(false);
        detailsPane.setId("errorDetailsPane");
        getChildren().addAll(sentence, detailsPane);
        visibleProperty().bind(error.isNotNull());
        managedProperty().bind(visibleProperty());
        error.addListener((obs, old, now) -> show(now));
    }

    /** The error shown, or null for none. */
    public ObjectProperty<UserError> errorProperty() {
        return error;
    }

    public UserError getError() {
        return error.get();
    }

    public void setError(UserError value) {
        error.set(value);
    }

    private void show(UserError value) {
        sentence.setText(value == null ? "" : "⚠  " + value.sentence());
        details.setText(value == null ? "" : value.details());
        boolean hasDetails = value != null && value.hasDetails();
        detailsPane.setVisible(hasDetails);
        detailsPane.setManaged(hasDetails);
        detailsPane.setExpanded(false);
        if (value != null) {
            // An error below the window's edge would go unseen: the page scrolls to it.
            co.pump.icm.ui.components.ScrollIntoView.later(this);
        }
    }
}
