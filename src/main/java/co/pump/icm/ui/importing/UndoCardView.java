package co.pump.icm.ui.importing;

import co.pump.icm.ui.errors.ErrorPane;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Binds the "Undo this import" card's nodes (declared in ImportView.fxml) to its {@link UndoCard}. */
record UndoCardView(ImportViewModel model, Button open, VBox card, ProgressIndicator spinner, Label headline,
                    VBox lines, ProgressBar bar, Label progressText, VBox confirmBox, Label confirmLabel,
                    TextField typed, Button confirm, ListView<String> details, ErrorPane error, Button cancel,
                    Button close) {

    void bind() {
        UndoCard undo = model.undo();
        var state = undo.stateProperty();
        BooleanBinding working = Bindings.createBooleanBinding(() -> state.get().working(), state);
        BooleanBinding undoing = state.isEqualTo(UndoCard.State.UNDOING).or(state.isEqualTo(UndoCard.State.STOPPING))
                .or(state.isEqualTo(UndoCard.State.VERIFYING)).or(state.isEqualTo(UndoCard.State.DONE));
        showWhen(open, model.undoableProperty().and(state.isEqualTo(UndoCard.State.CLOSED)));
        open.setOnAction(event -> model.openUndo());
        showWhen(card, state.isNotEqualTo(UndoCard.State.CLOSED));
        showWhen(spinner, working);
        headline.textProperty().bind(undo.headlineProperty());
        showWhen(headline, undo.headlineProperty().isNotEmpty());
        undo.lines().addListener((ListChangeListener<String>) change -> showLines(undo));
        showWhen(lines, Bindings.isNotEmpty(undo.lines()).and(undoing.not()));
        bar.progressProperty().bind(undo.progressProperty());
        showWhen(bar, undoing);
        progressText.textProperty().bind(undo.progressTextProperty());
        showWhen(progressText, undoing);
        showWhen(confirmBox, state.isEqualTo(UndoCard.State.READY));
        confirmLabel.textProperty().bind(Bindings.createStringBinding(() -> "_Type the account ID "
                + undo.accountProperty().get() + " (or its last four digits) to undo:", undo.accountProperty()));
        confirmLabel.setLabelFor(typed);
        typed.textProperty().bindBidirectional(undo.typedProperty());
        typed.setOnAction(event -> model.confirmUndo());
        confirm.disableProperty().bind(undo.confirmableProperty().not());
        confirm.setOnAction(event -> model.confirmUndo());
        details.setItems(undo.details());
        showWhen(details, Bindings.isNotEmpty(undo.details()));
        error.errorProperty().bind(undo.errorProperty());
        showWhen(cancel, working);
        cancel.disableProperty().bind(state.isEqualTo(UndoCard.State.STOPPING).or(state.isEqualTo(UndoCard.State.VERIFYING)));
        cancel.setOnAction(event -> undo.cancel());
        showWhen(close, working.not());
        close.textProperty().bind(Bindings.createStringBinding(
                () -> state.get() == UndoCard.State.READY ? "_Keep the import" : "_Close", state));
        close.setOnAction(event -> undo.close());
        // Once the plan shows, the next thing to do is to type the account ID (or to keep the import).
        state.addListener((obs, was, now) -> {
            if (now == UndoCard.State.READY) {
                typed.requestFocus();
                co.pump.icm.ui.components.ScrollIntoView.later(confirmBox);
            }
        });
    }

    private void showLines(UndoCard undo) {
        lines.getChildren().clear();
        for (String sentence : undo.lines()) {
            var line = new Label(sentence);
            line.setWrapText(true);
            line.getStyleClass().add("undo-line");
            lines.getChildren().add(line);
        }
    }

    private static void showWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }
}
