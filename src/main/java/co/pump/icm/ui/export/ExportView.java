package co.pump.icm.ui.export;

import java.util.List;

import co.pump.icm.ui.errors.ErrorPane;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The Export step's view (ExportView.fxml): progress per category, the saved file, or an existing snapshot. */
public final class ExportView {

    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    /** At most this many warnings are listed on screen. */
    private static final int WARNINGS_SHOWN = 6;

    private final ExportViewModel model;

    @FXML private ProgressBar exportProgress;
    @FXML private Label progressText;
    @FXML private Label throttleText;
    @FXML private GridPane categoryGrid;
    @FXML private Button cancelButton;
    @FXML private Button startButton;
    @FXML private Label summary;
    @FXML private VBox warningList;
    @FXML private Label savedText;
    @FXML private Button showFolderButton;
    @FXML private Button saveButton;
    @FXML private ErrorPane error;
    @FXML private Button useExistingButton;
    @FXML private Label existingText;
    @FXML private Label editedWarning;
    @FXML private CheckBox acceptEdited;

    public ExportView(ExportViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        var phase = model.phaseProperty();
        BooleanBinding exporting = phase.isEqualTo(ExportViewModel.Phase.EXPORTING);
        BooleanBinding working = exporting.or(phase.isEqualTo(ExportViewModel.Phase.SAVING))
                .or(phase.isEqualTo(ExportViewModel.Phase.LOADING));
        show(exportProgress, working);
        var progress = model.progress();
        exportProgress.progressProperty().bind(Bindings.when(exporting)
                .then(progress.fractionProperty()).otherwise(-1.0));
        showText(progressText, progress.lineProperty().isNotEmpty(), progress.lineProperty());
        showText(throttleText, progress.throttlingProperty().isNotEmpty(), progress.throttlingProperty());
        showText(summary, model.summaryProperty().isNotEmpty(), model.summaryProperty());
        showText(savedText, model.savedTextProperty().isNotEmpty(), model.savedTextProperty());
        showText(existingText, model.existingTextProperty().isNotEmpty(), model.existingTextProperty());
        showText(editedWarning, model.editedWarningProperty().isNotEmpty(), model.editedWarningProperty());
        show(acceptEdited, model.editedWarningProperty().isNotEmpty());
        acceptEdited.selectedProperty().bindBidirectional(model.acceptEditedProperty());

        show(cancelButton, exporting);
        cancelButton.setOnAction(event -> model.cancel());
        show(startButton, model.canExportProperty().and(phase.isEqualTo(ExportViewModel.Phase.READY)
                .or(phase.isEqualTo(ExportViewModel.Phase.SAVED))
                .or(phase.isEqualTo(ExportViewModel.Phase.UNSAVED))
                .or(phase.isEqualTo(ExportViewModel.Phase.LOADED))));
        startButton.textProperty().bind(Bindings.when(phase.isEqualTo(ExportViewModel.Phase.READY))
                .then("_Start the export").otherwise("Export _again"));
        startButton.setOnAction(event -> model.start());
        show(saveButton, phase.isEqualTo(ExportViewModel.Phase.UNSAVED));
        saveButton.setOnAction(event -> model.save());
        show(showFolderButton, phase.isEqualTo(ExportViewModel.Phase.SAVED).and(model.folderAvailableProperty()));
        showFolderButton.setOnAction(event -> model.showInFolder());
        useExistingButton.disableProperty().bind(working);
        useExistingButton.setOnAction(event -> model.useExisting());
        error.errorProperty().bind(model.errorProperty());

        show(categoryGrid, phase.isNotEqualTo(ExportViewModel.Phase.NO_SOURCE));
        progress.categories().addListener((ListChangeListener<CategoryCount>) change -> showCategories());
        showCategories();
        model.warnings().addListener((ListChangeListener<String>) change -> showWarnings());
        showWarnings();
    }

    /**
     * The rows made once, in two columns so that every kind is in sight at 1280×720 (the five read
     * first on the left); each progress update only changes their texts.
     */
    private void showCategories() {
        List<CategoryCount> lines = model.progress().categories();
        int perColumn = (lines.size() + 1) / 2;
        if (categoryGrid.getChildren().isEmpty()) {
            for (int i = 0; i < lines.size(); i++) {
                var mark = new Label();
                mark.setId("mark-" + i);
                mark.getStyleClass().add("category-mark");
                var name = new Label();
                name.getStyleClass().add("category-name");
                var count = new Label();
                count.setId("count-" + i);
                count.getStyleClass().add("category-count");
                int column = i < perColumn ? 0 : 3;
                categoryGrid.add(mark, column, i % perColumn);
                categoryGrid.add(name, column + 1, i % perColumn);
                categoryGrid.add(count, column + 2, i % perColumn);
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            CategoryCount line = lines.get(i);
            ((Label) categoryGrid.getChildren().get(3 * i)).setText(line.mark());
            ((Label) categoryGrid.getChildren().get(3 * i + 1)).setText(line.name());
            ((Label) categoryGrid.getChildren().get(3 * i + 2)).setText(line.count());
            categoryGrid.getChildren().get(3 * i).pseudoClassStateChanged(DONE, line.done());
        }
    }

    /** The first few warnings; the rest are counted (and all of them are in the log). */
    private void showWarnings() {
        warningList.getChildren().clear();
        List<String> warnings = model.warnings();
        for (int i = 0; i < warnings.size() && i < WARNINGS_SHOWN; i++) {
            var label = new Label(warnings.get(i));
            label.setWrapText(true);
            label.setId("warning-" + i);
            label.getStyleClass().add(warnings.get(i).startsWith("ℹ") ? "export-note" : "export-warning");
            warningList.getChildren().add(label);
        }
        if (warnings.size() > WARNINGS_SHOWN) {
            var more = new Label(String.format("… and %,d more warnings like these (all are in the log file).",
                    warnings.size() - WARNINGS_SHOWN));
            more.setId("moreWarnings");
            more.getStyleClass().add("export-warning");
            warningList.getChildren().add(more);
        }
        warningList.setVisible(!model.warnings().isEmpty());
        warningList.setManaged(warningList.isVisible());
    }

    private static void show(Node node, ObservableBooleanValue visible) {
        node.visibleProperty().bind(visible);
        node.managedProperty().bind(node.visibleProperty());
    }

    private static void showText(Label label, ObservableBooleanValue visible, ObservableStringValue text) {
        label.textProperty().bind(text);
        show(label, visible);
    }
}
