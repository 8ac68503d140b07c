package co.pump.icm.ui.finish;

import static co.pump.icm.ui.FxGuard.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.testing.SandboxFixture;
import co.pump.icm.ui.FxGuard;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.access.AccessView;
import co.pump.icm.ui.access.AccessViewModel;
import co.pump.icm.ui.access.DriftCard;
import co.pump.icm.ui.access.RecordingLinks;
import co.pump.icm.ui.importing.ImportPhase;
import co.pump.icm.ui.importing.ImportView;
import co.pump.icm.ui.importing.ImportViewModel;
import co.pump.icm.ui.importing.Migrations;
import co.pump.icm.ui.importing.Scrolling;
import co.pump.icm.ui.importing.UndoCard;
import co.pump.icm.ui.importing.WizardHarness;
import co.pump.icm.ui.shell.StepDefinition;
import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.shell.ViewLoader;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * After an action that changes the new organization (an undo, a stopped import and "Import the
 * rest"), every step's results are recomputed or say when they were true, and Next follows.
 */
@ExtendWith({ApplicationExtension.class, FxGuard.class})
class MigrationTruthTest {

    @TempDir
    Path dir;

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();
    private final TestFiles.QueuedFilePicker files = new TestFiles.QueuedFilePicker();
    private final WizardHarness wizard = new WizardHarness();
    private SandboxFixture fixture;

    @Start
    void start(Stage stage) {
        wizard.start(stage, settings.app(), files, List.of(
                StepDefinition.of(StepId.IMPORT, context -> new ImportViewModel(context, Migrations.FAST),
                        model -> ViewLoader.load(new ImportView(model))),
                StepDefinition.of(StepId.TEST, context -> new AccessViewModel(context, Migrations.FAST,
                        new RecordingLinks()), model -> ViewLoader.load(new AccessView(model))),
                StepDefinition.of(StepId.FINISH, FinishViewModel::new, model -> ViewLoader.load(new FinishView(model)))));
    }

    @Stop
    void stop() {
        wizard.stop();
        settings.remove();
    }

    @AfterEach
    void closeSandbox() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private ImportViewModel importing() {
        return (ImportViewModel) wizard.flow().model(StepId.IMPORT);
    }

    private FinishViewModel finish() {
        return (FinishViewModel) wizard.flow().model(StepId.FINISH);
    }

    private void importAndWait(FxRobot robot) throws Exception {
        var confirmed = Migrations.confirmed(fixture, dir, PlanOptions.defaults());
        onFx(() -> {
            wizard.walkTo(StepId.PREVIEW);
            wizard.fill(confirmed);
        });
        robot.clickOn("#primaryButton");
    }

    private void waitForFinishOutcome(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !finish().outcomeProperty().get().startsWith("Reading"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void afterAnUndoNoStepSaysTheImportIsStillThere(FxRobot robot) throws Exception {
        fixture = SandboxFixture.demo();
        importAndWait(robot);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> importing().phaseProperty().get() == ImportPhase.FINISHED);
        robot.clickOn("#primaryButton");
        var test = (AccessViewModel) wizard.flow().model(StepId.TEST);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> test.drift().stateProperty().get() == DriftCard.State.NO_DRIFT);
        robot.clickOn("#primaryButton");
        waitForFinishOutcome(robot);
        files.answer(dir.resolve("before-undo.html"));
        robot.clickOn("#saveReport");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wizard.state().reportFileProperty().get() != null);

        var footers = new CopyOnWriteArrayList<String>();
        var headlines = new CopyOnWriteArrayList<String>();
        onFx(() -> {
            importing().undo().stateProperty().addListener((obs, was, now) -> footers.add(now + ": "
                    + wizard.flow().model(StepId.IMPORT).statusProperty().get()));
            importing().summaryProperty().addListener((obs, was, now) -> headlines.add(now == null ? "" : now.headline()));
        });
        onFx(() -> Scrolling.reveal(robot.lookup("#undoImport").query()));
        robot.clickOn("#undoImport");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> importing().undo().stateProperty().get() == UndoCard.State.READY);
        WaitForAsyncUtils.waitForFxEvents();

        // A wrong account ID says so, with the one to type.
        onFx(() -> Scrolling.reveal(robot.lookup("#undoTyped").query()));
        robot.clickOn("#undoTyped").write("1234").type(javafx.scene.input.KeyCode.ENTER);
        assertThat(importing().undo().errorProperty().get().sentence())
                .isEqualTo("“1234” is not the new organization's account. Type its ID, 888888888888, or its last four "
                        + "digits, 8888, to undo.");
        assertThat(robot.lookup("#undoError").query().isVisible()).isTrue();

        onFx(() -> importing().undo().typedProperty().set("8888"));
        robot.clickOn("#undoConfirm");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> importing().undo().stateProperty().get() == UndoCard.State.DONE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(footers).as("the footer while the undo only reads says nothing is written")
                .contains("READING: " + ImportViewModel.PLANNING_UNDO).contains("UNDOING: " + ImportViewModel.UNDOING);
        assertThat(headlines).as("while undoing, the import's result says it is being undone")
                .anySatisfy(h -> assertThat(h).startsWith("Being undone since "));
        assertThat(text(robot, "#summaryHeadline")).matches("↶ Undone at \\d\\d:\\d\\d: \\d+ changes taken back");
        assertThat(text(robot, "#summaryExplanation")).contains("go Back to the preview to import again");
        assertThat(text(robot, "#importHeading")).startsWith("The import was undone.");
        assertThat(robot.lookup("#primaryButton").queryButton().isDisabled()).as("nothing to test after an undo").isTrue();
        assertThat(robot.lookup("#category-USERS").tryQuery()).isEmpty();
        assertThat(wizard.state().applyResultProperty().get()).isNull();
        assertThat(wizard.state().targetChangeProperty().get().what()).startsWith("the import was undone");

        // The Test step's comparison no longer claims "No drift", and is kept out of the report.
        assertThat(test.drift().headlineProperty().get()).startsWith("Out of date: compared at ")
                .contains("the import was undone");
        assertThat(wizard.state().verificationProperty().get()).isNull();
        // The Finish step says what the journal says now, and that the saved report is older.
        assertThat(finish().reportFeedbackProperty().get()).startsWith("⚠ The report saved at ")
                .contains("before-undo.html").contains("Save it again");
        onFx(() -> finish().onEnter());
        waitForFinishOutcome(robot);
        assertThat(finish().outcomeProperty().get()).startsWith("↶ Undone at ")
                .contains("nothing of this migration is in the new organization");
        assertThat(finish().migratedProperty().get()).isFalse();
    }

    @Test
    void aStoppedImportAndTheRestAreReportedAsOneMigration(FxRobot robot) throws Exception {
        fixture = SandboxFixture.start(DemoData.scenario(), 42, o -> o.withAssignmentDelay(Duration.ofMillis(300)));
        importAndWait(robot);
        var seen = new CopyOnWriteArrayList<Double>();
        onFx(() -> importing().progressProperty().addListener((obs, was, now) -> seen.add(now.doubleValue())));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> importing().progressProperty().get() > 0.05);

        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> importing().phaseProperty().get() == ImportPhase.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();

        var result = wizard.state().applyResultProperty().get();
        int planned = wizard.state().planProperty().get().writes().size();
        double made = (double) result.count(co.pump.icm.apply.Outcome.SUCCEEDED) / planned;
        assertThat(made).isLessThan(1.0);
        assertThat(seen).as("the bar never shows more than AWS confirmed").allMatch(p -> p <= made + 1e-9);
        assertThat(seen).as("the bar never goes back").isSorted();
        assertThat(text(robot, "#overallText")).isEqualTo(result.count(co.pump.icm.apply.Outcome.SUCCEEDED) + " of "
                + planned + " made");

        robot.clickOn("#retryButton");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> importing().phaseProperty().get() == ImportPhase.FINISHED);
        robot.clickOn("#primaryButton");
        robot.clickOn("#primaryButton");
        waitForFinishOutcome(robot);

        assertThat(finish().outcomeProperty().get())
                .isEqualTo("✓ " + planned + " changes made in 888888888888 over 2 runs · 0 failed");
        files.answer(dir.resolve("whole.html"));
        robot.clickOn("#saveReport");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wizard.state().reportFileProperty().get() != null);
        String html = Files.readString(dir.resolve("whole.html"));
        assertThat(html).contains("Import runs").contains("stopped with Cancel")
                .contains("39 people were created").contains("sarah.obrien@larkspur.example")
                .doesNotContain("Nobody to notify");
        assertThat(Files.readAllLines(dir.resolve("whole-users-to-notify.csv"))).hasSize(1 + 39);
        assertThat(files.suggested().get(0)).matches("acme-migration-report-\\d{4}-\\d\\d-\\d\\d-\\d{6}\\.html");

        // A second report goes to a new name, beside the first, which stays as it was.
        String first = Files.readString(dir.resolve("whole.html"));
        files.answer(dir.resolve("again.html"));
        onFx(() -> Scrolling.reveal(robot.lookup("#saveReport").query()));
        robot.clickOn("#saveReport");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("again-users-to-notify.txt")));
        assertThat(Files.readString(dir.resolve("whole.html"))).isEqualTo(first);
        assertThat(files.suggested().get(1)).isNotEqualTo(files.suggested().get(0)).as("a new name each time")
                .isNotBlank();
    }
}
