package co.pump.icm.ui.preview;

import java.util.Optional;

import co.pump.icm.plan.AccountMap;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The account map editor: per account of the snapshot, the account its assignments go to in the
 * new organization (the same one unless changed) or "skip". OK stays disabled while an entry is
 * not a 12-digit account ID; the problem is said under the table.
 */
final class AccountMapDialog {

    private AccountMapDialog() {
    }

    /** Shows the editor and waits; the edited map, or empty when cancelled. */
    static Optional<AccountMap> edit(Window owner, AccountMapEditor editor) {
        var dialog = new Dialog<AccountMap>();
        dialog.initOwner(owner);
        dialog.setTitle("Account map");
        dialog.setHeaderText("Where should each account's assignments go?");
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        dialog.getDialogPane().getStylesheets().add(PreviewView.STYLESHEET);
        dialog.getDialogPane().setId("accountMapDialog");
        var apply = new ButtonType("Apply", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, apply);

        var grid = new GridPane();
        grid.getStyleClass().add("account-map-grid");
        grid.addRow(0, header("Account in the snapshot"), header("Assignments"), header("Account in the new organization"),
                header("Skip"));
        int row = 1;
        for (AccountMapEditor.Entry entry : editor.entries()) {
            var target = new TextField();
            target.textProperty().bindBidirectional(entry.targetProperty());
            target.disableProperty().bind(entry.skipProperty());
            target.setId("map-target-" + entry.sourceId());
            target.setPrefColumnCount(14);
            var skip = new CheckBox();
            skip.selectedProperty().bindBidirectional(entry.skipProperty());
            skip.setId("map-skip-" + entry.sourceId());
            grid.addRow(row++, new Label(entry.source()), new Label(String.format("%,d", entry.assignments())),
                    target, skip);
        }
        var problem = new Label();
        problem.setId("accountMapProblem");
        problem.getStyleClass().add("account-map-problem");
        problem.setWrapText(true);
        Runnable check = () -> problem.setText(editor.problem() == null ? "" : "⚠  " + editor.problem());
        editor.entries().forEach(entry -> {
            entry.targetProperty().addListener((obs, was, now) -> check.run());
            entry.skipProperty().addListener((obs, was, now) -> check.run());
        });
        check.run();
        var note = new Label("Account IDs do not change when an account moves to the new organization, so most "
                + "accounts stay as they are.");
        note.setWrapText(true);
        note.getStyleClass().add("secondary-text");
        var scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.minViewportWidthProperty().bind(Bindings.createDoubleBinding(() -> grid.prefWidth(-1), grid.widthProperty()));
        scroll.setPrefViewportHeight(Math.min(360, 40 + 44.0 * editor.entries().size()));
        var content = new VBox(note, scroll, problem);
        content.getStyleClass().add("account-map-content");
        dialog.getDialogPane().setContent(content);

        Node applyButton = dialog.getDialogPane().lookupButton(apply);
        applyButton.setId("accountMapApply");
        applyButton.disableProperty().bind(Bindings.isNotEmpty(problem.textProperty()));
        dialog.setResultConverter(button -> button == apply ? editor.toAccountMap() : null);
        return dialog.showAndWait();
    }

    private static Label header(String text) {
        var label = new Label(text);
        label.getStyleClass().add("field-header");
        // A column is never narrower than its header: the headers are read in full.
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
