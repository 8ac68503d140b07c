package co.pump.icm.ui.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks the user for a file. The app uses {@link FxFilePicker} (the system's file dialogs); tests
 * use a picker that answers with a prepared file, because a system dialog cannot be driven
 * headless.
 */
public interface FilePicker {

    /**
     * Asks for a snapshot file to open.
     *
     * @param title the dialog's title, e.g. "Open a snapshot file"
     * @return the chosen file, or empty when the user cancelled
     */
    Optional<Path> openSnapshot(String title);

    /**
     * Asks where to save a file.
     *
     * @param title       the dialog's title
     * @param suggestedName a file name to start from, e.g. {@code acme-identity-center-2026-11-27.json}
     * @param kind          what is saved: the dialog shows files of this kind only
     * @return the chosen file, or empty when the user cancelled
     */
    Optional<Path> saveFile(String title, String suggestedName, FileKind kind);
}
