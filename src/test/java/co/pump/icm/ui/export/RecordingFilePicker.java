package co.pump.icm.ui.export;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import co.pump.icm.ui.app.FilePicker;

/** A file picker that answers with queued files (none queued: "cancelled") and remembers what it was asked. */
final class RecordingFilePicker implements FilePicker {

    private final Deque<Path> answers = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();

    RecordingFilePicker answer(Path file) {
        answers.add(file);
        return this;
    }

    /** Each question: "open: <title>" or "save: <title> as <suggested name>", then the filter unless a snapshot's. */
    List<String> asked() {
        return asked;
    }

    @Override
    public Optional<Path> openSnapshot(String title) {
        asked.add("open: " + title);
        return Optional.ofNullable(answers.poll());
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, co.pump.icm.ui.app.FileKind kind) {
        asked.add("save: " + title + " as " + suggestedName + (kind == co.pump.icm.ui.app.FileKind.SNAPSHOT ? ""
                : " (" + kind.description() + ")"));
        return Optional.ofNullable(answers.poll());
    }
}
