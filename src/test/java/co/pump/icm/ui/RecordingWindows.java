package co.pump.icm.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import co.pump.icm.ui.app.Windows;

/** Windows that only record which snapshot files were asked to open. */
public final class RecordingWindows implements Windows {

    private final List<Path> opened = new ArrayList<>();

    @Override
    public void openInspector(Path snapshotFile) {
        opened.add(snapshotFile);
    }

    public List<Path> opened() {
        return opened;
    }
}
