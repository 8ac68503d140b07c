package co.pump.icm.ui.inspector;

import co.pump.icm.ui.components.JsonView;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The detail of the selected item: its key as a title, its fields as a two-column grid, and a
 * permission set's inline policy as coloured JSON ({@code #inlinePolicy}).
 */
final class DetailPane extends VBox {

    private final ObjectProperty<ItemDetail> detail = new SimpleObjectProperty<>(this, "detail");
    private final Label title = new Label("Select a row to see everything about it.");
    private final GridPane facts = new GridPane();
    private final Label policyTitle = new Label("Inline policy");
    private final JsonView policy = new JsonView();

    DetailPane() {
        getStyleClass().add("detail-pane");
        setId("detailPane");
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        title.setId("detailTitle");
        facts.getStyleClass().add("detail-grid");
        facts.setId("detailFacts");
        var names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        names.setHgrow(Priority.NEVER);
        var values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().addAll(names, values);
        policyTitle.getStyleClass().add("section-title");
        policy.setId("inlinePolicy");
        getChildren().addAll(title, facts, policyTitle, policy);
        detail.addListener((obs, was, now) -> show(now));
        show(null);
    }

    ObjectProperty<ItemDetail> detailProperty() {
        return detail;
    }

    private void show(ItemDetail item) {
        facts.getChildren().clear();
        boolean hasPolicy = item != null && item.inlinePolicy() != null;
        policyTitle.setVisible(hasPolicy);
        policyTitle.setManaged(hasPolicy);
        policy.setVisible(hasPolicy);
        policy.setManaged(hasPolicy);
        policy.setJson(hasPolicy ? item.inlinePolicy() : "");
        if (item == null) {
            title.setText("Select a row to see everything about it.");
            return;
        }
        title.setText(item.title());
        int row = 0;
        for (Fact fact : item.facts()) {
            var name = new Label(fact.name());
            name.getStyleClass().add("detail-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            var value = new Label(fact.value());
            value.setWrapText(true);
            value.setId("fact-" + fact.name().replace(' ', '-'));
            facts.addRow(row++, name, value);
        }
    }
}
