package co.pump.icm.ui;

import java.nio.file.Path;

import co.pump.icm.ui.app.Windows;
import co.pump.icm.ui.inspector.InspectorWindows;
import javafx.stage.Stage;

/** The app's windows: the inspectors, and the wizard's own window. */
record AppWindows(InspectorWindows inspectors, Stage wizard) implements Windows {

    @Override
    public void openInspector(Path snapshotFile) {
        inspectors.openInspector(snapshotFile);
    }

    @Override
    public void closeWizard() {
        inspectors.closeAll();
        wizard.close();
    }
}
