package co.pump.icm.ui.start;

import java.nio.file.Path;

import co.pump.icm.ui.errors.ErrorPane;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Start step's view (StartView.fxml): three large choices, what to have ready, recent files. */
public final class StartView {

    private final StartViewModel model;

    @FXML private Button migrateChoice;
    @FXML private Button demoChoice;
    @FXML private Button snapshotChoice;
    @FXML private HBox demoProgress;
    @FXML private ProgressIndicator demoSpinner;
    @FXML private ErrorPane error;
    @FXML private VBox recentSection;
    @FXML private VBox recentList;

    public StartView(StartViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        migrateChoice.setOnAction(event -> model.migrate());
        demoChoice.setOnAction(event -> model.tryDemo());
        snapshotChoice.setOnAction(event -> model.chooseSnapshot());
        markChoice(migrateChoice, StartChoice.MIGRATE);
        markChoice(demoChoice, StartChoice.DEMO);
        migrateChoice.disableProperty().bind(model.busyProperty());
        demoChoice.disableProperty().bind(model.busyProperty());
        demoProgress.visibleProperty().bind(model.busyProperty());
        demoProgress.managedProperty().bind(model.busyProperty());
        error.errorProperty().bind(model.errorProperty());
        recentSection.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.recentSnapshots()));
        recentSection.managedProperty().bind(recentSection.visibleProperty());
        model.recentSnapshots().addListener((ListChangeListener<Path>) change -> showRecent());
        showRecent();
    }

    /** The chosen card says so in words ("✓ Your choice") and in its style, not in colour alone. */
    private void markChoice(Button card, StartChoice choice) {
        Label description = (Label) card.getGraphic();
        String text = description.getText();
        model.choiceProperty().addListener((obs, was, now) -> {
            boolean chosen = now == choice;
            description.setText(chosen ? "✓ Your choice. " + text : text);
            card.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("chosen"), chosen);
        });
    }

    private void showRecent() {
        recentList.getChildren().clear();
        int index = 0;
        for (Path file : model.recentSnapshots()) {
            var link = new Hyperlink(file.getFileName() + "   " + parentOf(file));
            link.setId("recent-" + index++);
            link.getStyleClass().add("recent-file");
            link.setOnAction(event -> model.openSnapshot(file));
            recentList.getChildren().add(link);
        }
    }

    private static String parentOf(Path file) {
        Path parent = file.getParent();
        return parent == null ? "" : "— " + parent;
    }
}
