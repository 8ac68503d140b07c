package co.pump.icm.ui.shell;

import java.util.Objects;

import co.pump.icm.ui.app.AppSettings;
import co.pump.icm.ui.app.FilePicker;
import co.pump.icm.ui.app.Windows;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.TaskExecutor;

/**
 * What every step's ViewModel is given: the migration's state, navigation, the one background
 * executor, the remembered settings, file choosing and the other windows. Tests build one with
 * stand-ins (a file picker that answers with a prepared file, windows that record what opened).
 *
 * @param state     the typed wizard state shared by all steps
 * @param navigator moves to other steps
 * @param tasks     runs background work (see {@link co.pump.icm.ui.tasks.BackgroundTask})
 * @param settings  what is remembered between runs (recent snapshot files, theme)
 * @param files     asks the user for files to open or save
 * @param windows   opens the app's other windows (the snapshot inspector)
 */
public record StepContext(MigrationState state, Navigator navigator, TaskExecutor tasks, AppSettings settings,
                          FilePicker files, Windows windows) {

    public StepContext {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(navigator, "navigator");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(windows, "windows");
    }
}
