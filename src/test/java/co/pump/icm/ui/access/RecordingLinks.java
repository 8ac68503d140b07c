package co.pump.icm.ui.access;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Links that only record what would have been copied or opened; {@link #failing()} cannot open a browser. */
public final class RecordingLinks implements LinkActions {

    private final List<String> copied = new CopyOnWriteArrayList<>();
    private final List<URI> opened = new CopyOnWriteArrayList<>();
    private final boolean failing;

    public RecordingLinks() {
        this(false);
    }

    private RecordingLinks(boolean failing) {
        this.failing = failing;
    }

    /** Links on a computer where no browser can be started. */
    public static RecordingLinks failing() {
        return new RecordingLinks(true);
    }

    @Override
    public void copy(String text) {
        copied.add(text);
    }

    @Override
    public void open(URI address) throws Exception {
        if (failing) {
            throw new java.io.IOException("No browser");
        }
        opened.add(address);
    }

    public List<String> copied() {
        return copied;
    }

    public List<URI> opened() {
        return opened;
    }
}
