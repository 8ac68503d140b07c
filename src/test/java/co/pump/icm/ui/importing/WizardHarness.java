package co.pump.icm.ui.importing;

import java.util.ArrayList;
import java.util.List;

import co.pump.icm.ui.RecordingWindows;
import co.pump.icm.ui.app.AppSettings;
import co.pump.icm.ui.app.Appearance;
import co.pump.icm.ui.app.FilePicker;
import co.pump.icm.ui.shell.PlaceholderStep;
import co.pump.icm.ui.shell.ShellView;
import co.pump.icm.ui.shell.ShellViewModel;
import co.pump.icm.ui.shell.StepContext;
import co.pump.icm.ui.shell.StepDefinition;
import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.shell.ViewLoader;
import co.pump.icm.ui.shell.WizardFlow;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.FxTaskExecutor;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The wizard's real window (shell, rail, header, footer, background executor) with the last
 * steps under test and placeholders before them, so that a test can put the state the Preview
 * step leaves behind and press Next like a person. Steps of one's own replace the placeholders.
 */
public final class WizardHarness {

    private final MigrationState state = new MigrationState();
    private FxTaskExecutor tasks;
    private WizardFlow flow;

    /** Shows the window on the stage, on the Start placeholder; call from {@code @Start}. */
    public void start(Stage stage, AppSettings settings, FilePicker files, List<StepDefinition<?>> ownSteps) {
        var steps = new ArrayList<StepDefinition<?>>();
        for (StepId id : StepId.values()) {
            steps.add(ownSteps.stream().filter(s -> s.id() == id).findFirst()
                    .<StepDefinition<?>>map(s -> s).orElse(PlaceholderStep.definition(id)));
        }
        var appearance = new Appearance(settings);
        tasks = new FxTaskExecutor();
        flow = new WizardFlow(steps, navigator -> new StepContext(state, navigator, tasks, settings, files,
                new RecordingWindows()));
        var scene = new Scene(ViewLoader.load(new ShellView(new ShellViewModel(flow, appearance.darkProperty()))),
                1200, 800);
        appearance.style(scene);
        stage.setScene(scene);
        stage.setTitle("Identity Center Migrator");
        stage.show();
    }

    /** Walks through the placeholders with Next up to the given step (call on the FX thread). */
    public void walkTo(StepId step) {
        while (flow.current() != step) {
            if (!flow.advance()) {
                throw new IllegalStateException("Stuck on " + flow.current());
            }
        }
    }

    /** Copies what the earlier steps would have put in the state (call on the FX thread). */
    public void fill(MigrationState from) {
        state.demoModeProperty().set(from.isDemoMode());
        state.sourceProperty().set(from.sourceProperty().get());
        state.sourceAwsProperty().set(from.sourceAwsProperty().get());
        state.snapshotProperty().set(from.getSnapshot());
        state.snapshotFileProperty().set(from.snapshotFileProperty().get());
        state.targetProperty().set(from.targetProperty().get());
        state.targetAwsProperty().set(from.targetAwsProperty().get());
        state.targetConfigProperty().set(from.targetConfigProperty().get());
        state.planOptionsProperty().set(from.getPlanOptions());
        state.planProperty().set(from.planProperty().get());
        state.applyResultProperty().set(from.applyResultProperty().get());
        state.writesStartedProperty().set(from.isWritesStarted());
    }

    public MigrationState state() {
        return state;
    }

    public WizardFlow flow() {
        return flow;
    }

    /** Cancels background work; call from {@code @Stop}. */
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
    }
}
