package co.pump.icm.ui.shell;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A step that is not built yet: its question as the headline and "coming in the next release".
 * Always valid, so the whole flow can be walked. Registered in {@link Steps} until the real step
 * replaces it; the one class that holds both the (trivial) ViewModel and its view.
 */
public final class PlaceholderStep extends StepViewModel {

    private final StepId step;

    public PlaceholderStep(StepId step, StepContext context) {
        super(context);
        this.step = step;
    }

    /** The definition that registers a placeholder for the step. */
    public static StepDefinition<PlaceholderStep> definition(StepId step) {
        return StepDefinition.of(step, context -> new PlaceholderStep(step, context), PlaceholderStep::view);
    }

    public StepId step() {
        return step;
    }

    private static Parent view(PlaceholderStep model) {
        var headline = new Label(model.step.question());
        headline.getStyleClass().add("headline");
        headline.setWrapText(true);
        headline.setId("headline");
        var notice = new Label("This step is coming in the next release.");
        notice.getStyleClass().add("placeholder-notice");
        notice.setId("placeholderNotice");
        var hint = new Label("You can go on with Next to see the rest of the steps, or Back at any time.");
        hint.setWrapText(true);
        hint.getStyleClass().add("secondary-text");
        var box = new VBox(headline, notice, hint);
        box.getStyleClass().add("step-page");
        return box;
    }
}
