package co.pump.icm.ui.export;

import java.nio.file.Path;

/**
 * Shows a saved file in the system's file manager ("Show in folder"). Best effort: not every
 * desktop offers it, and then the button is hidden.
 */
public interface FolderOpener {

    /** Whether this desktop can show a folder. May be slow the first time: call off the FX thread. */
    boolean available();

    /**
     * Opens the folder holding {@code file} (selecting the file where the desktop can). Call off
     * the FX thread.
     *
     * @throws Exception when the desktop refuses
     */
    void show(Path file) throws Exception;

    /** A desktop without a file manager: never available. */
    FolderOpener NONE = new FolderOpener() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public void show(Path file) {
            throw new UnsupportedOperationException("No file manager on this desktop");
        }
    };
}
