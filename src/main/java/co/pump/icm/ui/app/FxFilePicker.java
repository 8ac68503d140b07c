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

    private final Supplier<Window> owner;
    private File lastFolder;

    /** @param owner the window the dialogs belong to, asked at the moment a dialog opens */
    public FxFilePicker(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> openSnapshot(String title) {
        FileChooser chooser = chooser(title);
        chooser.getExtensionFilters().add(filter(FileKind.SNAPSHOT));
        return remember(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, FileKind kind) {
        FileChooser chooser = chooser(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(filter(kind));
        return remember(chooser.showSaveDialog(owner.get()));
    }

    private static FileChooser.ExtensionFilter filter(FileKind kind) {
        return new FileChooser.ExtensionFilter(kind.description(), kind.patterns());
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
