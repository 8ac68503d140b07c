package co.pump.icm.ui.preview;

import java.util.List;

import co.pump.icm.ui.components.JsonView;
import co.pump.icm.ui.inspector.Fact;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The detail of the selected row: its name and kind, why (for a skip or a conflict), its
 * attributes, each field of an update as "now → after the import", and a permission set's
 * inline policy as coloured JSON ({@code #inlinePolicy}). Names sit above their values, so that
 * the pane reads well however narrow it is.
 */
public final class ChangeDetailPane extends VBox {

    private static final String NOTHING = "Select a row to see what happens to it.";

    private final ObjectProperty<ChangeDetail> detail = new SimpleObjectProperty<>(this, "detail");
    private final Label title = new Label(NOTHING);
    private final Label kind = new Label();
    private final Label reason = new Label();
    private final VBox facts = new VBox();
    private final VBox fields = new VBox();
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
        facts.setId("detailFacts");
        facts.getStyleClass().add("detail-list");
        fields.setId("detailFields");
        fields.getStyleClass().add("detail-list");
        policyTitle.getStyleClass().add("detail-name");
        policy.setId("inlinePolicy");
        getChildren().addAll(title, kind, reason, fields, facts, policyTitle, policy);
        detail.addListener((obs, was, now) -> show(now));
        show(null);
    }

    public ObjectProperty<ChangeDetail> detailProperty() {
        return detail;
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
        for (Fact fact : item.facts()) {
            var value = value(fact.value(), "fact-" + fact.name().replace(' ', '-'));
            facts.getChildren().add(new VBox(name(fact.name()), value));
        }
        showFields(item.fields());
    }

    /** Each field of an update: its name, then "now" and "after the import". */
    private void showFields(List<ChangeDetail.FieldLine> lines) {
        visible(fields, !lines.isEmpty());
        for (ChangeDetail.FieldLine line : lines) {
            var now = value("now: " + line.now(), null);
            now.getStyleClass().add("field-old");
            var after = value("after: " + line.after(), "field-" + line.field());
            after.getStyleClass().add("field-new");
            var box = new VBox(name(line.field()), now, after);
            box.getStyleClass().add("field-change");
            fields.getChildren().add(box);
        }
    }

    private static Label name(String text) {
        var name = new Label(text);
        name.getStyleClass().add("detail-name");
        return name;
    }

    private static Label value(String text, String id) {
        var value = new Label(text);
        value.setWrapText(true);
        value.setId(id);
        value.getStyleClass().add("detail-value");
        return value;
    }

    private static void visible(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
