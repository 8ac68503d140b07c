package co.pump.icm.ui.shell;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Parent;

/**
 * The wizard's navigation, in one place: the ordered steps, the current one, a back stack, and
 * whether Next may be pressed ({@link #canAdvanceProperty()}: the current step's
 * {@link StepViewModel#validProperty() valid} and a step after it). Back always works and keeps
 * every step's state, because each step's ViewModel and view are made once and kept.
 * Holds no nodes itself (views are made by the step definitions on demand); unit-testable.
 */
public final class WizardFlow implements Navigator {

    private static final Logger LOG = Logger.getLogger(WizardFlow.class.getName());

    private final List<StepId> order;
    private final Map<StepId, StepDefinition<?>> definitions = new LinkedHashMap<>();
    private final Map<StepId, StepPage> pages = new EnumMap<>(StepId.class);
    private final StepContext context;
    private final ReadOnlyObjectWrapper<StepId> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<StepViewModel> currentModel = new ReadOnlyObjectWrapper<>(this, "currentModel");
    private final ObservableList<StepId> history = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canAdvance = new ReadOnlyBooleanWrapper(this, "canAdvance");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");

    /**
     * A flow over the steps in the given order, starting on the first.
     *
     * @param steps   every step, in order
     * @param context makes the context the steps get, given this flow as their navigator
     */
    public WizardFlow(List<StepDefinition<?>> steps, Function<Navigator, StepContext> context) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A wizard needs at least one step");
        }
        var ids = new ArrayList<StepId>();
        for (StepDefinition<?> step : steps) {
            if (definitions.put(step.id(), step) != null) {
                throw new IllegalArgumentException("Step " + step.id() + " is registered twice");
            }
            ids.add(step.id());
        }
        this.order = List.copyOf(ids);
        this.context = context.apply(this);
        show(order.get(0));
    }

    /** The steps, in order. */
    public List<StepId> steps() {
        return order;
    }

    /** The step on screen. */
    public ReadOnlyObjectProperty<StepId> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public StepId current() {
        return current.get();
    }

    /** The ViewModel of the step on screen. */
    public ReadOnlyObjectProperty<StepViewModel> currentModelProperty() {
        return currentModel.getReadOnlyProperty();
    }

    /** The view of the step on screen, made on first use. */
    public Parent currentView() {
        return pages.get(current.get()).view();
    }

    /** The ViewModel of a step, made if it was not yet (e.g. for a test). */
    public StepViewModel model(StepId step) {
        return page(step).model();
    }

    /** The context the steps were given. */
    public StepContext context() {
        return context;
    }

    /** The back stack: the steps behind the current one, oldest first. Read-only. */
    public ObservableList<StepId> history() {
        return FXCollections.unmodifiableObservableList(history);
    }

    /** Whether Next may be pressed now. */
    public ReadOnlyBooleanProperty canAdvanceProperty() {
        return canAdvance.getReadOnlyProperty();
    }

    /** Whether there is a step to go back to and the current step lets the user leave it that way. */
    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    /** How the rail marks a step: the current one, one on the back stack (done), or one ahead. */
    public RailMark markOf(StepId step) {
        if (step == current.get()) {
            return RailMark.CURRENT;
        }
        return history.contains(step) ? RailMark.DONE : RailMark.UPCOMING;
    }

    /** The primary button: asks the step, then advances if it says so. */
    public void primary() {
        if (canAdvance.get() && currentModel.get().onPrimary()) {
            advance();
        }
    }

    @Override
    public boolean advance() {
        int index = order.indexOf(current.get());
        return index + 1 < order.size() && advanceTo(order.get(index + 1));
    }

    @Override
    public boolean advanceTo(StepId step) {
        int from = order.indexOf(current.get());
        int to = order.indexOf(step);
        if (to <= from || !currentModel.get().isValid()) {
            return false;
        }
        history.add(current.get());
        show(step);
        return true;
    }

    @Override
    public boolean back() {
        if (history.isEmpty() || !currentModel.get().backAllowedProperty().get()) {
            return false;
        }
        show(history.remove(history.size() - 1));
        return true;
    }

    /** The wizard closes: every step made so far is told ({@link StepViewModel#onClose()}), in order. */
    @Override
    public boolean backTo(StepId step) {
        int at = history.lastIndexOf(step);
        if (at < 0 || !currentModel.get().backAllowedProperty().get()) {
            return false;
        }
        history.remove(at, history.size());
        show(step);
        return true;
    }

    public void close() {
        for (StepId step : order) {
            StepPage page = pages.get(step);
            if (page == null) {
                continue;
            }
            try {
                page.model().onClose();
            } catch (RuntimeException e) {
                // One step's failure to clean up must not keep the others from cleaning up.
                LOG.log(Level.WARNING, "Closing the step " + step.title() + " failed", e);
            }
        }
    }

    private void show(StepId step) {
        StepViewModel leaving = currentModel.get();
        if (leaving != null) {
            leaving.onLeave();
        }
        StepPage page = page(step);
        canAdvance.unbind();
        if (order.indexOf(step) == order.size() - 1) {
            canAdvance.set(false);
        } else {
            canAdvance.bind(page.model().validProperty());
        }
        canGoBack.unbind();
        canGoBack.bind(Bindings.isNotEmpty(history).and(page.model().backAllowedProperty()));
        currentModel.set(page.model());
        current.set(step);
        LOG.info(() -> "Step: " + step.title());
        page.model().onEnter();
    }

    private StepPage page(StepId step) {
        StepDefinition<?> definition = definitions.get(step);
        if (definition == null) {
            throw new IllegalArgumentException("No step " + step + " in this wizard");
        }
        return pages.computeIfAbsent(step, id -> definition.build(context));
    }
}
