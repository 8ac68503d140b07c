package co.pump.icm.ui.finish;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The Finish step's view (FinishView.fxml): the import's outcome and what happens next. */
public final class FinishView {

    private final FinishViewModel model;

    @FXML private Label outcome;
    @FXML private VBox nextSteps;

    public FinishView(FinishViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        outcome.textProperty().bind(model.outcomeProperty());
        model.nextSteps().addListener((ListChangeListener<String>) change -> showNextSteps());
        showNextSteps();
    }

    private void showNextSteps() {
        nextSteps.getChildren().clear();
        int number = 1;
        for (String step : model.nextSteps()) {
            var line = new Label(number++ + ".  " + step);
            line.setWrapText(true);
            line.getStyleClass().add("next-step");
            nextSteps.getChildren().add(line);
        }
    }
}
