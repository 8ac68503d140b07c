package co.pump.icm.ui.signin;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The sign-in checklist: one row per {@link ChecklistLine}, each with its mark and word ("✓ OK",
 * "✗ Problem") before what was checked and what was found. Usable from FXML; call
 * {@link #show(ObservableList)} with the ViewModel's list.
 */
public class ChecklistPane extends VBox {

    public ChecklistPane() {
        getStyleClass().add("checklist");
    }

    /** Follows the list: rebuilt whenever it changes. */
    public void show(ObservableList<ChecklistLine> lines) {
        lines.addListener((ListChangeListener<ChecklistLine>) change -> rebuild(lines));
        rebuild(lines);
    }

    private void rebuild(ObservableList<ChecklistLine> lines) {
        getChildren().clear();
        int index = 0;
        for (ChecklistLine line : lines) {
            getChildren().add(row(line, index++));
        }
    }

    private static HBox row(ChecklistLine line, int index) {
        var mark = new Label(line.mark());
        mark.getStyleClass().add("check-mark");
        mark.setId("check-mark-" + index);
        mark.setMinWidth(28);
        var title = new Label(line.word() + " · " + line.title());
        title.getStyleClass().add("check-title");
        title.setId("check-title-" + index);
        var message = new Label(line.message());
        message.getStyleClass().add("check-message");
        message.setId("check-message-" + index);
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.control.Label.USE_PREF_SIZE);
        var text = new VBox(title, message);
        text.getStyleClass().add("check-text");
        HBox.setHgrow(text, Priority.ALWAYS);
        var row = new HBox(mark, text);
        row.getStyleClass().addAll("check-line", line.styleClass());
        row.setId("check-" + index);
        return row;
    }
}
