package co.pump.icm.ui.start;

import java.nio.file.Path;

import co.pump.icm.ui.errors.UserError;
import co.pump.icm.ui.shell.StepContext;
import co.pump.icm.ui.shell.StepViewModel;
import co.pump.icm.ui.state.DemoSandbox;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.BackgroundTask;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Start step: migrate, try the demo, or open a snapshot file. Valid once a way to start was
 * chosen (so Next works again after Back), and not while the demo is starting.
 */
public final class StartViewModel extends StepViewModel {

    /** The footer's sentence while the demo starts. */
    public static final String STARTING_DEMO = "Starting the demo company on this computer…";

    private final MigrationState state;
    private final ReadOnlyObjectWrapper<StartChoice> choice = new ReadOnlyObjectWrapper<>(this, "choice");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObjectProperty<UserError> error = new SimpleObjectProperty<>(this, "error");
    private final ObservableList<Path> recentSnapshots = FXCollections.observableArrayList();

    public StartViewModel(StepContext context) {
        super(context);
        this.state = context.state();
        valid().bind(choice.isNotNull().and(busy.not()));
        status().bind(busy.map(starting -> starting ? STARTING_DEMO : null));
        refreshRecentSnapshots();
    }

    /** The way to start the user chose last, or null before any choice. */
    public ReadOnlyObjectProperty<StartChoice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** True while the demo sandbox is starting. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What went wrong last (e.g. the demo could not start), or null. */
    public ObjectProperty<UserError> errorProperty() {
        return error;
    }

    /** Recently opened snapshot files that still exist, newest first. */
    public ObservableList<Path> recentSnapshots() {
        return recentSnapshots;
    }

    @Override
    public void onEnter() {
        refreshRecentSnapshots();
    }

    @Override
    public boolean onPrimary() {
        if (choice.get() == StartChoice.DEMO && state.getDemoSandbox() == null) {
            tryDemo();
            return false;
        }
        return true;
    }

    /** "Migrate my organization": leaves demo mode (stopping the demo) and goes on to sign in. */
    public void migrate() {
        error.set(null);
        choice.set(StartChoice.MIGRATE);
        state.demoModeProperty().set(false);
        stopDemo();
        context().navigator().advance();
    }

    /** "Try the demo": demo mode on, the demo sandbox started in the background, then on to sign in. */
    public void tryDemo() {
        if (busy.get()) {
            return;
        }
        error.set(null);
        choice.set(StartChoice.DEMO);
        state.demoModeProperty().set(true);
        if (state.getDemoSandbox() != null) {
            context().navigator().advance();
            return;
        }
        busy.set(true);
        BackgroundTask.of("Starting the demo sandbox", progress -> DemoSandbox.start())
                .onSuccess(sandbox -> {
                    state.demoSandboxProperty().set(sandbox);
                    busy.set(false);
                    context().navigator().advance();
                })
                .onFailure(failure -> {
                    busy.set(false);
                    choice.set(null);
                    state.demoModeProperty().set(false);
                    error.set(UserError.of(failure,
                            "The demo could not start on this computer. Close other copies of the app and try again."));
                })
                .executeWith(context().tasks());
    }

    /** "Open a snapshot file": asks for a file and opens it in the inspector. */
    public void chooseSnapshot() {
        context().files().openSnapshot("Open a snapshot file").ifPresent(this::openSnapshot);
    }

    /** Opens a snapshot file (e.g. a recent one) in the inspector. */
    public void openSnapshot(Path file) {
        context().windows().openInspector(file);
        refreshRecentSnapshots();
    }

    private void refreshRecentSnapshots() {
        recentSnapshots.setAll(context().settings().recentSnapshots());
    }

    private void stopDemo() {
        DemoSandbox running = state.getDemoSandbox();
        if (running == null) {
            return;
        }
        state.demoSandboxProperty().set(null);
        BackgroundTask.of("Stopping the demo sandbox", progress -> {
            running.close();
            return running;
        }).executeWith(context().tasks());
    }
}
