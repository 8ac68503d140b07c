package co.pump.icm.ui.preview;

import java.util.List;

import co.pump.icm.ui.RecordingWindows;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.app.Appearance;
import co.pump.icm.ui.app.FilePicker;
import co.pump.icm.ui.shell.ShellView;
import co.pump.icm.ui.shell.ShellViewModel;
import co.pump.icm.ui.shell.StepContext;
import co.pump.icm.ui.shell.StepDefinition;
import co.pump.icm.ui.shell.ViewLoader;
import co.pump.icm.ui.shell.WizardFlow;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.TaskExecutor;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The wizard's real window (header, rail, footer, theme) around only the steps under test, so
 * that a step can be driven like a person from a prepared state, whatever the steps before it
 * need. The state is prepared before the flow is made, because the first step is entered at once.
 */
public final class StepHarness {

    private final WizardFlow flow;
    private final Scene scene;

    private StepHarness(WizardFlow flow, Scene scene) {
        this.flow = flow;
        this.scene = scene;
    }

    /** Shows the steps in the stage (call on the FX thread). */
    public static StepHarness show(Stage stage, MigrationState state, TestFiles.ThrowAwaySettings settings,
                                   FilePicker files, TaskExecutor tasks, List<StepDefinition<?>> steps) {
        var appearance = new Appearance(settings.app());
        var flow = new WizardFlow(steps,
                navigator -> new StepContext(state, navigator, tasks, settings.app(), files, new RecordingWindows()));
        var scene = new Scene(ViewLoader.load(new ShellView(new ShellViewModel(flow, appearance.darkProperty()))),
                1200, 780);
        appearance.style(scene);
        stage.setScene(scene);
        stage.setTitle("Identity Center Migrator");
        stage.show();
        return new StepHarness(flow, scene);
    }

    public WizardFlow flow() {
        return flow;
    }

    public Scene scene() {
        return scene;
    }
}
