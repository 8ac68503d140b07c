package co.pump.icm.ui.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the app remembers between runs, in {@code java.util.prefs}: the theme and the recent
 * snapshot files. Nothing secret is ever stored here.
 */
public final class AppSettings {

    /** How many recent snapshot files are remembered. */
    public static final int MAX_RECENT = 8;

    private static final String DARK = "theme.dark";
    private static final String RECENT = "recent.snapshot.";

    private final Preferences node;

    /** Settings kept in the given preferences node (tests pass a node of their own). */
    public AppSettings(Preferences node) {
        this.node = node;
    }

    /** The user's settings for this app. */
    public static AppSettings forUser() {
        return new AppSettings(Preferences.userRoot().node("co/pump/icm/wizard"));
    }

    public boolean darkTheme() {
        return node.getBoolean(DARK, false);
    }

    public void setDarkTheme(boolean dark) {
        node.putBoolean(DARK, dark);
        flush();
    }

    /** The recent snapshot files that still exist, newest first. */
    public List<Path> recentSnapshots() {
        var files = new ArrayList<Path>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = node.get(RECENT + i, null);
            if (value != null) {
                pathOf(value).filter(Files::isRegularFile).filter(p -> !files.contains(p)).ifPresent(files::add);
            }
        }
        return files;
    }

    /** Puts the file first among the recent snapshot files, dropping missing ones and the oldest. */
    public List<Path> rememberSnapshot(Path file) {
        var files = new ArrayList<Path>();
        files.add(file.toAbsolutePath().normalize());
        for (Path known : recentSnapshots()) {
            if (!files.contains(known) && files.size() < MAX_RECENT) {
                files.add(known);
            }
        }
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < files.size()) {
                node.put(RECENT + i, files.get(i).toString());
            } else {
                node.remove(RECENT + i);
            }
        }
        flush();
        return files;
    }

    private static Optional<Path> pathOf(String value) {
        try {
            return Optional.of(Path.of(value));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Not remembering a preference is not worth interrupting anyone for.
            Logger.getLogger(AppSettings.class.getName()).info("Could not save the settings: " + e.getMessage());
        }
    }
}
