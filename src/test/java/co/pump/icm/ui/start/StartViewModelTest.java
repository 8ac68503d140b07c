package co.pump.icm.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import co.pump.icm.model.MigratorException;
import co.pump.icm.ui.RecordingWindows;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.shell.Navigator;
import co.pump.icm.ui.shell.StepContext;
import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.shell.StepViewModel;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.ImmediateTaskExecutor;
import co.pump.icm.ui.tasks.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Start step's logic, without a screen. */
class StartViewModelTest {

    @TempDir
    Path directory;

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();
    private final MigrationState state = new MigrationState();
    private final RecordingWindows windows = new RecordingWindows();
    private final TestFiles.QueuedFilePicker files = new TestFiles.QueuedFilePicker();
    private int advances;

    @AfterEach
    void cleanUp() {
        if (state.getDemoSandbox() != null) {
            state.getDemoSandbox().close();
        }
        settings.remove();
    }

    private StartViewModel model(TaskExecutor tasks) {
        Navigator navigator = new Navigator() {
            @Override
            public boolean advance() {
                advances++;
                return true;
            }

            @Override
            public boolean advanceTo(StepId step) {
                return false;
            }

            @Override
            public boolean back() {
                return false;
            }

            @Override
            public boolean backTo(co.pump.icm.ui.shell.StepId step) {
                return false;
            }
        };
        return new StartViewModel(new StepContext(state, navigator, tasks, settings.app(), files, windows));
    }

    @Test
    void isInvalidUntilAWayToStartIsChosen() {
        StartViewModel model = model(new ImmediateTaskExecutor());

        assertThat(model.isValid()).isFalse();
        assertThat(model.choiceProperty().get()).isNull();
        assertThat(model.primaryLabelProperty().get()).isEqualTo(StepViewModel.NEXT);
        assertThat(model.statusProperty().get()).isNull();
    }

    @Test
    void migrateLeavesDemoModeAndAdvances() {
        StartViewModel model = model(new ImmediateTaskExecutor());
        state.demoModeProperty().set(true);

        model.migrate();

        assertThat(model.choiceProperty().get()).isEqualTo(StartChoice.MIGRATE);
        assertThat(state.isDemoMode()).isFalse();
        assertThat(model.isValid()).isTrue();
        assertThat(advances).isEqualTo(1);
        assertThat(model.onPrimary()).isTrue();
    }

    @Test
    void tryTheDemoStartsTheSandboxThenAdvances() {
        var tasks = new ImmediateTaskExecutor();
        StartViewModel model = model(tasks);

        model.tryDemo();

        assertThat(tasks.titles()).containsExactly("Starting the demo sandbox");
        assertThat(state.isDemoMode()).isTrue();
        assertThat(state.getDemoSandbox()).isNotNull();
        assertThat(state.getDemoSandbox().endpoint().getHost()).isEqualTo("127.0.0.1");
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(advances).isEqualTo(1);
        assertThat(model.onPrimary()).as("the sandbox is running: Next just goes on").isTrue();

        model.migrate();
        assertThat(state.getDemoSandbox()).isNull();
        assertThat(tasks.titles()).last().isEqualTo("Stopping the demo sandbox");
    }

    @Test
    void aDemoThatCannotStartSaysSoAndStaysHere() {
        StartViewModel model = model(ImmediateTaskExecutor.failingWith(
                MigratorException.badInput("Port 1234 is in use; close the other sandbox.")));

        model.tryDemo();

        assertThat(advances).isZero();
        assertThat(state.isDemoMode()).isFalse();
        assertThat(model.choiceProperty().get()).isNull();
        assertThat(model.isValid()).isFalse();
        assertThat(model.errorProperty().get().sentence()).isEqualTo("Port 1234 is in use; close the other sandbox.");
    }

    @Test
    void anUnexpectedDemoFailureGetsASentenceAndDetails() {
        StartViewModel model = model(ImmediateTaskExecutor.failingWith(new IllegalStateException("bind failed")));

        model.tryDemo();

        assertThat(model.errorProperty().get().sentence()).isEqualTo("The demo could not start on this computer."
                + " Close other copies of the app and try again. The log file has the technical details for support.");
        assertThat(model.errorProperty().get().details()).isEqualTo("IllegalStateException: bind failed");
    }

    @Test
    void openingASnapshotOpensTheInspectorAndListsItAmongRecentFiles() throws Exception {
        Path file = Files.writeString(directory.resolve("acme.json"), "{}");
        StartViewModel model = model(new ImmediateTaskExecutor());
        files.answer(file);

        model.chooseSnapshot();

        assertThat(windows.opened()).containsExactly(file);
        assertThat(advances).as("opening a snapshot is not a way through the wizard").isZero();
    }

    @Test
    void cancellingTheFileDialogOpensNothing() {
        StartViewModel model = model(new ImmediateTaskExecutor());

        model.chooseSnapshot();

        assertThat(windows.opened()).isEmpty();
    }

    @Test
    void recentFilesAreReadWhenTheStepIsShown() throws Exception {
        Path file = Files.writeString(directory.resolve("acme.json"), "{}");
        StartViewModel model = model(new ImmediateTaskExecutor());
        assertThat(model.recentSnapshots()).isEmpty();

        settings.app().rememberSnapshot(file);
        model.onEnter();

        assertThat(model.recentSnapshots()).containsExactly(file.toAbsolutePath().normalize());
    }
}
