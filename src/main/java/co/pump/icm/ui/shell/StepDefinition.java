package co.pump.icm.ui.shell;

import java.util.Objects;
import java.util.function.Function;

import javafx.scene.Parent;

/**
 * How to build one step: its ViewModel from the {@link StepContext}, and its view from the
 * ViewModel. Registered in {@link Steps}.
 * <pre>{@code
 * StepDefinition.of(StepId.EXPORT, ExportViewModel::new, model -> ViewLoader.load(new ExportView(model)))
 * }</pre>
 *
 * @param <M> the step's ViewModel type
 */
public record StepDefinition<M extends StepViewModel>(StepId id, Function<StepContext, M> model,
                                                      Function<M, Parent> view) {

    public StepDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(view, "view");
    }

    public static <M extends StepViewModel> StepDefinition<M> of(StepId id, Function<StepContext, M> model,
                                                                 Function<M, Parent> view) {
        return new StepDefinition<>(id, model, view);
    }

    /** Makes the step's ViewModel now and its view only when first shown. */
    StepPage build(StepContext context) {
        M made = model.apply(context);
        return new StepPage(id, made, () -> view.apply(made));
    }
}
