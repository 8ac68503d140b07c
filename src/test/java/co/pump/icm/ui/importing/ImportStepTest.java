package co.pump.icm.ui.importing;

import static co.pump.icm.ui.FxGuard.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import co.pump.icm.apply.ItemResult;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.compare.Category;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.testing.SandboxFixture;
import co.pump.icm.ui.FxGuard;
import co.pump.icm.ui.Screenshots;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.shell.ShellViewModel;
import co.pump.icm.ui.shell.StepDefinition;
import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.shell.ViewLoader;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
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

/** The Import step in the wizard's window, driven like a person, against the sandbox. */
@ExtendWith({ApplicationExtension.class, FxGuard.class})
class ImportStepTest {

    @TempDir
    Path dir;

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();
    private final WizardHarness wizard = new WizardHarness();
    private SandboxFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        wizard.start(stage, settings.app(), new TestFiles.QueuedFilePicker(), List.of(
                StepDefinition.of(StepId.IMPORT, context -> new ImportViewModel(context, Migrations.FAST),
                        model -> ViewLoader.load(new ImportView(model)))));
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

    /** The Preview step's confirmation, then Next. */
    private void confirmAndImport(FxRobot robot, SandboxFixture sandbox) {
        fixture = sandbox;
        var confirmed = Migrations.confirmed(sandbox, dir, PlanOptions.defaults());
        onFx(() -> {
            wizard.walkTo(StepId.PREVIEW);
            wizard.fill(confirmed);
        });
        robot.clickOn("#primaryButton");
        assertThat(wizard.flow().current()).isEqualTo(StepId.IMPORT);
    }

    private ImportViewModel model() {
        return (ImportViewModel) wizard.flow().model(StepId.IMPORT);
    }

    private void waitUntilFinished() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model().phaseProperty().get() == ImportPhase.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryButton();
    }

    @Test
    void importsTheConfirmedPlanAndShowsTheCounts(FxRobot robot) throws Exception {
        confirmAndImport(robot, SandboxFixture.demo());
        waitUntilFinished();

        int writes = wizard.state().planProperty().get().writes().size();
        assertThat(text(robot, "#summaryHeadline")).isEqualTo("✓ " + writes + " changes made · 0 failed");
        // The demo's 40 users but the one disabled in the source, which the plan skips.
        int users = wizard.state().planProperty().get().count(Category.USERS, ChangeKind.CREATE);
        assertThat(users).isEqualTo(39);
        assertThat(text(robot, "#category-USERS")).isEqualTo("✓ " + users + " of " + users + " made");
        assertThat(text(robot, "#category-PERMISSION_SETS")).isEqualTo("✓ 12 of 12 made");
        assertThat(text(robot, "#overallText")).isEqualTo(writes + " of " + writes + " made");
        assertThat(text(robot, "#journalText")).contains(dir.resolve("acme.journal.jsonl").toString());
        assertThat(text(robot, "#statusText")).isEqualTo(ShellViewModel.WRITTEN);
        assertThat(robot.lookup("#retryButton").query().isVisible()).isFalse();
        assertThat(robot.lookup("#workingRow").query().isVisible()).as("Cancel shows only while working").isFalse();
        assertThat(button(robot, "#backButton").isDisabled()).isFalse();
        assertThat(button(robot, "#primaryButton").isDisabled()).isFalse();
        assertThat(fixture.sandbox().calls().records()).filteredOn(c -> "CreateUser".equals(c.operation())).hasSize(39);
        assertThat(wizard.state().applyResultProperty().get().succeeded()).isTrue();
        assertThat(Migrations.plan(fixture, wizard.state().getSnapshot().config(), PlanOptions.defaults()).isEmpty())
                .as("a second plan afterwards is empty").isTrue();
    }

    @Test
    void backWaitsDuringTheImportAndCancelStopsWithASummaryThenTheRestCompletes(FxRobot robot) throws Exception {
        confirmAndImport(robot, SandboxFixture.start(DemoData.scenario(), 42,
                o -> o.withAssignmentDelay(Duration.ofMillis(300))));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#overallBar").queryAs(ProgressBar.class).getProgress() > 0.05);

        assertThat(button(robot, "#backButton").isDisabled()).as("Back during the import").isTrue();
        assertThat(button(robot, "#primaryButton").isDisabled()).isTrue();
        assertThat(text(robot, "#statusText")).isEqualTo(ImportViewModel.IMPORTING);
        assertThat(text(robot, "#overallText")).matches("\\d+ of \\d+ · .+ left");
        assertThat(robot.lookup("#category-ASSIGNMENTS").tryQuery()).isPresent();
        onFx(() -> Screenshots.save(stage.getScene(), "import-progress"));

        // Cancel and a row for every kind are in sight without scrolling on a 1280×720 screen, with
        // the demo's ribbon taking its height as on an architect's shared screen.
        onFx(() -> {
            wizard.state().demoModeProperty().set(true);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            javafx.scene.Node cancel = robot.lookup("#cancelButton").query();
            javafx.scene.Node page = cancel.getParent();
            while (!(page instanceof javafx.scene.control.ScrollPane)) {
                page = page.getParent();
            }
            assertThat(((javafx.scene.control.ScrollPane) page).getVvalue()).isZero();
            double pageBottom = page.localToScene(page.getLayoutBounds()).getMaxY();
            assertThat(cancel.localToScene(cancel.getLayoutBounds()).getMaxY()).as("Cancel's bottom, in sight above "
                    + pageBottom).isLessThanOrEqualTo(pageBottom);
            assertThat(robot.lookup("#demoRibbon").query().isVisible()).isTrue();
            javafx.scene.Node lastRow = robot.lookup("#category-APPLICATION_ASSIGNMENTS").query();
            assertThat(lastRow.localToScene(lastRow.getLayoutBounds()).getMaxY()).as("the last kind's row, in sight "
                    + "above " + pageBottom).isLessThanOrEqualTo(pageBottom);
        });
        robot.clickOn("#cancelButton");
        waitUntilFinished();

        assertThat(text(robot, "#summaryHeadline")).startsWith("Stopped · ").endsWith(" not started");
        assertThat(text(robot, "#summaryExplanation")).contains("nothing is half-done");
        assertThat(text(robot, "#category-ASSIGNMENTS")).contains("not done");
        assertThat(button(robot, "#retryButton").getText()).isEqualTo("Import the _rest");
        assertThat(button(robot, "#backButton").isDisabled()).isFalse();
        assertThat(wizard.state().applyResultProperty().get().cancelled()).isTrue();
        onFx(() -> Screenshots.save(stage.getScene(), "import-stopped"));

        robot.clickOn("#retryButton");
        waitUntilFinished();

        assertThat(text(robot, "#summaryHeadline")).startsWith("✓ ").endsWith(" made · 0 failed");
        assertThat(Migrations.plan(fixture, wizard.state().getSnapshot().config(), PlanOptions.defaults()).isEmpty())
                .isTrue();
    }

    @Test
    void failuresAreListedWithAwsReasonAndRetryFailedReadsTheTargetAgain(FxRobot robot) throws Exception {
        confirmAndImport(robot, SandboxFixture.start(DemoData.scenarioWithMissingPolicy(), 7, o -> o));
        waitUntilFinished();

        @SuppressWarnings("unchecked")
        ListView<ItemResult> list = robot.lookup("#notDoneList").queryAs(ListView.class);
        int failed = list.getItems().size();
        assertThat(failed).isPositive();
        assertThat(text(robot, "#summaryHeadline")).startsWith("⚠ ").endsWith(failed + " failed");
        assertThat(text(robot, "#notDoneTitle")).isEqualTo("Not done (" + failed + ")");
        assertThat(robot.lookup(".not-done-reason").queryAs(Label.class).getText()).contains("DataLakeAccess");
        assertThat(robot.lookup(".not-done-title").queryAs(Label.class).getText()).startsWith("✗ Failed · Account assignments · ");
        assertThat(button(robot, "#retryButton").getText()).isEqualTo("_Retry failed");
        onFx(() -> Screenshots.save(stage.getScene(), "import-failures"));
        int before = fixture.sandbox().calls().records().size();

        robot.clickOn("#retryButton");
        waitUntilFinished();

        assertThat(fixture.sandbox().calls().records().subList(before, fixture.sandbox().calls().records().size()))
                .anyMatch(c -> "ListPermissionSets".equals(c.operation()))
                .anyMatch(c -> "CreateAccountAssignment".equals(c.operation()));
        assertThat(list.getItems()).hasSize(failed);
        assertThat(text(robot, "#summaryHeadline")).isEqualTo("⚠ 0 changes made · " + failed + " failed");
    }

    @Test
    void undoThisImportShowsWhatItWillDoAndUndoesAfterTheAccountIdIsTyped(FxRobot robot) throws Exception {
        confirmAndImport(robot, SandboxFixture.demo());
        waitUntilFinished();

        robot.clickOn("#undoButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> model().undo().stateProperty().get() == UndoCard.State.READY);
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> Scrolling.reveal(robot.lookup("#undoCard").query()));

        assertThat(robot.lookup(".undo-line").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(line -> assertThat(line).startsWith("Delete what the import created: 39 users"));
        assertThat(text(robot, "#undoConfirmLabel")).contains("888888888888");
        assertThat(button(robot, "#undoConfirm").isDisabled()).isTrue();
        onFx(() -> Screenshots.save(stage.getScene(), "import-undo"));

        robot.clickOn("#undoTyped").write("8888");
        assertThat(button(robot, "#undoConfirm").isDisabled()).isFalse();
        robot.clickOn("#undoConfirm");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> model().undo().stateProperty().get() == UndoCard.State.DONE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#undoHeadline")).startsWith("✓ Undone: every item this import touched is back");
        assertThat(Migrations.export(fixture.target()).users()).isEmpty();
        assertThat(button(robot, "#backButton").isDisabled()).isFalse();
        assertThat(robot.lookup("#undoButton").query().isVisible()).isFalse();
        // The confirm button, disabled while the undo ran, handed the focus on: to the step, never to
        // the rail's Start, where Enter would leave the wizard's work.
        javafx.scene.Node focused = stage.getScene().getFocusOwner();
        assertThat(focused).as("the focus after the undo").isNotNull();
        for (javafx.scene.Node at = focused; at != null; at = at.getParent()) {
            assertThat(String.valueOf(at.getId())).as("the focus after the undo (" + focused + ")").doesNotStartWith("rail-");
        }
    }
}
