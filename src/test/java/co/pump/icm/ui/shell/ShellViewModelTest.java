package co.pump.icm.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import co.pump.icm.ui.RecordingWindows;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.state.AccountIdentity;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.ImmediateTaskExecutor;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {

    @TempDir
    Path directory;

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();
    private final MigrationState state = new MigrationState();
    private final RecordingWindows windows = new RecordingWindows();

    @AfterEach
    void remove() {
        settings.remove();
    }

    /** A step whose status sentence the test sets. */
    static final class Talking extends StepViewModel {
        Talking(StepContext context) {
            super(context);
        }

        void say(String sentence) {
            status().set(sentence);
            primaryLabel().set("_Import 416 changes ›");
        }
    }

    private ShellViewModel shell() {
        var flow = new WizardFlow(List.of(StepDefinition.of(StepId.START, Talking::new, m -> null),
                PlaceholderStep.definition(StepId.FINISH)),
                navigator -> new StepContext(state, navigator, new ImmediateTaskExecutor(), settings.app(),
                        new TestFiles.QueuedFilePicker(), windows));
        return new ShellViewModel(flow, new SimpleBooleanProperty());
    }

    @Test
    void theHeaderIsEmptyUntilTheIdentitiesAreKnown() {
        ShellViewModel shell = shell();
        assertThat(shell.fromText().get()).isEmpty();

        state.sourceProperty().set(new AccountIdentity("111111111111", "acme-management", "us-east-1", true));

        assertThat(shell.fromText().get()).isEqualTo("FROM 111111111111 (acme-management) · us-east-1 ✓");
        assertThat(shell.toText().get()).isEmpty();
    }

    @Test
    void theStatusIsTheStepsOwnOrWhetherAnythingWasWritten() {
        ShellViewModel shell = shell();
        assertThat(shell.status().get()).isEqualTo("Nothing has been written yet.");

        state.writesStartedProperty().set(true);
        assertThat(shell.status().get()).isEqualTo("Changes have been written to the new organization.");

        ((Talking) shell.flow().model(StepId.START)).say("Importing…");
        assertThat(shell.status().get()).isEqualTo("Importing…");
        assertThat(shell.primaryLabel().get()).isEqualTo("_Import 416 changes ›");

        shell.flow().advance();
        assertThat(shell.primaryLabel().get()).isEqualTo(StepViewModel.NEXT);
        assertThat(shell.status().get()).isEqualTo("Changes have been written to the new organization.");
    }

    @Test
    void aDroppedJsonFileOpensInTheInspector() throws Exception {
        Path notes = Files.writeString(directory.resolve("notes.txt"), "x");
        Path snapshot = Files.writeString(directory.resolve("acme.JSON"), "{}");
        ShellViewModel shell = shell();

        assertThat(shell.drop(List.of(notes))).isFalse();
        assertThat(shell.drop(List.of(notes, snapshot, directory.resolve("missing.json")))).isTrue();

        assertThat(windows.opened()).containsExactly(snapshot);
    }
}
