package co.pump.icm.ui;

import static co.pump.icm.ui.FxGuard.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import co.pump.icm.testing.SandboxFixture;
import co.pump.icm.ui.export.ExportViewModel;
import co.pump.icm.ui.preview.DemoSnapshots;
import co.pump.icm.ui.preview.PlanRow;
import co.pump.icm.ui.preview.PreviewViewModel;
import co.pump.icm.ui.shell.StepId;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
 * Applications in the preview (what only the console makes, under "recreate by hand", at
 * 1280×720) and in the inspector (their tab, with what is set up on one), driven like a person;
 * the pictures go to {@code target/screenshots/applications-*.png} (copied into
 * {@code docs/screenshots/}).
 */
@ExtendWith({ApplicationExtension.class, FxGuard.class})
class ApplicationScreenshotsTest {

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

    @Test
    void thePreviewListsWhatToRecreateByHandWithWhatTheConsoleAsksFor(FxRobot robot) throws Exception {
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

        assertThat(preview.byHand()).extracting(b -> b.label()).containsExactly("Grafana", "Larkspur-Assistant");
        TitledPane byHand = robot.lookup("#byHandPane").queryAs(TitledPane.class);
        assertThat(byHand.isVisible()).isTrue();
        assertThat(byHand.getText()).isEqualTo("✎  2 to recreate by hand");

        @SuppressWarnings("unchecked")
        TableView<PlanRow> table = robot.lookup("#planTable").queryAs(TableView.class);
        PlanRow grafana = table.getItems().stream().filter(r -> r.label().equals("Grafana")).findFirst().orElseThrow();
        onFx(() -> {
            table.getSelectionModel().select(grafana);
            table.scrollTo(grafana);
        });
        waitUntil(() -> preview.detailProperty().get() != null && "Grafana".equals(preview.detailProperty().get().title()));
        assertThat(preview.detailProperty().get().fact("Sort")).isEqualTo("customer managed SAML 2.0 application");
        assertThat(preview.detailProperty().get().fact("In the console")).contains(
                "Application start URL: https://grafana.larkspur.example/login");
        onFx(() -> Screenshots.save(stage.getScene(), "applications-preview"));

        // A row of each other kind, with what its detail says.
        assertThat(detailOf(robot, table, preview, "Larkspur-OIDC").fact("Issuer URL"))
                .isEqualTo("https://login.larkspur.example/oauth2/default");
        var analytics = detailOf(robot, table, preview, "Larkspur-Analytics");
        assertThat(analytics.kind()).contains("Create");
        assertThat(analytics.fact("Grants")).contains("JWT bearer from Larkspur-OIDC (audiences larkspur-analytics)");
        assertThat(detailOf(robot, table, preview, "Larkspur-Analytics / redshift:connect").fact("Authorized"))
                .isEqualTo("Larkspur-Reports");
        assertThat(detailOf(robot, table, preview, "Larkspur-Wiki / GROUP Developers").fact("Group"))
                .isEqualTo("Developers");
        var skipped = detailOf(robot, table, preview, "Grafana / GROUP Cloud Admins");
        assertThat(skipped.reason()).contains("application Grafana will not exist in the target");

        robot.clickOn(byHand.lookup(".title"));
        waitUntil(() -> byHand.isExpanded() && robot.lookup("#byHand-1").tryQuery().isPresent());
        // Open, it has the row to itself: the warnings' header steps aside until it closes.
        assertThat(robot.lookup("#warningsPane").queryAs(TitledPane.class).isVisible()).isFalse();
        assertThat(robot.lookup("#byHandList .label").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("AWS's API cannot create these.");
        onFx(() -> Screenshots.save(stage.getScene(), "applications-preview-by-hand"));
    }

    @Test
    void theInspectorShowsEachApplicationWithWhatIsSetUpOnIt(FxRobot robot) throws Exception {
        Path file = folder.resolve("larkspur.json");
        try (SandboxFixture fixture = SandboxFixture.demo()) {
            DemoSnapshots.export(fixture, file);
        }
        files.answer(file);
        robot.clickOn("#snapshotChoice");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> inspector(robot) != null
                && inspector(robot).getScene().lookup("#contentPane").isVisible());
        Stage window = inspector(robot);
        onFx(() -> {
            window.setWidth(1280);
            window.setHeight(720);
            TabPane tabs = (TabPane) window.getScene().lookup("#categoryTabs");
            Tab group = tabs.getTabs().stream().filter(t -> t.getText().equals("Applications")).findFirst().orElseThrow();
            tabs.getSelectionModel().select(group);
            TabPane inner = (TabPane) group.getContent();
            inner.getSelectionModel().select(inner.getTabs().stream()
                    .filter(t -> t.getText().startsWith("Applications (")).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<Object> table = (TableView<Object>) window.getScene().lookup("#table-applications");
        assertThat(table.getItems()).hasSize(5);
        int analytics = table.getItems().indexOf(table.getItems().stream()
                .filter(a -> ((co.pump.icm.model.Application) ((co.pump.icm.ui.inspector.Row<?>) a).item()).name()
                        .equals("Larkspur-Analytics")).findFirst()
                .orElseThrow());
        onFx(() -> table.getSelectionModel().select(analytics));
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> Screenshots.save(window.getScene(), "applications-inspector"));
    }

    /** Selects the plan's row of that label and waits for its detail. */
    private static co.pump.icm.ui.preview.ChangeDetail detailOf(FxRobot robot, TableView<PlanRow> table,
                                                                 PreviewViewModel preview, String label) throws Exception {
        PlanRow row = table.getItems().stream().filter(r -> label.equals(r.label())).findFirst()
                .orElseThrow(() -> new AssertionError("No row " + label));
        onFx(() -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(row);
        });
        waitUntil(() -> preview.detailProperty().get() != null && label.equals(preview.detailProperty().get().title()));
        return preview.detailProperty().get();
    }

    private static Stage inspector(FxRobot robot) {
        return robot.listTargetWindows().stream()
                .filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Snapshot — "))
                .map(w -> (Stage) w).findFirst().orElse(null);
    }
}
