package co.pump.icm.ui.export;

import co.pump.icm.ui.app.SystemOpener;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;

/**
 * "Show in folder" through {@code java.awt.Desktop}: selects the file in its folder where the
 * desktop can (Windows, macOS), else opens the folder. Unavailable on a headless system or a
 * desktop that supports neither.
 */
public final class DesktopFolderOpener implements FolderOpener {

    @Override
    public boolean available() {
        try {
            if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()) {
                return false;
            }
            Desktop desktop = Desktop.getDesktop();
            return desktop.isSupported(Desktop.Action.BROWSE_FILE_DIR) || desktop.isSupported(Desktop.Action.OPEN);
        } catch (RuntimeException | LinkageError e) {
            // No AWT on this system (e.g. a JRE without java.desktop's native parts): hide the button.
            return false;
        }
    }

    @Override
    public void show(Path file) throws Exception {
        Desktop desktop = Desktop.getDesktop();
        if (desktop.isSupported(Desktop.Action.BROWSE_FILE_DIR)) {
            desktop.browseFileDirectory(file.toFile());
            return;
        }
        // Desktop.open returns without a word on Linux when nothing opens: the system's opener says so.
        SystemOpener.forThisSystem().open(file.toAbsolutePath().getParent().toString());
    }
}
