package co.pump.icm.ui.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import co.pump.icm.plan.PlanOptions;
import co.pump.icm.testing.SandboxFixture;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.WizardSteps;
import co.pump.icm.ui.shell.StepDefinition;
import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.state.MigrationState;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * Opens the real window on the Preview step with a confirmed plan of the demo company, so that the
 * Import, Test and Finish steps can be looked at in a real window (Xvfb) at AWS's real pace.
 * Not a test: run it by hand with the test class path.
 */
public final class LastStepsPreview extends Application {

    private final WizardHarness wizard = new WizardHarness();
    private SandboxFixture fixture;

    @Override
    public void start(Stage stage) throws Exception {
        fixture = SandboxFixture.demo();
        Path dir = Files.createTempDirectory("icm-preview");
        MigrationState confirmed = Migrations.confirmed(fixture, dir, PlanOptions.defaults());
        confirmed.demoModeProperty().set(true);
        List<StepDefinition<?>> real = WizardSteps.all().stream()
                .filter(s -> s.id() == StepId.IMPORT || s.id() == StepId.TEST || s.id() == StepId.FINISH)
                .toList();
        wizard.start(stage, TestFiles.settings().app(), new TestFiles.QueuedFilePicker(), real);
        wizard.walkTo(StepId.PREVIEW);
        wizard.fill(confirmed);
    }

    @Override
    public void stop() {
        wizard.stop();
        fixture.close();
    }

    /** Starts it from a class that is not an Application, as the class path (not module path) needs. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(LastStepsPreview.class, args);
        }
    }
}
