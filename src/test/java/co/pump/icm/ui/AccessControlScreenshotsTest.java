package co.pump.icm.ui;

import static co.pump.icm.ui.FxGuard.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import co.pump.icm.ui.export.ExportViewModel;
import co.pump.icm.ui.inspector.SnapshotFiles;
import co.pump.icm.ui.preview.PlanRow;
import co.pump.icm.ui.preview.PreviewViewModel;
import co.pump.icm.ui.shell.StepId;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
 * The ABAC configuration in the preview (a row with its attributes, at 1280×720) and in the
 * inspector (its own tab), driven like a person; the pictures go to
 * {@code target/screenshots/abac-*.png} (copied into {@code docs/screenshots/}).
 */
@ExtendWith({ApplicationExtension.class, FxGuard.class})
class AccessControlScreenshotsTest {

    private static final String ABAC = "access control attribute configuration";

    @TempDir
    Path folder;

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();
    private final TestFiles.QueuedFilePicker files = new TestFiles.QueuedFilePicker();
    private WizardApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = new WizardApp(settings.app(), files);
        app.start(stage);
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

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    @Test
    void thePreviewShowsTheConfigurationToCreateWithItsAttributes(FxRobot robot) throws Exception {
        onFx(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        robot.clickOn("#demoChoice");
        waitUntil(() -> app.flow().current() == StepId.SIGN_IN_SOURCE && app.flow().model(StepId.SIGN_IN_SOURCE).isValid());
        files.answer(folder.resolve("larkspur.json"));
        robot.clickOn("#primaryButton");
        ExportViewModel export = (ExportViewModel) app.flow().model(StepId.EXPORT);
        waitUntil(() -> export.phaseProperty().get() == ExportViewModel.Phase.SAVED
                || robot.lookup("#saveButton").match(javafx.scene.Node::isVisible).tryQuery().isPresent());
        if (export.phaseProperty().get() != ExportViewModel.Phase.SAVED) {
            try {
                robot.clickOn("#saveButton");
            } catch (org.testfx.api.FxRobotException savedMeanwhile) {
                // The step saved by itself between the look and the click: nothing left to do.
            }
        }
        waitUntil(() -> export.phaseProperty().get() == ExportViewModel.Phase.SAVED);
        robot.clickOn("#primaryButton");
        waitUntil(() -> app.flow().current() == StepId.SIGN_IN_TARGET && app.flow().model(StepId.SIGN_IN_TARGET).isValid());
        robot.clickOn("#primaryButton");
        PreviewViewModel preview = (PreviewViewModel) app.flow().model(StepId.PREVIEW);
        waitUntil(() -> preview.phaseProperty().get() == PreviewViewModel.Phase.READY && !preview.busyProperty().get());

        @SuppressWarnings("unchecked")
        TableView<PlanRow> table = robot.lookup("#planTable").queryAs(TableView.class);
        PlanRow abac = table.getItems().stream().filter(r -> r.label().equals(ABAC)).findFirst().orElseThrow();
        onFx(() -> {
            table.getSelectionModel().select(abac);
            table.scrollTo(abac);
        });
        waitUntil(() -> preview.detailProperty().get() != null && ABAC.equals(preview.detailProperty().get().title()));
        assertThat(preview.detailProperty().get().fact("Attributes")).isEqualTo("""
                CostCenter = ${path:enterprise.costCenter}
                Department = ${path:enterprise.department}
                Division = ${path:enterprise.division}""");
        assertThat(text(robot, "#primaryButton")).contains("Import");
        onFx(() -> Screenshots.save(stage.getScene(), "abac-preview"));
    }

    @Test
    void theInspectorHasATabWithEachAttribute(FxRobot robot) throws Exception {
        Path file = SnapshotFiles.demo(folder, "larkspur.json");
        files.answer(file);
        robot.clickOn("#snapshotChoice");
        String title = "Snapshot — larkspur.json";
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> inspector(robot) != null
                && inspector(robot).getScene().lookup("#contentPane").isVisible());
        Stage window = inspector(robot);
        assertThat(window.getTitle()).isEqualTo(title);
        onFx(() -> {
            window.setWidth(1280);
            window.setHeight(720);
            TabPane tabs = (TabPane) window.getScene().lookup("#categoryTabs");
            tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> t.getText().startsWith("ABAC attributes")).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<Object> table = (TableView<Object>) window.getScene().lookup("#table-accessControl");
        assertThat(table.getItems()).hasSize(3);
        onFx(() -> table.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> Screenshots.save(window.getScene(), "abac-inspector"));
    }

    private static Stage inspector(FxRobot robot) {
        return robot.listTargetWindows().stream()
                .filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Snapshot — "))
                .map(w -> (Stage) w).findFirst().orElse(null);
    }
}
