package co.pump.icm.ui.components;

import java.util.ArrayList;
import java.util.Locale;

import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * JSON text with simple syntax colouring: each span of {@link JsonHighlighter} becomes a
 * {@link Text} with the style class {@code json-key}, {@code json-string}, {@code json-number},
 * {@code json-literal} or {@code json-punctuation} (colours in app.css). {@link #getJson()} is the
 * text shown, for tests and copying.
 */
public class JsonView extends TextFlow {

    private final StringProperty json = new SimpleStringProperty(this, "json", "");

    public JsonView() {
        getStyleClass().add("json-view");
        json.addListener((obs, was, now) -> show(now));
    }

    public StringProperty jsonProperty() {
        return json;
    }

    public String getJson() {
        return json.get();
    }

    public void setJson(String value) {
        json.set(value == null ? "" : value);
    }

    private void show(String text) {
        var nodes = new ArrayList<Node>();
        for (JsonHighlighter.Span span : JsonHighlighter.spans(text == null ? "" : text)) {
            var piece = new Text(span.text());
            if (span.kind() != JsonHighlighter.Kind.WHITESPACE && span.kind() != JsonHighlighter.Kind.OTHER) {
                piece.getStyleClass().add("json-" + span.kind().name().toLowerCase(Locale.ROOT));
            }
            nodes.add(piece);
        }
        getChildren().setAll(nodes);
    }
}
