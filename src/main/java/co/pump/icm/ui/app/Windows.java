package co.pump.icm.ui.app;

import java.nio.file.Path;

/** Opens the app's other windows. */
public interface Windows {

    /** Opens a snapshot inspector window on the file and remembers it among the recent files. */
    void openInspector(Path snapshotFile);

    /** Closes the wizard's window (Finish's "Close"): the app then stops, as when its window is closed. */
    void closeWizard();
}
