package co.pump.icm.ui.start;

import java.nio.file.Path;

import co.pump.icm.ui.errors.ErrorPane;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Start step's view (StartView.fxml): three large choices, what to have ready, recent files. */
public final class StartView {

    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");

    private final StartViewModel model;

    @FXML private Button migrateChoice;
    @FXML private Button demoChoice;
    @FXML private Button snapshotChoice;
    @FXML private Label migrateChoiceTitle;
    @FXML private Label demoChoiceTitle;
    @FXML private Label snapshotChoiceTitle;
    @FXML private Label migrateMark;
    @FXML private Label demoMark;
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
        markChoice(migrateChoice, migrateChoiceTitle, migrateMark, StartChoice.MIGRATE);
        markChoice(demoChoice, demoChoiceTitle, demoMark, StartChoice.DEMO);
        snapshotChoiceTitle.setLabelFor(snapshotChoice);
        migrateChoice.disableProperty().bind(model.busyProperty());
        demoChoice.disableProperty().bind(model.busyProperty());
        demoProgress.visibleProperty().bind(model.busyProperty());
        demoProgress.managedProperty().bind(model.busyProperty());
        error.errorProperty().bind(model.errorProperty());
        recentSection.visibleProperty().bind(Bindings.isNotEmpty(model.recentSnapshots()));
        recentSection.managedProperty().bind(recentSection.visibleProperty());
        model.recentSnapshots().addListener((ListChangeListener<Path>) change -> showRecent());
        showRecent();
    }

    /** The chosen card says so in words ("✓ Your choice") and in its style, not in colour alone. */
    private void markChoice(Button card, Label title, Label mark, StartChoice choice) {
        title.setLabelFor(card);
        var chosen = model.choiceProperty().isEqualTo(choice);
        mark.visibleProperty().bind(chosen);
        mark.managedProperty().bind(chosen);
        chosen.addListener((obs, was, now) -> card.pseudoClassStateChanged(CHOSEN, now));
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
