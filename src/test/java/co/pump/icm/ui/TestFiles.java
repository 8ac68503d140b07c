package co.pump.icm.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import co.pump.icm.ui.app.AppSettings;
import co.pump.icm.ui.app.FilePicker;

/** Stand-ins for the UI tests: a file picker that answers with prepared files, and throw-away settings. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A file picker whose answers are queued by the test; with none queued it answers "cancelled". */
    public static final class QueuedFilePicker implements FilePicker {
        private final Deque<Path> answers = new ArrayDeque<>();
        private final java.util.List<co.pump.icm.ui.app.FileKind> kinds = new java.util.ArrayList<>();
        private final java.util.List<String> suggested = new java.util.ArrayList<>();

        /** The name each save dialog suggested, in order. */
        public java.util.List<String> suggested() {
            return suggested;
        }

        /** The kind of file of each save dialog asked for, in order. */
        public java.util.List<co.pump.icm.ui.app.FileKind> kinds() {
            return kinds;
        }

        public QueuedFilePicker answer(Path file) {
            answers.add(file);
            return this;
        }

        @Override
        public Optional<Path> openSnapshot(String title) {
            return Optional.ofNullable(answers.poll());
        }

        @Override
        public Optional<Path> saveFile(String title, String suggestedName, co.pump.icm.ui.app.FileKind kind) {
            kinds.add(kind);
            suggested.add(suggestedName);
            return Optional.ofNullable(answers.poll());
        }
    }

    /** Settings in a preferences node of their own, deleted by {@link ThrowAwaySettings#remove()}. */
    public static ThrowAwaySettings settings() {
        Preferences node = Preferences.userRoot().node("co/pump/icm/test/" + UUID.randomUUID());
        return new ThrowAwaySettings(new AppSettings(node), node);
    }

    /** Settings for one test. */
    public record ThrowAwaySettings(AppSettings app, Preferences node) {
        public void remove() {
            try {
                node.removeNode();
            } catch (BackingStoreException | IllegalStateException e) {
                // Already gone: nothing to clean.
            }
        }
    }
}
