package co.pump.icm.ui.shell;

import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import java.util.EnumMap;
import java.util.Map;

import javafx.collections.ListChangeListener;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The rail on the left: every step of the flow with its mark, "●" for the current one, "✓" for
 * those done, nothing for those ahead, and the same in the style class ({@code rail-current},
 * {@code rail-done}, {@code rail-upcoming}) and in the accessible text. Each row has the id
 * {@code rail-<STEP>} and its mark the id {@code rail-mark-<STEP>}.
 */
public final class StepRail extends VBox {

    private static final String[] STATES = {"rail-current", "rail-done", "rail-upcoming"};

    private final WizardFlow flow;
    private final Map<StepId, Label> marks = new EnumMap<>(StepId.class);
    private final Map<StepId, HBox> rows = new EnumMap<>(StepId.class);

    public StepRail(WizardFlow flow) {
        this.flow = flow;
        getStyleClass().add("step-rail");
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        for (StepId step : flow.steps()) {
            var mark = new Label();
            mark.getStyleClass().add("rail-mark");
            mark.setId("rail-mark-" + step.name());
            var title = new Label(step.title());
            title.getStyleClass().add("rail-title");
            title.setWrapText(true);
            var row = new HBox(mark, title);
            row.getStyleClass().add("rail-item");
            row.setId("rail-" + step.name());
            // A done step is a way back to it, by mouse or keyboard (Tab to it, then Enter or Space).
            row.setOnMouseClicked(event -> flow.backTo(step));
            row.setOnKeyPressed(event -> {
                if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                    flow.backTo(step);
                    event.consume();
                }
            });
            marks.put(step, mark);
            rows.put(step, row);
            getChildren().add(row);
        }
        flow.currentProperty().addListener((obs, was, now) -> refresh());
        flow.history().addListener((ListChangeListener<StepId>) change -> refresh());
        refresh();
    }

    private void refresh() {
        for (StepId step : flow.steps()) {
            RailMark state = flow.markOf(step);
            marks.get(step).setText(state.mark());
            HBox row = rows.get(step);
            row.getStyleClass().removeAll(STATES);
            row.getStyleClass().add("rail-" + state.name().toLowerCase(java.util.Locale.ROOT));
            row.setAccessibleText(step.title() + ", " + state.words());
            boolean reachable = state == RailMark.DONE;
            row.setFocusTraversable(reachable);
            row.setCursor(reachable ? Cursor.HAND : Cursor.DEFAULT);
            row.setAccessibleRole(reachable ? AccessibleRole.BUTTON : AccessibleRole.TEXT);
        }
    }
}
