package co.pump.icm.ui.preview;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The deliberate confirmation before an import: it repeats the target account (ID and name) and
 * what will be written, and its Import button is enabled only once the person has typed the
 * account ID or its last four digits. Esc and Cancel close it and nothing happens.
 */
final class ConfirmImportDialog {

    private ConfirmImportDialog() {
    }

    /** Shows the dialog (without waiting); the answer goes to the model. */
    static Dialog<ButtonType> show(Window owner, Confirmation confirmation, PreviewViewModel model) {
        var dialog = new Dialog<ButtonType>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("Import into the new organization");
        dialog.setHeaderText("Import into account " + confirmation.account() + "?");
        var importType = new ButtonType(confirmation.buttonText(), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, importType);
        dialog.getDialogPane().setId("confirmImport");
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.getDialogPane().getStylesheets().add(PreviewView.STYLESHEET);
        dialog.getDialogPane().getStyleClass().add("confirm-import");

        var content = new VBox();
        content.getStyleClass().add("confirm-content");
        for (String line : confirmation.lines()) {
            var label = new Label(line);
            label.setWrapText(true);
            label.getStyleClass().add("confirm-line");
            content.getChildren().add(label);
        }
        var prompt = new Label("To confirm, type the account ID " + confirmation.accountId()
                + " (or its last four digits, " + confirmation.lastFour() + "):");
        prompt.setWrapText(true);
        prompt.getStyleClass().add("confirm-prompt");
        var typed = new TextField();
        typed.setId("confirmAccount");
        typed.setPromptText(confirmation.accountId());
        prompt.setLabelFor(typed);
        var hint = new Label();
        hint.setId("confirmHint");
        hint.getStyleClass().add("confirm-hint");
        hint.textProperty().bind(Bindings.createStringBinding(() -> typed.getText().isBlank() ? ""
                : confirmation.accepts(typed.getText()) ? "✓ That is the account." : "✗ That is not the account ID.",
                typed.textProperty()));
        content.getChildren().addAll(prompt, typed, hint);
        dialog.getDialogPane().setContent(content);

        Node importButton = dialog.getDialogPane().lookupButton(importType);
        importButton.setId("confirmImportButton");
        importButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !confirmation.accepts(typed.getText()), typed.textProperty()));
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setId("confirmCancelButton");

        dialog.setResultConverter(button -> button);
        dialog.setOnHidden(event -> {
            if (dialog.getResult() == importType && model.confirm(typed.getText())) {
                return;
            }
            model.cancelConfirmation();
        });
        dialog.setOnShown(event -> typed.requestFocus());
        dialog.show();
        return dialog;
    }
}
