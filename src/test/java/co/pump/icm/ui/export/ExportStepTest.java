package co.pump.icm.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import co.pump.icm.aws.RateSettings;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.snapshot.SnapshotException;
import co.pump.icm.snapshot.SnapshotReader;
import co.pump.icm.testing.SandboxFixture;
import co.pump.icm.ui.FxGuard;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.preview.DemoSnapshots;
import co.pump.icm.ui.preview.StepHarness;
import co.pump.icm.ui.shell.PlaceholderStep;
import co.pump.icm.ui.shell.StepDefinition;
import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.shell.ViewLoader;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.FxTaskExecutor;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The Export step against the demo sandbox, driven like a person. */
@ExtendWith({ApplicationExtension.class, FxGuard.class})
class ExportStepTest {

    private static SandboxFixture fixture;

    @TempDir
    Path folder;

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final MigrationState state = new MigrationState();
    private final RecordingFilePicker files = new RecordingFilePicker();
    private Stage stage;
    private StepHarness harness;

    @BeforeAll
    static void startTheDemo() {
        fixture = SandboxFixture.demo();
    }

    @AfterAll
    static void stopTheDemo() {
        fixture.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture.sandbox().calls().clear();
    }

    @Stop
    void stop() {
        tasks.shutdown();
        settings.remove();
    }

    /** Shows the Export step (entering it starts the export when a source is signed in). */
    private void show(RateSettings rates) {
        FxGuard.onFx(() -> harness = StepHarness.show(stage, state, settings, files, tasks, List.of(
                StepDefinition.of(StepId.EXPORT, context -> new ExportViewModel(context, new DesktopFolderOpener(),
                        Clock.systemDefaultZone(), rates), model -> ViewLoader.load(new ExportView(model))),
                PlaceholderStep.definition(StepId.SIGN_IN_TARGET))));
    }

    private ExportViewModel model() {
        return (ExportViewModel) harness.flow().model(StepId.EXPORT);
    }

    private void waitFor(ExportViewModel.Phase phase) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model().phaseProperty().get() == phase);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).query().isVisible();
    }

    @Test
    void exportsTheDemoShowsItsCountsAndSavesAValidSnapshot(FxRobot robot) throws Exception {
        Path file = folder.resolve("larkspur-identity-center.json");
        files.answer(file);
        state.sourceAwsProperty().set(fixture.source());

        show(DemoSnapshots.FAST);
        waitFor(ExportViewModel.Phase.SAVED);

        IdentityCenterConfig demo = DemoData.scenario().sourceConfig();
        assertThat(text(robot, "#count-0")).isEqualTo(String.valueOf(demo.users().size()));
        assertThat(text(robot, "#count-1")).isEqualTo(String.valueOf(demo.groups().size()));
        assertThat(text(robot, "#count-2")).isEqualTo(String.valueOf(demo.memberships().size()));
        assertThat(text(robot, "#count-3")).isEqualTo(String.valueOf(demo.permissionSets().size()));
        assertThat(text(robot, "#count-4")).isEqualTo(String.valueOf(demo.assignments().size()));
        // The kinds read at the end are listed and counted too: ABAC attributes, the token issuer,
        // applications, their access scopes and assignments.
        assertThat(List.of(text(robot, "#count-5"), text(robot, "#count-6"), text(robot, "#count-7"),
                text(robot, "#count-8"), text(robot, "#count-9"))).containsExactly("3", "1", "5", "4", "13");
        assertThat(text(robot, "#mark-0")).isEqualTo("✓");
        assertThat(text(robot, "#mark-9")).isEqualTo("✓");
        assertThat(text(robot, "#savedText"))
                .isEqualTo("Saved to " + file.toAbsolutePath() + " (personal data: keep it safe)");
        assertThat(visible(robot, "#showFolderButton")).as("no file manager on a headless system").isFalse();
        assertThat(visible(robot, "#cancelButton")).isFalse();
        Snapshot saved = SnapshotReader.read(file);
        assertThat(saved.edited()).isFalse();
        assertThat(saved.config().users()).hasSize(demo.users().size());
        assertThat(saved.config().assignments()).hasSize(demo.assignments().size());
        assertThat(robot.lookup("#primaryButton").queryButton().isDisabled()).isFalse();
        assertThat(fixture.sandbox().calls().anyWrite()).isFalse();
        assertThat(state.getSnapshot().digest()).isEqualTo(saved.digest());
    }

    @Test
    void cancelStopsTheExportAndSavesNothing(FxRobot robot) throws Exception {
        state.sourceAwsProperty().set(fixture.source());

        show(RateSettings.AWS_DEFAULTS.withRate(3));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fixture.sandbox().calls().records().size() > 5);
        assertThat(visible(robot, "#cancelButton")).isTrue();
        assertThat(robot.lookup("#primaryButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#cancelButton");
        waitFor(ExportViewModel.Phase.READY);

        assertThat(text(robot, "#progressText")).isEqualTo("The export was cancelled. Nothing was saved.");
        assertThat(visible(robot, "#startButton")).isTrue();
        assertThat(text(robot, "#startButton")).isEqualTo("_Start the export");
        assertThat(files.asked()).isEmpty();
        assertThat(state.getSnapshot()).isNull();
        assertThat(robot.lookup("#primaryButton").queryButton().isDisabled()).isTrue();
        int calls = fixture.sandbox().calls().records().size();
        robot.sleep(1500);
        assertThat(fixture.sandbox().calls().records().size()).as("no more requests after cancelling")
                .isLessThanOrEqualTo(calls + 1);
        try (var listing = Files.list(folder)) {
            assertThat(listing).isEmpty();
        }
    }

    @Test
    void backDuringTheExportStopsItAndNoSaveDialogAppearsElsewhere(FxRobot robot) throws Exception {
        state.sourceAwsProperty().set(fixture.source());
        FxGuard.onFx(() -> harness = StepHarness.show(stage, state, settings, files, tasks, List.of(
                PlaceholderStep.definition(StepId.SIGN_IN_SOURCE),
                StepDefinition.of(StepId.EXPORT, context -> new ExportViewModel(context, new DesktopFolderOpener(),
                        Clock.systemDefaultZone(), RateSettings.AWS_DEFAULTS.withRate(3)),
                        model -> ViewLoader.load(new ExportView(model))),
                PlaceholderStep.definition(StepId.SIGN_IN_TARGET))));
        FxGuard.onFx(() -> harness.flow().advance());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fixture.sandbox().calls().records().size() > 5);

        robot.clickOn("#backButton");
        assertThat(harness.flow().current()).isEqualTo(StepId.SIGN_IN_SOURCE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model().phaseProperty().get() == ExportViewModel.Phase.READY);
        int calls = fixture.sandbox().calls().records().size();
        robot.sleep(1500);
        assertThat(files.asked()).as("no save dialog over another step").isEmpty();
        assertThat(fixture.sandbox().calls().records().size()).as("the export stopped").isLessThanOrEqualTo(calls + 1);

        robot.clickOn("#primaryButton");
        assertThat(harness.flow().current()).isEqualTo(StepId.EXPORT);
        assertThat(model().phaseProperty().get()).isEqualTo(ExportViewModel.Phase.EXPORTING);
        assertThat(text(robot, "#savedText")).isEqualTo(ExportViewModel.LEFT_TEXT);
        robot.clickOn("#cancelButton");
        waitFor(ExportViewModel.Phase.READY);
    }

    @Test
    void anInvalidExistingSnapshotShowsTheValidationMessage(FxRobot robot) throws Exception {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, "{ \"formatVersion\": 1, \"users\": 42 }");
        String expected = invalidMessage(file);
        files.answer(file);

        show(DemoSnapshots.FAST);
        assertThat(text(robot, "#progressText")).isEqualTo(ExportViewModel.NO_SOURCE_TEXT);
        robot.clickOn("#useExistingButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model().errorProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#errorSentence")).isEqualTo("⚠  This file cannot be used as a snapshot: "
                + expected + ". Choose another file, or export again.");
        assertThat(files.asked()).containsExactly("open: Use an existing snapshot");
        assertThat(robot.lookup("#primaryButton").queryButton().isDisabled()).isTrue();
    }

    @Test
    void aSnapshotFromANewerVersionSaysToUpgradeTheMigratorByItsName(FxRobot robot) throws Exception {
        Path file = folder.resolve("newer.json");
        Files.writeString(file, "{ \"formatVersion\": 99, \"users\": [] }");
        files.answer(file);

        show(DemoSnapshots.FAST);
        robot.clickOn("#useExistingButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model().errorProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        // On screen the product is Identity Center Migrator, never the command line's "icm".
        assertThat(text(robot, "#errorSentence")).isEqualTo("⚠  This file cannot be used as a snapshot: newer.json: "
                + "was written by a newer version of Identity Center Migrator (format version 99; this version reads "
                + "up to version " + co.pump.icm.snapshot.Snapshot.FORMAT_VERSION + "); upgrade it to read the file. "
                + "Choose another file, or export again.");
    }

    @Test
    void anEditedSnapshotNeedsUseItAnyway(FxRobot robot) throws Exception {
        Path file = folder.resolve("edited.json");
        DemoSnapshots.export(fixture, file);
        Files.writeString(file, Files.readString(file).replace("Cloud Admins", "Cloud Administrators"));
        files.answer(file);

        show(DemoSnapshots.FAST);
        robot.clickOn("#useExistingButton");
        waitFor(ExportViewModel.Phase.LOADED);

        assertThat(text(robot, "#editedWarning")).startsWith("⚠  edited.json was edited after it was exported");
        assertThat(visible(robot, "#acceptEdited")).isTrue();
        assertThat(text(robot, "#count-0")).isEqualTo("40");
        assertThat(robot.lookup("#primaryButton").queryButton().isDisabled()).isTrue();

        robot.clickOn("#acceptEdited");

        assertThat(robot.lookup("#primaryButton").queryButton().isDisabled()).isFalse();
        assertThat(state.getSnapshot().edited()).isTrue();
        assertThat(state.snapshotFileProperty().get()).isEqualTo(file);
        assertThat(text(robot, "#existingText")).startsWith("Using " + file.toAbsolutePath());
    }

    private static String invalidMessage(Path file) {
        try {
            SnapshotReader.read(file);
        } catch (SnapshotException e) {
            return e.getMessage();
        }
        throw new AssertionError(file + " should be invalid");
    }
}
