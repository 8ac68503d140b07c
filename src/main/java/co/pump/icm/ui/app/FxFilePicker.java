package co.pump.icm.ui.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The system's file dialogs, owned by a window, starting in the folder last used (or the
 * user's Documents folder when there is one).
 */
public final class FxFilePicker implements FilePicker {

    private static final FileChooser.ExtensionFilter SNAPSHOTS =
            new FileChooser.ExtensionFilter("Snapshot files (*.json)", "*.json");

    private final Supplier<Window> owner;
    private File lastFolder;

    /** @param owner the window the dialogs belong to, asked at the moment a dialog opens */
    public FxFilePicker(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> openSnapshot(String title) {
        FileChooser chooser = chooser(title);
        chooser.getExtensionFilters().add(SNAPSHOTS);
        return remember(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName) {
        FileChooser chooser = chooser(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(SNAPSHOTS);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    private FileChooser chooser(String title) {
        var chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(startFolder());
        return chooser;
    }

    private File startFolder() {
        if (lastFolder != null && lastFolder.isDirectory()) {
            return lastFolder;
        }
        Path documents = Path.of(System.getProperty("user.home"), "Documents");
        return Files.isDirectory(documents) ? documents.toFile() : null;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
