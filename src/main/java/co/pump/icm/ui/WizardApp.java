package co.pump.icm.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Logger;

import co.pump.icm.ui.app.AppDirectories;
import co.pump.icm.ui.app.AppIcons;
import co.pump.icm.ui.app.AppLogging;
import co.pump.icm.ui.app.AppSettings;
import co.pump.icm.ui.app.Appearance;
import co.pump.icm.ui.app.FilePicker;
import co.pump.icm.ui.app.FxFilePicker;
import co.pump.icm.ui.app.WindowPlacement;
import co.pump.icm.ui.inspector.InspectorWindows;
import co.pump.icm.ui.shell.ShellView;
import co.pump.icm.ui.shell.ShellViewModel;
import co.pump.icm.ui.shell.StepContext;
import co.pump.icm.ui.shell.ViewLoader;
import co.pump.icm.ui.shell.WizardFlow;
import co.pump.icm.ui.state.DemoSandbox;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.FxTaskExecutor;
import co.pump.icm.ui.tasks.TaskExecutor;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The Identity Center Migrator wizard: wires the state, the flow of steps, the background
 * executor, the theme and the inspector windows into the main window, and tears them down on
 * exit (background work cancelled, demo sandbox stopped, log closed).
 */
public final class WizardApp extends Application {

    private static final Logger LOG = Logger.getLogger(WizardApp.class.getName());

    private final AppSettings settings;
    private final FilePicker filePicker;
    /** The size the window would like; on a smaller screen it fills the screen's visible area. */
    static final double WIDTH = 1280;
    static final double HEIGHT = 860;

    private TaskExecutor tasks;
    private MigrationState state;
    private WizardFlow flow;
    private Appearance appearance;
    private InspectorWindows inspectors;

    /** The app as launched: the user's settings and the system's file dialogs. */
    public WizardApp() {
        this(AppSettings.forUser(), null);
    }

    /**
     * The app with settings and a file picker of one's own (tests).
     *
     * @param filePicker answers file questions, or null for the system's dialogs
     */
    public WizardApp(AppSettings settings, FilePicker filePicker) {
        this.settings = settings;
        this.filePicker = filePicker;
    }

    @Override
    public void start(Stage stage) {
        Path log = AppLogging.start(AppDirectories.dataDirectory());
        LOG.info(() -> "Identity Center Migrator starting; log " + log);
        appearance = new Appearance(settings);
        tasks = new FxTaskExecutor();
        state = new MigrationState();
        FilePicker files = filePicker != null ? filePicker : new FxFilePicker(() -> stage);
        inspectors = new InspectorWindows(appearance, tasks, files, settings);
        var windows = new AppWindows(inspectors, stage);
        flow = new WizardFlow(WizardSteps.all(),
                navigator -> new StepContext(state, navigator, tasks, settings, files, windows));
        var scene = new Scene(ViewLoader.load(new ShellView(new ShellViewModel(flow, appearance.darkProperty()))));
        appearance.style(scene);
        stage.setTitle("Identity Center Migrator");
        AppIcons.apply(stage);
        WindowPlacement.place(stage, WIDTH, HEIGHT, 960, 640, null);
        stage.setScene(scene);
        stage.show();
        openSnapshotArgument();
    }

    /** A snapshot file given as the only argument (a double-clicked file) opens in the inspector. */
    private void openSnapshotArgument() {
        Parameters parameters = getParameters();
        List<String> raw = parameters == null ? List.of() : parameters.getRaw();
        if (raw.size() == 1 && Files.isRegularFile(Path.of(raw.get(0)))) {
            inspectors.openInspector(Path.of(raw.get(0)));
        }
    }

    @Override
    public void stop() {
        shutdown();
    }

    /**
     * Closes the inspector windows, cancels background work, lets every step release what it holds
     * (credentials in memory, sign-ins), stops the demo sandbox, closes the log.
     */
    public void shutdown() {
        if (inspectors != null) {
            inspectors.closeAll();
        }
        if (tasks != null) {
            tasks.shutdown();
        }
        if (flow != null) {
            flow.close();
        }
        DemoSandbox demo = state == null ? null : state.getDemoSandbox();
        if (demo != null) {
            demo.close();
        }
        LOG.info("Identity Center Migrator stopped");
        AppLogging.stop();
    }

    /** The flow of steps (tests drive and inspect it). */
    public WizardFlow flow() {
        return flow;
    }

    /** The migration's state (tests inspect it). */
    public MigrationState state() {
        return state;
    }

    public static void main(String[] args) {
        launch(args);
    }
}
