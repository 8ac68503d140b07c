package co.pump.icm.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import co.pump.icm.ui.app.Windows;

/** Windows that only record which snapshot files were asked to open. */
public final class RecordingWindows implements Windows {

    private final List<Path> opened = new ArrayList<>();
    private boolean closed;

    @Override
    public void openInspector(Path snapshotFile) {
        opened.add(snapshotFile);
    }

    @Override
    public void closeWizard() {
        closed = true;
    }

    /** True once the wizard was asked to close. */
    public boolean closed() {
        return closed;
    }

    public List<Path> opened() {
        return opened;
    }
}
