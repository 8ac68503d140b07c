package co.pump.icm.ui.inspector;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import co.pump.icm.ui.compare.ComparisonModel;
import co.pump.icm.ui.compare.ComparisonPane;
import co.pump.icm.ui.errors.ErrorPane;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The snapshot inspector's view (InspectorView.fxml): file and digest state, source facts, a tab
 * per category with its count (the tables of one tab group share a tab), the search field, the
 * detail pane, and a "Differences" tab after a comparison. Esc in the search field clears it.
 */
public final class InspectorView {

    private static final Object COMPARISON_TAB = new Object();
    /** The table's share of the window's width when it opens. */
    static final double TABLE_SHARE = 0.7;
    /** The detail pane is never narrower than this: facts and a policy stay readable. */
    static final double DETAIL_MIN_WIDTH = 340;

    private final InspectorViewModel model;

    @FXML private Label fileTitle;
    @FXML private Label digestState;
    @FXML private Button compareButton;
    @FXML private FlowPane sourceFacts;
    @FXML private HBox loading;
    @FXML private Label loadingText;
    @FXML private VBox invalidPane;
    @FXML private Label invalidMessage;
    @FXML private ListView<String> problemList;
    @FXML private ErrorPane error;
    @FXML private VBox contentPane;
    @FXML private Label searchLabel;
    @FXML private TextField searchField;
    @FXML private Label comparingText;
    @FXML private TabPane tabs;

    public InspectorView(InspectorViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        fileTitle.textProperty().bind(model.fileProperty().map(InspectorViewModel::name));
        loadingText.textProperty().bind(model.fileProperty().map(f -> "Reading " + InspectorViewModel.name(f) + "…"));
        digestState.textProperty().bind(model.digestTextProperty());
        model.editedProperty().addListener((obs, was, edited) -> digestState.getStyleClass()
                .setAll(edited ? "digest-edited" : "digest-valid"));
        digestState.getStyleClass().setAll("digest-valid");
        showWhen(loading, InspectorViewModel.Phase.LOADING);
        showWhen(invalidPane, InspectorViewModel.Phase.INVALID);
        showWhen(contentPane, InspectorViewModel.Phase.LOADED);
        compareButton.disableProperty().bind(model.phaseProperty().isNotEqualTo(InspectorViewModel.Phase.LOADED)
                .or(model.comparingProperty()));
        compareButton.setOnAction(event -> model.chooseAndCompare());
        comparingText.visibleProperty().bind(model.comparingProperty());
        invalidMessage.textProperty().bind(model.invalidMessageProperty());
        problemList.setItems(model.problems());
        error.errorProperty().bind(model.errorProperty());
        model.sourceFacts().addListener((ListChangeListener<Fact>) change -> showFacts());
        searchLabel.setLabelFor(searchField);
        searchField.textProperty().bindBidirectional(model.queryProperty());
        searchField.setOnKeyPressed(event -> {
            // Esc first clears the search; with nothing typed it closes the window (InspectorWindows).
            if (event.getCode() == KeyCode.ESCAPE && !searchField.getText().isEmpty()) {
                searchField.clear();
                event.consume();
            }
        });
        addCategoryTabs();
        model.comparisonProperty().addListener((obs, was, now) -> showComparison(now));
    }

    private void showWhen(Node node, InspectorViewModel.Phase phase) {
        node.visibleProperty().bind(model.phaseProperty().isEqualTo(phase));
        node.managedProperty().bind(node.visibleProperty());
    }

    /**
     * A tab per table, in the order of the tables; tables of one tab group ({@link CategoryTable#tabGroup},
     * from the kind) share one tab named after the group, with tabs of its own, where the group's
     * first table comes, so that every tab header stays in sight at 1280×720.
     */
    private void addCategoryTabs() {
        List<CategoryTable<?>> tables = model.tables();
        var groups = new HashMap<String, TabPane>();
        for (int i = 0; i < tables.size(); i++) {
            CategoryTable<?> table = tables.get(i);
            Tab tab = categoryTab(table, i);
            if (table.tabGroup() == null) {
                tabs.getTabs().add(tab);
            } else {
                groups.computeIfAbsent(table.tabGroup(), this::groupTabs).getTabs().add(tab);
            }
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> showSelectedTable());
    }

    /** A top tab named after a group, holding the tabs of the group's tables. */
    private TabPane groupTabs(String group) {
        String id = group.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        var inner = new TabPane();
        inner.setId("tabs-" + id);
        inner.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        inner.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> showSelectedTable());
        var tab = new Tab(group, inner);
        tab.setId("tab-group-" + id);
        tabs.getTabs().add(tab);
        return inner;
    }

    /** The table in sight, in the top tabs or a group's own, is the model's selected table. */
    private void showSelectedTable() {
        Tab top = tabs.getSelectionModel().getSelectedItem();
        Tab shown = top != null && top.getContent() instanceof TabPane inner ? inner.getSelectionModel().getSelectedItem() : top;
        if (shown != null && shown.getUserData() instanceof Integer index) {
            model.selectedTableProperty().set(index);
        }
    }

    private <T> Tab categoryTab(CategoryTable<T> category, int index) {
        TableView<Row<T>> table = Tables.tableOf(category);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, row) -> {
            if (model.selectedTableProperty().get() == index) {
                model.select(index, row);
            }
        });
        // Each tab has its own detail pane, all showing the one selected item, so that the tab
        // headers can span the whole window.
        var detailPane = new DetailPane();
        detailPane.detailProperty().bind(model.detailProperty());
        var detailScroll = new ScrollPane(detailPane);
        detailScroll.setFitToWidth(true);
        detailScroll.setMinWidth(DETAIL_MIN_WIDTH);
        var split = new SplitPane(table, detailScroll);
        // The table gets most of the width (a user's name, display name and e-mail side by side at
        // 1280×720); the detail keeps its width when the window is resized, the table takes the rest.
        split.setDividerPositions(TABLE_SHARE);
        SplitPane.setResizableWithParent(detailScroll, false);
        var tab = new Tab();
        tab.setUserData(index);
        tab.setId("tab-" + category.id());
        tab.textProperty().bind(category.title());
        tab.setContent(split);
        return tab;
    }

    private void showFacts() {
        sourceFacts.getChildren().clear();
        for (Fact fact : model.sourceFacts()) {
            var name = new Label(fact.name());
            name.getStyleClass().add("fact-name");
            var value = new Label(fact.value());
            value.setId("source-" + fact.name().replace(' ', '-'));
            sourceFacts.getChildren().add(new HBox(6, name, value));
        }
    }

    private void showComparison(ComparisonModel comparison) {
        tabs.getTabs().removeIf(tab -> tab.getUserData() == COMPARISON_TAB);
        if (comparison == null) {
            return;
        }
        var tab = new Tab();
        tab.setUserData(COMPARISON_TAB);
        tab.setId("tab-differences");
        tab.setText("Differences with " + comparison.rightLabel() + " (" + comparison.differences() + ")");
        var pane = new ComparisonPane(comparison);
        pane.filter(model.queryProperty().get());
        model.queryProperty().addListener((obs, was, now) -> pane.filter(now));
        tab.setContent(pane);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    /** For the window: the search field gets the focus first. */
    void focusSearch() {
        searchField.requestFocus();
    }
}
