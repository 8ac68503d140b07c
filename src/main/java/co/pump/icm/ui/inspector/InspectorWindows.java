package co.pump.icm.ui.inspector;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import co.pump.icm.ui.app.AppIcons;
import co.pump.icm.ui.app.AppSettings;
import co.pump.icm.ui.app.Appearance;
import co.pump.icm.ui.app.FilePicker;
import co.pump.icm.ui.app.WindowPlacement;
import co.pump.icm.ui.shell.ViewLoader;
import co.pump.icm.ui.tasks.TaskExecutor;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Opens snapshot inspector windows, one per file, each remembered among the recent files, and
 * closes them all when the app exits.
 */
public final class InspectorWindows {

    private static final Logger LOG = Logger.getLogger(InspectorWindows.class.getName());

    private final Appearance appearance;
    private final TaskExecutor tasks;
    private final FilePicker files;
    private final AppSettings settings;
    private static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    private final List<Stage> open = new ArrayList<>();

    public InspectorWindows(Appearance appearance, TaskExecutor tasks, FilePicker files, AppSettings settings) {
        this.appearance = appearance;
        this.tasks = tasks;
        this.files = files;
        this.settings = settings;
    }

    /** Opens a snapshot in a window of its own, sized to the screen. */
    public void openInspector(Path snapshotFile) {
        settings.rememberSnapshot(snapshotFile);
        LOG.info(() -> "Inspecting " + snapshotFile.getFileName());
        var model = new InspectorViewModel(tasks, files);
        var view = new InspectorView(model);
        var scene = new Scene(ViewLoader.load(view));
        appearance.style(scene);
        var stage = new Stage();
        WindowPlacement.place(stage, 1280, 860, 800, 560, null);
        AppIcons.apply(stage);
        stage.setTitle("Snapshot — " + InspectorViewModel.name(snapshotFile));
        stage.setScene(scene);
        stage.setOnHidden(event -> open.remove(stage));
        // Esc (once the search is empty) and Ctrl+W (Cmd+W) close the inspector, as other viewers do.
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE || CLOSE.match(event)) {
                event.consume();
                stage.close();
            }
        });
        open.add(stage);
        model.open(snapshotFile);
        stage.show();
        view.focusSearch();
    }

    /** The inspector windows now open. */
    public List<Stage> openWindows() {
        return List.copyOf(open);
    }

    /** Closes every inspector window. */
    public void closeAll() {
        List.copyOf(open).forEach(Stage::close);
    }
}
