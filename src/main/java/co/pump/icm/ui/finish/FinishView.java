package co.pump.icm.ui.finish;

import co.pump.icm.ui.components.ScrollIntoView;
import javafx.application.Platform;
import co.pump.icm.report.FirstSignIn;
import co.pump.icm.ui.errors.ErrorPane;
import co.pump.icm.ui.follow.FollowCard;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The Finish step's view (FinishView.fxml): the import's outcome, the report and the users to
 * notify, and what happens next.
 */
public final class FinishView {

    private final FinishViewModel model;

    @FXML private Label outcome;
    @FXML private VBox nextSteps;
    @FXML private Button saveReport;
    @FXML private Button openReport;
    @FXML private Label reportFeedback;
    @FXML private Button exportNotify;
    @FXML private Button undoImport;
    @FXML private Label notifyFeedback;
    @FXML private Label noReport;
    @FXML private ErrorPane finishError;
    @FXML private Label firstSignIn;
    @FXML private Button startOver;
    @FXML private Button closeWizard;
    @FXML private VBox followSlot;

    public FinishView(FinishViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        outcome.textProperty().bind(model.outcomeProperty());
        model.nextSteps().addListener((ListChangeListener<String>) change -> showNextSteps());
        showNextSteps();
        var unavailable = model.reportableProperty().not().or(model.busyProperty());
        saveReport.disableProperty().bind(unavailable);
        saveReport.setOnAction(event -> model.saveReport());
        exportNotify.disableProperty().bind(unavailable);
        exportNotify.setOnAction(event -> model.exportUsersToNotify());
        showWhen(openReport, model.reportFileProperty().isNotNull());
        openReport.setOnAction(event -> model.openReport());
        undoImport.disableProperty().bind(model.migratedProperty().not());
        firstSignIn.setText("⚠ " + FirstSignIn.TITLE + ", before you send anything: " + FirstSignIn.CONSOLE_PATH
                + ". Users created through the API have no password and get no email until then.");
        showWhen(firstSignIn, model.passwordsNeededProperty());
        startOver.setOnAction(event -> model.startOver());
        closeWizard.setOnAction(event -> model.close());
        undoImport.setOnAction(event -> model.undo());
        reportFeedback.textProperty().bind(model.reportFeedbackProperty());
        showWhen(reportFeedback, model.reportFeedbackProperty().isNotEmpty());
        notifyFeedback.textProperty().bind(model.notifyFeedbackProperty());
        showWhen(notifyFeedback, model.notifyFeedbackProperty().isNotEmpty());
        showWhen(noReport, model.reportableProperty().not());
        finishError.errorProperty().bind(model.errorProperty());
        followSlot.getChildren().add(new FollowCard(model.following()));
        keepInSight(saveReport, reportFeedback);
        keepInSight(exportNotify, notifyFeedback);
    }

    /**
     * After a save, the line that says where the file went is in sight, and the button has the focus
     * again: disabled while it saved, it handed the focus on, and the page scrolled after it.
     */
    private static void keepInSight(Button button, Label feedback) {
        feedback.textProperty().addListener((obs, was, now) -> {
            if (now != null && !now.isEmpty()) {
                Platform.runLater(() -> {
                    if (!button.isDisabled()) {
                        button.requestFocus();
                    }
                    ScrollIntoView.now(feedback);
                });
            }
        });
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

    private static void showWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }
}
