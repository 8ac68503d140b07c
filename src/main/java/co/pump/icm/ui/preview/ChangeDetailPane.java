package co.pump.icm.ui.preview;

import java.util.List;

import co.pump.icm.ui.components.JsonView;
import co.pump.icm.ui.inspector.Fact;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The detail of the selected row: its name and kind, why (for a skip or a conflict), its
 * attributes, each field of an update as "now → after the import", and a permission set's
 * inline policy as coloured JSON ({@code #inlinePolicy}).
 */
public final class ChangeDetailPane extends VBox {

    private static final String NOTHING = "Select a row to see what happens to it.";

    private final ObjectProperty<ChangeDetail> detail = new SimpleObjectProperty<>(this, "detail");
    private final Label title = new Label(NOTHING);
    private final Label kind = new Label();
    private final Label reason = new Label();
    private final GridPane facts = grid("detailFacts");
    private final GridPane fields = grid("detailFields");

    {
        var after = new ColumnConstraints();
        after.setHgrow(Priority.ALWAYS);
        fields.getColumnConstraints().add(after);
    }
    private final Label policyTitle = new Label("Inline policy");
    private final JsonView policy = new JsonView();

    public ChangeDetailPane() {
        getStyleClass().add("change-detail");
        setId("changeDetail");
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        title.setId("detailTitle");
        kind.setId("detailKind");
        kind.getStyleClass().add("detail-kind");
        reason.setId("detailReason");
        reason.setWrapText(true);
        reason.getStyleClass().add("detail-reason");
        policyTitle.getStyleClass().add("section-title");
        policy.setId("inlinePolicy");
        getChildren().addAll(title, kind, reason, facts, fields, policyTitle, policy);
        detail.addListener((obs, was, now) -> show(now));
        show(null);
    }

    public ObjectProperty<ChangeDetail> detailProperty() {
        return detail;
    }

    private static GridPane grid(String id) {
        var grid = new GridPane();
        grid.getStyleClass().add("detail-grid");
        grid.setId(id);
        var names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        names.setHgrow(Priority.NEVER);
        var values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(names, values);
        return grid;
    }

    private void show(ChangeDetail item) {
        facts.getChildren().clear();
        fields.getChildren().clear();
        boolean hasPolicy = item != null && item.inlinePolicy() != null;
        visible(policyTitle, hasPolicy);
        visible(policy, hasPolicy);
        policy.setJson(hasPolicy ? item.inlinePolicy() : "");
        if (item == null) {
            title.setText(NOTHING);
            visible(kind, false);
            visible(reason, false);
            visible(fields, false);
            return;
        }
        title.setText(item.title());
        kind.setText(item.kind());
        kind.getStyleClass().removeIf(style -> style.startsWith("kind-"));
        if (!item.styleClass().isEmpty()) {
            kind.getStyleClass().add(item.styleClass());
        }
        visible(kind, !item.kind().isEmpty());
        reason.setText(item.reason());
        visible(reason, !item.reason().isEmpty());
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
        showFields(item.fields());
    }

    private void showFields(List<ChangeDetail.FieldLine> lines) {
        visible(fields, !lines.isEmpty());
        if (lines.isEmpty()) {
            return;
        }
        fields.addRow(0, header("Field"), header("Now"), header("After the import"));
        int row = 1;
        for (ChangeDetail.FieldLine line : lines) {
            var name = new Label(line.field());
            name.getStyleClass().add("detail-name");
            var now = new Label(line.now());
            now.setWrapText(true);
            now.getStyleClass().add("field-old");
            var after = new Label("→ " + line.after());
            after.setWrapText(true);
            after.getStyleClass().add("field-new");
            after.setId("field-" + line.field());
            fields.addRow(row++, name, now, after);
        }
    }

    private static Label header(String text) {
        var label = new Label(text);
        label.getStyleClass().add("field-header");
        return label;
    }

    private static void visible(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
