package co.pump.icm.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import co.pump.icm.aws.AwsTarget;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.snapshot.SnapshotReader;
import co.pump.icm.testing.SandboxFixture;
import co.pump.icm.ui.RecordingWindows;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.preview.DemoSnapshots;
import co.pump.icm.ui.shell.Navigator;
import co.pump.icm.ui.shell.StepContext;
import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.ImmediateTaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The Export step's logic without a screen, against the demo sandbox. */
class ExportViewModelTest {

    private static final Clock NOV_27 = Clock.fixed(Instant.parse("2026-11-27T09:30:00Z"), ZoneOffset.UTC);

    private static SandboxFixture fixture;

    @TempDir
    Path folder;

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();
    private final MigrationState state = new MigrationState();
    private final RecordingFilePicker files = new RecordingFilePicker();
    private final List<Path> shownFolders = new ArrayList<>();
    private boolean noFileManager;

    @BeforeAll
    static void startTheDemo() {
        fixture = SandboxFixture.demo();
    }

    @AfterAll
    static void stopTheDemo() {
        fixture.close();
    }

    @AfterEach
    void cleanUp() {
        settings.remove();
    }

    private ExportViewModel model() {
        Navigator navigator = new Navigator() {
            @Override
            public boolean advance() {
                return true;
            }

            @Override
            public boolean advanceTo(StepId step) {
                return false;
            }

            @Override
            public boolean back() {
                return false;
            }

            @Override
            public boolean backTo(co.pump.icm.ui.shell.StepId step) {
                return false;
            }
        };
        FolderOpener folders = new FolderOpener() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public void show(Path file) throws java.io.IOException {
                if (noFileManager) {
                    throw new java.io.IOException("xdg-open could not open it (exit code 4)");
                }
                shownFolders.add(file);
            }
        };
        return new ExportViewModel(new StepContext(state, navigator, new ImmediateTaskExecutor(), settings.app(), files,
                new RecordingWindows()), folders, NOV_27, DemoSnapshots.FAST);
    }

    @Test
    void exportsOnEnterAndSavesWhereTheUserChooses() throws Exception {
        state.sourceAwsProperty().set(fixture.source());
        Path file = folder.resolve("larkspur.json");
        files.answer(file);
        ExportViewModel model = model();

        model.onEnter();

        assertThat(files.asked()).containsExactly("save: Save the snapshot as larkspur-identity-center-2026-11-27.json");
        assertThat(model.phaseProperty().get()).isEqualTo(ExportViewModel.Phase.SAVED);
        var demo = DemoData.scenario().sourceConfig();
        // Every kind the migration carries is listed: the demo's three ABAC attributes, its token
        // issuer, five applications, four access scopes and thirteen application assignments too.
        assertThat(model.progress().lines()).containsExactly("Users " + demo.users().size(),
                "Groups " + demo.groups().size(), "Group memberships " + demo.memberships().size(),
                "Permission sets " + demo.permissionSets().size(), "Account assignments " + demo.assignments().size(),
                "Access control attributes 3", "Trusted token issuers 1", "Applications 5",
                "Application access scopes 4", "Application assignments 13");
        assertThat(model.savedTextProperty().get())
                .isEqualTo("Saved to " + file.toAbsolutePath() + " (personal data: keep it safe)");
        assertThat(model.summaryProperty().get()).startsWith("✓ Read everything listed above in ")
                .endsWith(" requests to AWS.");
        Snapshot saved = SnapshotReader.read(file);
        assertThat(saved.edited()).isFalse();
        assertThat(state.getSnapshot().digest()).isEqualTo(saved.digest());
        assertThat(state.snapshotFileProperty().get()).isEqualTo(file);
        assertThat(state.exportResultProperty().get().config().users()).hasSize(40);
        assertThat(settings.app().recentSnapshots()).containsExactly(file.toAbsolutePath().normalize());
        assertThat(model.isValid()).isTrue();
        assertThat(model.folderAvailableProperty().get()).isTrue();

        model.showInFolder();
        assertThat(shownFolders).containsExactly(file);
        assertThat(model.summaryProperty().get()).as("the time and its unit on one line")
                .matches(".* in \\d+[.,]\\d\u00a0s, with .*");

        // A desktop that cannot show it: said on screen, with where the snapshot is.
        noFileManager = true;
        model.showInFolder();
        assertThat(model.errorProperty().get().sentence())
                .isEqualTo("The folder could not be opened. The snapshot is in " + file.getParent() + ".");
    }

    @Test
    void aCancelledSaveDialogLeavesTheSnapshotUnsavedUntilSaved() throws Exception {
        state.sourceAwsProperty().set(fixture.source());
        ExportViewModel model = model();

        model.onEnter();

        assertThat(model.phaseProperty().get()).isEqualTo(ExportViewModel.Phase.UNSAVED);
        assertThat(model.savedTextProperty().get()).isEqualTo("Not saved yet: save the snapshot to go on.");
        assertThat(model.isValid()).isFalse();
        assertThat(state.getSnapshot()).isNull();

        Path file = folder.resolve("chosen-later");
        files.answer(file);
        model.save();
        Path json = folder.resolve("chosen-later.json");
        assertThat(Files.exists(json)).as("the .json extension is added").isTrue();
        assertThat(model.phaseProperty().get()).isEqualTo(ExportViewModel.Phase.SAVED);
        assertThat(model.isValid()).isTrue();
        model.onEnter();
        assertThat(files.asked()).as("coming back does not export again").hasSize(2);
    }

    @Test
    void withoutASignedInSourceOnlyAnExistingSnapshotCanBeUsed() {
        ExportViewModel model = model();

        model.onEnter();

        assertThat(model.phaseProperty().get()).isEqualTo(ExportViewModel.Phase.NO_SOURCE);
        assertThat(model.progress().lineProperty().get()).isEqualTo(ExportViewModel.NO_SOURCE_TEXT);
        assertThat(model.isValid()).isFalse();
        model.start();
        assertThat(model.phaseProperty().get()).isEqualTo(ExportViewModel.Phase.NO_SOURCE);
    }

    @Test
    void aFailedExportIsSaidInASentenceAndSavesNothing() {
        var nobody = AwsTarget.withCredentials(StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIDNOBODY", "not-a-secret")), DemoData.SOURCE_REGION, fixture.sandbox().endpoint());
        state.sourceAwsProperty().set(nobody);
        ExportViewModel model = model();

        model.onEnter();

        assertThat(model.phaseProperty().get()).isEqualTo(ExportViewModel.Phase.READY);
        assertThat(model.errorProperty().get().sentence()).isNotBlank().doesNotContain("not-a-secret");
        assertThat(files.asked()).isEmpty();
        assertThat(model.isValid()).isFalse();
    }

    @Test
    void anEditedSnapshotIsUsedOnlyWhenAccepted() throws Exception {
        Path file = folder.resolve("edited.json");
        Snapshot exported = DemoSnapshots.export(fixture, file);
        Files.writeString(file, Files.readString(file).replace("Cloud Admins", "Cloud Administrators"));
        files.answer(file);
        ExportViewModel model = model();

        model.useExisting();

        assertThat(model.phaseProperty().get()).isEqualTo(ExportViewModel.Phase.LOADED);
        assertThat(model.editedWarningProperty().get()).isEqualTo("⚠  edited.json was edited after it was exported "
                + "(its digest no longer matches). Check what changed before you import it.");
        assertThat(state.getSnapshot()).isNull();
        assertThat(model.isValid()).isFalse();

        model.acceptEditedProperty().set(true);
        assertThat(state.getSnapshot().config().groups()).extracting(g -> g.displayName()).contains("Cloud Administrators");
        assertThat(state.snapshotFileProperty().get()).isEqualTo(file);
        assertThat(state.exportResultProperty().get()).isNull();
        assertThat(model.isValid()).isTrue();

        model.acceptEditedProperty().set(false);
        assertThat(state.getSnapshot()).isNull();
        assertThat(exported.edited()).isFalse();
    }

    @Test
    void anInvalidFileShowsItsValidationMessage() throws Exception {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, "{ \"formatVersion\": 1, ");
        String expected;
        try {
            SnapshotReader.read(file);
            throw new AssertionError("the file should be invalid");
        } catch (co.pump.icm.snapshot.SnapshotException e) {
            expected = e.getMessage();
        }
        files.answer(file);
        ExportViewModel model = model();

        model.useExisting();

        assertThat(model.errorProperty().get().sentence()).isEqualTo("This file cannot be used as a snapshot: "
                + expected + ". Choose another file, or export again.");
        assertThat(state.getSnapshot()).isNull();
        assertThat(model.isValid()).isFalse();
    }
}
