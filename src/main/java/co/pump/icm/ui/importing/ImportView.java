package co.pump.icm.ui.importing;

import co.pump.icm.apply.ItemResult;
import co.pump.icm.apply.Outcome;
import co.pump.icm.ui.errors.ErrorPane;
import co.pump.icm.ui.follow.FollowCard;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Import step's view (ImportView.fxml): the overall bar and its sentence, a row per category,
 * the request rate and the throttling note, Cancel while working; at the end the summary, what
 * was not done and why, Retry, and where the journal is.
 */
public final class ImportView {

    private final ImportViewModel model;

    @FXML private Label importHeading;
    @FXML private ProgressBar overallBar;
    @FXML private Label overallText;
    @FXML private GridPane categoryRows;
    @FXML private Label rateText;
    @FXML private Label throttleText;
    @FXML private HBox workingRow;
    @FXML private ProgressIndicator workingSpinner;
    @FXML private Button cancelButton;
    @FXML private Label stoppingText;
    @FXML private VBox resultPane;
    @FXML private Label summaryHeadline;
    @FXML private Label summaryExplanation;
    @FXML private VBox notDonePane;
    @FXML private Label notDoneTitle;
    @FXML private ListView<ItemResult> notDoneList;
    @FXML private HBox resultActions;
    @FXML private Button retryButton;
    @FXML private Label journalText;
    @FXML private ErrorPane importError;
    @FXML private VBox followSlot;
    @FXML private VBox progressCard;
    @FXML private Button undoButton;
    @FXML private VBox undoCard;
    @FXML private ProgressIndicator undoSpinner;
    @FXML private Label undoHeadline;
    @FXML private VBox undoLines;
    @FXML private ProgressBar undoBar;
    @FXML private Label undoProgressText;
    @FXML private VBox undoConfirmBox;
    @FXML private Label undoConfirmLabel;
    @FXML private TextField undoTyped;
    @FXML private Button undoConfirm;
    @FXML private ListView<String> undoDetails;
    @FXML private ErrorPane undoError;
    @FXML private Button undoCancel;
    @FXML private Button undoClose;

    public ImportView(ImportViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        var working = Bindings.createBooleanBinding(() -> model.phaseProperty().get().working(), model.phaseProperty());
        var noPlan = model.phaseProperty().isEqualTo(ImportPhase.NO_PLAN);
        importHeading.textProperty().bind(model.headingProperty());
        // After an undo the bars would show what is no longer there.
        showWhen(progressCard, noPlan.not().and(model.undoneProperty().not()));
        overallBar.progressProperty().bind(model.progressProperty());
        overallText.textProperty().bind(model.progressTextProperty());
        rateText.textProperty().bind(model.rateTextProperty());
        showWhen(rateText, model.rateTextProperty().isNotEmpty());
        throttleText.textProperty().bind(model.throttleTextProperty());
        showWhen(throttleText, model.throttleTextProperty().isNotEmpty());
        model.categories().addListener((ListChangeListener<CategoryProgress>) change -> showCategories());
        showCategories();

        showWhen(workingRow, working);
        cancelButton.setOnAction(event -> model.cancel());
        cancelButton.disableProperty().bind(model.phaseProperty().isEqualTo(ImportPhase.STOPPING));
        stoppingText.setText(ImportViewModel.STOPPING);
        showWhen(stoppingText, model.phaseProperty().isEqualTo(ImportPhase.STOPPING));
        workingSpinner.visibleProperty().bind(working);

        var summary = model.summaryProperty();
        showWhen(resultPane, summary.isNotNull().or(model.retryLabelProperty().isNotNull()).and(working.not()));
        // The Undo button decides its own visibility (UndoCardView); the retry one follows the model.
        showWhen(summaryHeadline, summary.isNotNull());
        showWhen(summaryExplanation, summary.isNotNull());
        summaryHeadline.textProperty().bind(Bindings.createStringBinding(
                () -> summary.get() == null ? "" : summary.get().headline(), summary));
        summaryExplanation.textProperty().bind(Bindings.createStringBinding(
                () -> summary.get() == null ? "" : summary.get().explanation(), summary));
        notDoneList.setItems(model.notDone());
        notDoneList.setCellFactory(list -> new NotDoneCell());
        // As tall as a few items need, then it scrolls.
        var listHeight = Bindings.createDoubleBinding(() -> Math.min(230.0, 12 + 62.0 * model.notDone().size()),
                model.notDone());
        notDoneList.prefHeightProperty().bind(listHeight);
        notDoneList.minHeightProperty().bind(listHeight);
        notDoneTitle.textProperty().bind(Bindings.createStringBinding(
                () -> "Not done (" + ProgressText.count(model.notDone().size()) + ")", model.notDone()));
        showWhen(notDonePane, Bindings.isNotEmpty(model.notDone()));

        retryButton.textProperty().bind(model.retryLabelProperty());
        showWhen(retryButton, model.retryLabelProperty().isNotNull());
        retryButton.setOnAction(event -> model.retry());
        showWhen(resultActions, model.retryLabelProperty().isNotNull().or(undoButton.visibleProperty()));
        new UndoCardView(model, undoButton, undoCard, undoSpinner, undoHeadline, undoLines, undoBar, undoProgressText,
                undoConfirmBox, undoConfirmLabel, undoTyped, undoConfirm, undoDetails, undoError, undoCancel,
                undoClose).bind();

        journalText.textProperty().bind(Bindings.createStringBinding(() -> model.journalProperty().get() == null ? ""
                : "Every write is recorded in " + model.journalProperty().get() + ".", model.journalProperty()));
        showWhen(journalText, model.journalProperty().isNotNull());
        importError.errorProperty().bind(model.errorProperty());
        followSlot.getChildren().add(new FollowCard(model.following()));
    }

    /**
     * One row per category. A progress tick for the same categories updates the rows in place, so the
     * grid never shows empty between two ticks and its layout stays as it was.
     */
    private void showCategories() {
        var shown = categoryRows.getChildren();
        var wanted = model.categories();
        boolean same = shown.size() == 3 * wanted.size();
        for (int i = 0; same && i < wanted.size(); i++) {
            same = ("category-" + wanted.get(i).category().name()).equals(shown.get(3 * i + 2).getId());
        }
        if (same) {
            for (int i = 0; i < wanted.size(); i++) {
                ((ProgressBar) shown.get(3 * i + 1)).setProgress(wanted.get(i).fraction());
                ((Label) shown.get(3 * i + 2)).setText(wanted.get(i).text());
            }
            return;
        }
        shown.clear();
        int row = 0;
        for (CategoryProgress category : wanted) {
            var name = new Label(category.category().label());
            name.getStyleClass().add("category-name");
            var bar = new ProgressBar(category.fraction());
            bar.getStyleClass().add("category-bar");
            var count = new Label(category.text());
            count.getStyleClass().add("category-count");
            count.setId("category-" + category.category().name());
            categoryRows.addRow(row++, name, bar, count);
        }
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** A change not done: a mark and words for how it ended, what it is, and AWS's reason. */
    private static final class NotDoneCell extends ListCell<ItemResult> {
        @Override
        protected void updateItem(ItemResult item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String how = item.outcome() == Outcome.FAILED ? "✗ Failed" : "– Not attempted";
            var title = new Label(how + " · " + item.category().label() + " · " + item.label());
            title.getStyleClass().add("not-done-title");
            title.setWrapText(true);
            var reason = new Label(item.reason() == null ? "" : item.reason());
            reason.getStyleClass().add("not-done-reason");
            reason.setWrapText(true);
            var box = new VBox(title, reason);
            box.getStyleClass().add("not-done-item");
            box.setMaxWidth(Double.MAX_VALUE);
            // A wrapped label needs a width to wrap at; a list cell alone offers none.
            for (Label label : new Label[] {title, reason}) {
                label.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
            setText(null);
            setGraphic(box);
        }
    }
}
