package co.pump.icm.ui.preview;

import java.util.List;

import co.pump.icm.compare.Category;
import co.pump.icm.plan.ByHand;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.IdentitySource;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.ui.components.ClosedPanes;
import co.pump.icm.ui.components.ScrollIntoView;
import co.pump.icm.ui.errors.ErrorPane;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Preview step's view (PreviewView.fxml): count chips (each a filter), search, the plan as a
 * table by category with a checkbox per item and per category, the selected item's detail, the
 * warnings, the options, and the confirmation dialog before an import. Only builds and binds.
 */
public final class PreviewView {

    /** The step's stylesheet, also given to its dialogs. */
    private static final javafx.css.PseudoClass SELECTED = javafx.css.PseudoClass.getPseudoClass("selected");

    static final String STYLESHEET = java.util.Objects.requireNonNull(
            PreviewView.class.getResource("preview.css"), "preview.css").toExternalForm();

    private final PreviewViewModel model;
    private boolean swapping;

    @FXML private HBox chips;
    @FXML private HBox busyBox;
    @FXML private Label progressText;
    @FXML private ErrorPane error;
    @FXML private TextField searchField;
    @FXML private Button readAgainButton;
    @FXML private TableView<PlanRow> planTable;
    @FXML private TableColumn<PlanRow, PlanRow> includeColumn;
    @FXML private TableColumn<PlanRow, PlanRow> itemColumn;
    @FXML private TableColumn<PlanRow, PlanRow> changeColumn;
    @FXML private TableColumn<PlanRow, PlanRow> whyColumn;
    @FXML private ChangeDetailPane changeDetail;
    @FXML private TitledPane warningsPane;
    /** At most this many warnings are lines of their own. */
    static final int WARNINGS_SHOWN = 50;

    @FXML private VBox warningList;
    @FXML private TitledPane byHandPane;
    @FXML private VBox byHandList;
    @FXML private ScrollPane page;
    @FXML private TitledPane optionsPane;
    @FXML private RadioButton sourceDirectory;
    @FXML private RadioButton sourceExternal;
    @FXML private CheckBox updateExisting;
    @FXML private CheckBox deleteAbsent;
    @FXML private Label deleteWarning;
    @FXML private CheckBox includeDisabledUsers;
    @FXML private Label disabledUsersNote;
    @FXML private Button accountMapButton;
    /** One checkbox per kind; wraps, so that every kind fits whatever their number. */
    @FXML private FlowPane categoryChoices;

    public PreviewView(PreviewViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        makeChips();
        busyBox.visibleProperty().bind(model.busyProperty());
        busyBox.managedProperty().bind(model.busyProperty());
        progressText.textProperty().bind(model.progressTextProperty());
        error.errorProperty().bind(model.errorProperty());
        searchField.textProperty().bindBidirectional(model.queryProperty());
        // Enter in the search goes to the results; it must never reach the default button (Import…).
        searchField.setOnAction(event -> {
            event.consume();
            planTable.requestFocus();
        });
        readAgainButton.setOnAction(event -> model.readAgain());
        readAgainButton.disableProperty().bind(model.busyProperty());

        PlanCells.install(planTable, model, includeColumn, itemColumn, changeColumn, whyColumn);
        planTable.setPlaceholder(new Label("Reading the new organization…"));
        planTable.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!swapping) {
                model.select(now);
            }
        });
        planTable.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        model.shownProperty().addListener((obs, was, now) -> showRows(now));
        showRows(model.shownProperty().get());
        changeDetail.detailProperty().bind(model.detailProperty());

        model.warnings().addListener((javafx.collections.ListChangeListener<String>) change -> showWarnings());
        warningsPane.expandedProperty().addListener((obs, was, now) -> showWarnings());
        // What was just opened is what the person reads next: bring it into sight.
        warningsPane.expandedProperty().addListener((obs, was, now) -> {
            if (now) {
                ScrollIntoView.later(warningsPane);
            }
        });
        optionsPane.expandedProperty().addListener((obs, was, now) -> {
            if (now) {
                ScrollIntoView.later(optionsPane);
            }
        });
        warningsPane.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.warnings().size();
            return n == 1 ? "⚠  1 thing to check before importing" : String.format("⚠  %,d things to check before importing", n);
        }, model.warnings()));
        // An open pane has the row to itself: its lines wrap at the page's width.
        warningsPane.visibleProperty().bind(Bindings.isNotEmpty(model.warnings()).and(byHandPane.expandedProperty().not()));
        warningsPane.managedProperty().bind(warningsPane.visibleProperty());

        bindByHand();
        bindOptions();
        for (TitledPane pane : List.of(warningsPane, byHandPane, optionsPane)) {
            ClosedPanes.measureOnlyWhenOpen(pane);
        }
        model.confirmationProperty().addListener((obs, was, now) -> {
            if (now != null) {
                ConfirmImportDialog.show(planTable.getScene().getWindow(), now, model);
            }
        });
    }

    /** The count chips, each a filter: it shows only its kind, and pressed again every change. */
    private void makeChips() {
        for (ChangeKind kind : ChangeKind.values()) {
            var chip = new Button();
            chip.setId("chip-" + kind.name().toLowerCase());
            chip.getStyleClass().addAll("count-chip", ChangeMarks.styleClass(kind));
            chip.setMnemonicParsing(false);
            chip.textProperty().bind(Bindings.createStringBinding(() -> String.format("%s  %,d",
                    ChangeMarks.text(kind), model.countProperty(kind).get()), model.countProperty(kind)));
            chip.setOnAction(event -> model.toggleShowOnly(kind));
            var shownOnly = model.filterProperty().isEqualTo(KindFilter.of(kind));
            shownOnly.addListener((obs, was, now) -> chip.pseudoClassStateChanged(SELECTED, now));
            chip.tooltipProperty().bind(Bindings.when(shownOnly)
                    .then(new Tooltip("Only these are shown: press again to show every change."))
                    .otherwise(new Tooltip("Show only these (" + kind.label().toLowerCase() + ").")));
            if (kind == ChangeKind.DELETE) {
                chip.visibleProperty().bind(model.choices().deleteAbsentProperty().or(model.countProperty(kind).greaterThan(0)));
                chip.managedProperty().bind(chip.visibleProperty());
            }
            chips.getChildren().add(chip);
        }
    }

    /**
     * The warnings as wrapped lines, made only while the box is open (a plan of 100,000 users may
     * have thousands); the first {@value #WARNINGS_SHOWN} in full, then how many more there are.
     */
    private void showWarnings() {
        warningList.getChildren().clear();
        if (!warningsPane.isExpanded()) {
            return;
        }
        int i = 0;
        for (String warning : model.warnings().subList(0, Math.min(WARNINGS_SHOWN, model.warnings().size()))) {
            var line = new Label(warning.startsWith("⚠") ? warning : "⚠  " + warning);
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
            line.setId("warning-" + i++);
            line.getStyleClass().add("warning-line");
            warningList.getChildren().add(line);
        }
        int more = model.warnings().size() - WARNINGS_SHOWN;
        if (more > 0) {
            var rest = new Label(String.format("… and %,d more of these; the migration report lists every one.", more));
            rest.setWrapText(true);
            rest.setId("moreWarnings");
            warningList.getChildren().add(rest);
        }
    }

    /** What a person must make in the console: each item in bold, then what the console asks for, wrapped. */
    private void bindByHand() {
        byHandPane.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.byHand().size();
            return "✎  " + n + " to recreate by hand";
        }, model.byHand()));
        byHandPane.visibleProperty().bind(Bindings.isNotEmpty(model.byHand()).and(warningsPane.expandedProperty().not()));
        byHandPane.managedProperty().bind(byHandPane.visibleProperty());
        byHandPane.expandedProperty().addListener((obs, was, now) -> {
            if (now) {
                ScrollIntoView.later(byHandPane);
            }
        });
        model.byHand().addListener((javafx.collections.ListChangeListener<ByHand>) change -> showByHand());
        showByHand();
    }

    private void showByHand() {
        byHandList.getChildren().clear();
        var intro = new Label("AWS's API cannot create these. Make each in the new organization's console, signed in to the account you import "
                + "with, then import again: their assignments follow.");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        byHandList.getChildren().add(intro);
        int i = 0;
        for (ByHand item : model.byHand()) {
            var name = new Label(item.label());
            name.getStyleClass().add("by-hand-name");
            var lines = new Label(String.join("\n", item.lines()));
            lines.setWrapText(true);
            lines.setMinHeight(Region.USE_PREF_SIZE);
            lines.getStyleClass().add("warning-line");
            var box = new VBox(name, lines);
            box.setId("byHand-" + i++);
            box.getStyleClass().add("by-hand-item");
            byHandList.getChildren().add(box);
        }
    }

    private void showRows(ShownRows rows) {
        swapping = true;
        try {
            planTable.setItems(rows.rows());
            if (rows.selectedIndex() >= 0) {
                planTable.getSelectionModel().select(rows.selectedIndex());
            } else {
                // The selected item is hidden by the search or the filter: select nothing.
                planTable.getSelectionModel().clearSelection();
            }
        } finally {
            swapping = false;
        }
    }

    /** Space ticks or unticks the selected row; ← and → hide and list a category's items. */
    private void keys(KeyEvent event) {
        PlanRow row = planTable.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        if (event.getCode() == KeyCode.SPACE) {
            model.setIncluded(row, !model.isIncluded(row));
            planTable.refresh();
            event.consume();
        } else if (row.isCategory() && (event.getCode() == KeyCode.LEFT || event.getCode() == KeyCode.RIGHT)) {
            model.setExpanded(row.category(), event.getCode() == KeyCode.RIGHT);
            event.consume();
        }
    }

    private void bindOptions() {
        var source = new ToggleGroup();
        sourceDirectory.setToggleGroup(source);
        sourceExternal.setToggleGroup(source);
        sourceDirectory.setUserData(IdentitySource.CREATE);
        sourceExternal.setUserData(IdentitySource.MATCH);
        source.selectToggle(model.choices().identitySourceProperty().get() == IdentitySource.MATCH ? sourceExternal
                : sourceDirectory);
        source.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.choices().identitySourceProperty().set((IdentitySource) now.getUserData());
            }
        });
        model.choices().identitySourceProperty().addListener((obs, was, now) ->
                source.selectToggle(now == IdentitySource.MATCH ? sourceExternal : sourceDirectory));
        updateExisting.selectedProperty().bindBidirectional(model.choices().updateExistingProperty());
        deleteAbsent.selectedProperty().bindBidirectional(model.choices().deleteAbsentProperty());
        deleteWarning.visibleProperty().bind(model.choices().deleteAbsentProperty());
        deleteWarning.managedProperty().bind(model.choices().deleteAbsentProperty());
        includeDisabledUsers.selectedProperty().bindBidirectional(model.choices().includeDisabledUsersProperty());
        disabledUsersNote.textProperty().bind(model.disabledUsersProperty());
        disabledUsersNote.visibleProperty().bind(model.disabledUsersProperty().isNotEmpty());
        disabledUsersNote.managedProperty().bind(disabledUsersNote.visibleProperty());
        accountMapButton.textProperty().bind(Bindings.createStringBinding(() -> {
            var map = model.choices().accountMapProperty().get();
            int changed = map.remap().size() + map.skip().size();
            return "Account _map… (" + changed + ")";
        }, model.choices().accountMapProperty()));
        accountMapButton.setOnAction(event -> AccountMapDialog.edit(planTable.getScene().getWindow(),
                model.accountMapEditor()).ifPresent(model.choices().accountMapProperty()::set));
        for (Category category : PlanOptions.MIGRATED) {
            var box = new CheckBox(category.label());
            box.setId("category-" + category.name());
            box.setMnemonicParsing(false);
            box.selectedProperty().bindBidirectional(model.choices().includedProperty(category));
            box.selectedProperty().addListener((obs, was, now) -> planTable.refresh());
            categoryChoices.getChildren().add(box);
        }
        optionsPane.textProperty().bind(Bindings.concat("Options: ", model.choices().summaryProperty()));
    }
}
