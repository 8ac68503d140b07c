package co.pump.icm.ui.shell;

import java.util.function.Supplier;

import javafx.scene.Parent;

/** One built step: its ViewModel, and its view, made on first use and then kept. */
final class StepPage {

    private final StepId id;
    private final StepViewModel model;
    private final Supplier<Parent> viewFactory;
    private Parent view;

    StepPage(StepId id, StepViewModel model, Supplier<Parent> viewFactory) {
        this.id = id;
        this.model = model;
        this.viewFactory = viewFactory;
    }

    StepId id() {
        return id;
    }

    StepViewModel model() {
        return model;
    }

    Parent view() {
        if (view == null) {
            view = viewFactory.get();
        }
        return view;
    }
}
