package co.pump.icm.ui.signin;

import java.util.ArrayList;
import java.util.List;

import co.pump.icm.ui.RecordingWindows;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.app.Appearance;
import co.pump.icm.ui.shell.PlaceholderStep;
import co.pump.icm.ui.shell.ShellView;
import co.pump.icm.ui.shell.ShellViewModel;
import co.pump.icm.ui.shell.StepContext;
import co.pump.icm.ui.shell.StepDefinition;
import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.shell.ViewLoader;
import co.pump.icm.ui.shell.WizardFlow;
import co.pump.icm.ui.start.StartView;
import co.pump.icm.ui.start.StartViewModel;
import co.pump.icm.ui.state.DemoSandbox;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.FxTaskExecutor;
import co.pump.icm.ui.tasks.TaskExecutor;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The wizard as {@code WizardApp} builds it (the real shell, Start step, theme and executor), with
 * the sign-in steps given services of the test's choosing (AWS files, a recording browser).
 */
final class SignInWizard {

    final TestFiles.ThrowAwaySettings settings = TestFiles.settings();
    final MigrationState state = new MigrationState();
    final SignInServices services;
    private TaskExecutor tasks;
    private WizardFlow flow;

    SignInWizard(SignInServices services) {
        this.services = services;
    }

    void start(Stage stage) {
        var appearance = new Appearance(settings.app());
        tasks = new FxTaskExecutor();
        List<StepDefinition<?>> steps = new ArrayList<>();
        steps.add(StepDefinition.of(StepId.START, StartViewModel::new, m -> ViewLoader.load(new StartView(m))));
        for (StepId id : StepId.values()) {
            if (id == StepId.SIGN_IN_SOURCE || id == StepId.SIGN_IN_TARGET) {
                SignInSide side = id == StepId.SIGN_IN_SOURCE ? SignInSide.SOURCE : SignInSide.TARGET;
                steps.add(StepDefinition.of(id, context -> new SignInViewModel(context, side, services),
                        m -> ViewLoader.load(new SignInView(m))));
            } else if (id != StepId.START) {
                steps.add(PlaceholderStep.definition(id));
            }
        }
        flow = new WizardFlow(steps, navigator -> new StepContext(state, navigator, tasks, settings.app(),
                new TestFiles.QueuedFilePicker(), new RecordingWindows()));
        var scene = new Scene(ViewLoader.load(new ShellView(new ShellViewModel(flow, appearance.darkProperty()))),
                1200, 780);
        appearance.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    WizardFlow flow() {
        return flow;
    }

    SignInViewModel step(StepId id) {
        return (SignInViewModel) flow.model(id);
    }

    void shutdown() {
        tasks.shutdown();
        flow.close();
        DemoSandbox demo = state.getDemoSandbox();
        if (demo != null) {
            demo.close();
        }
        settings.remove();
    }
}
