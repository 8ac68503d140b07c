package co.pump.icm.ui;

import static co.pump.icm.ui.FxGuard.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.ui.access.AccessViewModel;
import co.pump.icm.ui.access.DriftCard;
import co.pump.icm.ui.export.ExportViewModel;
import co.pump.icm.ui.importing.ImportPhase;
import co.pump.icm.ui.importing.ImportViewModel;
import co.pump.icm.ui.importing.UndoCard;
import co.pump.icm.ui.preview.PreviewViewModel;
import co.pump.icm.ui.shell.StepId;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every step of the demo migration at 1280×720 (the smallest screen supported), in both themes:
 * Back and Next inside the window, and no text cut short or leaving the window sideways
 * ({@link LayoutCheck}). Each state is saved as a picture under {@code target/screenshots}.
 */
@ExtendWith({ApplicationExtension.class, FxGuard.class})
class ScreenFitTest {

    private static final String[] ACTIONS = {"primaryButton", "backButton", "?fromIdentity", "?toIdentity"};

    @TempDir
    Path folder;

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();
    private final TestFiles.QueuedFilePicker files = new TestFiles.QueuedFilePicker();
    private final List<String> problems = new ArrayList<>();
    private WizardApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new WizardApp(settings.app(), files);
        app.start(stage);
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @Stop
    void stop() {
        app.shutdown();
        settings.remove();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Checks the window as it is now, in the light theme and in the dark one. */
    private void check(FxRobot robot, String state) {
        for (boolean dark : new boolean[] {false, true}) {
            onFx(() -> {
                if (dark) {
                    robot.lookup("#themeToggle").queryAs(javafx.scene.control.ButtonBase.class).fire();
                }
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
            onFx(() -> {
                assertThat(stage.getScene().getWidth()).isEqualTo(1280);
                for (String problem : LayoutCheck.problems(stage.getScene(), ACTIONS)) {
                    problems.add(state + (dark ? " (dark)" : "") + ": " + problem);
                }
                Screenshots.save(stage.getScene(), "fit-" + state + (dark ? "-dark" : ""));
            });
        }
        onFx(() -> robot.lookup("#themeToggle").queryAs(javafx.scene.control.ButtonBase.class).fire());
    }

    /** Rows of the preview table inside both the table and the window, below its header. */
    private double rowsShown(FxRobot robot) {
        var table = robot.lookup("#planTable").queryAs(javafx.scene.control.TableView.class);
        var b = table.localToScene(table.getLayoutBounds());
        double bottom = Math.min(b.getMaxY(), robot.lookup("#primaryButton").query().localToScene(0, 0).getY() - 10);
        return (bottom - b.getMinY() - headerHeight(table)) / table.getFixedCellSize();
    }

    private double tableHeightInRows(FxRobot robot) {
        var table = robot.lookup("#planTable").queryAs(javafx.scene.control.TableView.class);
        return (table.getHeight() - headerHeight(table)) / table.getFixedCellSize();
    }

    /** The height of the table's column headers (measured: they are about 40 px, not the 30 once assumed). */
    private static double headerHeight(javafx.scene.control.TableView<?> table) {
        return table.lookup(".column-header-background").getLayoutBounds().getHeight();
    }

    /** The share of the users' rows on screen whose Item cell shows the whole e-mail address. */
    private double emailsInFull(FxRobot robot) {
        var cells = robot.lookup("#planTable .item-cell").queryAllAs(javafx.scene.control.Labeled.class).stream()
                .filter(cell -> cell.isVisible() && cell.getText() != null && cell.getText().contains("@")).toList();
        assertThat(cells).as("user rows on screen").hasSizeGreaterThan(3);
        long full = cells.stream().filter(cell -> cell.getChildrenUnmodifiable().stream()
                .filter(javafx.scene.text.Text.class::isInstance).map(t -> ((javafx.scene.text.Text) t).getText())
                .anyMatch(cell.getText()::equals)).count();
        return (double) full / cells.size();
    }

    @Test
    void everyStepOfTheDemoFitsA1280By720Screen(FxRobot robot) throws Exception {
        check(robot, "start");
        robot.clickOn("#demoChoice");
        waitUntil(() -> app.flow().current() == StepId.SIGN_IN_SOURCE && app.flow().model(StepId.SIGN_IN_SOURCE).isValid());
        check(robot, "sign-in-source");

        files.answer(folder.resolve("larkspur.json"));
        robot.clickOn("#primaryButton");
        var export = (ExportViewModel) app.flow().model(StepId.EXPORT);
        waitUntil(() -> export.phaseProperty().get() == ExportViewModel.Phase.SAVED);
        check(robot, "export");

        robot.clickOn("#primaryButton");
        waitUntil(() -> app.flow().current() == StepId.SIGN_IN_TARGET && app.flow().model(StepId.SIGN_IN_TARGET).isValid());
        check(robot, "sign-in-target");

        robot.clickOn("#primaryButton");
        var preview = (PreviewViewModel) app.flow().model(StepId.PREVIEW);
        waitUntil(() -> preview.phaseProperty().get() == PreviewViewModel.Phase.READY && !preview.busyProperty().get());
        check(robot, "preview");
        // At rest (warnings and options closed) the table shows ten rows and more: 10.3 measured,
        // where 5 were before (34 px rows under a header of three lines: question, counts, search).
        double atRest = rowsShown(robot);
        System.out.printf("Preview at 1280×720: %.1f rows of the table in sight at rest%n", atRest);
        assertThat(atRest).as("rows of the preview table in sight at rest").isGreaterThanOrEqualTo(10);
        assertThat(emailsInFull(robot)).as("e-mail addresses the Item column shows in full").isGreaterThan(0.8);
        onFx(() -> robot.lookup("#warningsPane").queryAs(TitledPane.class).setExpanded(true));
        check(robot, "preview-warnings");
        onFx(() -> robot.lookup("#warningsPane").queryAs(TitledPane.class).setExpanded(false));
        onFx(() -> robot.lookup("#optionsPane").queryAs(TitledPane.class).setExpanded(true));
        check(robot, "preview-options");
        assertThat(tableHeightInRows(robot)).as("rows of the table with Options open").isGreaterThanOrEqualTo(6);
        onFx(() -> robot.lookup("#optionsPane").queryAs(TitledPane.class).setExpanded(false));

        robot.clickOn("#primaryButton");
        String account = DemoData.TARGET_DELEGATED_ADMIN;
        robot.clickOn("#confirmAccount").write(account.substring(account.length() - 4));
        robot.clickOn("#confirmImportButton");
        var importing = (ImportViewModel) app.flow().model(StepId.IMPORT);
        waitUntil(() -> importing.phaseProperty().get() == ImportPhase.FINISHED);
        check(robot, "import-done");

        robot.clickOn("#primaryButton");
        var access = (AccessViewModel) app.flow().model(StepId.TEST);
        waitUntil(() -> access.drift().stateProperty().get() == DriftCard.State.NO_DRIFT);
        check(robot, "test");

        robot.clickOn("#primaryButton");
        waitUntil(() -> !((co.pump.icm.ui.finish.FinishViewModel) app.flow().model(StepId.FINISH)).outcomeProperty().get()
                .startsWith("Reading"));
        check(robot, "finish");

        onFx(() -> app.flow().backTo(StepId.IMPORT));
        onFx(importing::openUndo);
        waitUntil(() -> importing.undo().stateProperty().get() == UndoCard.State.READY);
        check(robot, "import-undo");

        assertThat(problems).isEmpty();
    }
}
