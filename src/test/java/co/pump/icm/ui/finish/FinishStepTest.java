package co.pump.icm.ui.finish;

import static co.pump.icm.ui.FxGuard.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import co.pump.icm.plan.PlanOptions;
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

/** The Finish step in the wizard's window, after a real import and test, reached with Enter like a person. */
@ExtendWith({ApplicationExtension.class, FxGuard.class})
class FinishStepTest {

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

    @Test
    void afterTheImportAndTheTestItSaysWhatWasMadeAndWhatHappensNext(FxRobot robot) throws Exception {
        fixture = SandboxFixture.demo();
        var confirmed = Migrations.confirmed(fixture, dir, PlanOptions.defaults());
        onFx(() -> {
            wizard.walkTo(StepId.PREVIEW);
            wizard.fill(confirmed);
        });
        robot.clickOn("#primaryButton");
        var importing = (ImportViewModel) wizard.flow().model(StepId.IMPORT);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> importing.phaseProperty().get() == ImportPhase.FINISHED);
        robot.clickOn("#primaryButton");
        var test = (AccessViewModel) wizard.flow().model(StepId.TEST);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> test.drift().stateProperty().get() == DriftCard.State.NO_DRIFT);
        robot.clickOn("#primaryButton");

        assertThat(wizard.flow().current()).isEqualTo(StepId.FINISH);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !text(robot, "#finishOutcome").startsWith("Reading"));
        int writes = confirmed.planProperty().get().writes().size();
        assertThat(text(robot, "#finishOutcome")).isEqualTo("✓ " + writes + " changes made in 888888888888 · 0 failed");
        assertThat(robot.lookup(".next-step").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(step -> assertThat(step).startsWith("1.  Before you tell anyone: turn on \"Send email OTP"))
                .anySatisfy(step -> assertThat(step).startsWith("2.  Your users set a password and register MFA again"))
                .anySatisfy(step -> assertThat(step).contains("acme.journal.jsonl"));
        assertThat(robot.lookup("#primaryButton").queryButton().isDisabled()).as("nothing after Finish").isTrue();
        assertThat(robot.lookup("#backButton").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#noReport").query().isVisible()).isFalse();

        Path report = dir.resolve("acme-migration-report.html");
        files.answer(report);
        robot.clickOn("#saveReport");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wizard.state().reportFileProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(Files.readString(report)).contains("No drift").contains("sarah.obrien@larkspur.example");
        assertThat(text(robot, "#reportFeedback")).startsWith("✓ Saved to " + report);
        // Where it went is in sight, and the focus is back on the button (not on one further down
        // the page, which the page would scroll to).
        javafx.scene.Node feedback = robot.lookup("#reportFeedback").query();
        javafx.scene.Node page = feedback.getParent();
        while (!(page instanceof javafx.scene.control.ScrollPane)) {
            page = page.getParent();
        }
        var window = page.localToScene(page.getLayoutBounds());
        var line = feedback.localToScene(feedback.getLayoutBounds());
        assertThat(line.getMinY()).as("the saved line's top").isGreaterThanOrEqualTo(window.getMinY());
        assertThat(line.getMaxY()).as("the saved line's bottom").isLessThanOrEqualTo(window.getMaxY());
        assertThat(feedback.getScene().getFocusOwner()).isSameAs(robot.lookup("#saveReport").query());
        assertThat(robot.lookup("#openReport").query().isVisible()).isTrue();

        Path csv = dir.resolve("people.csv");
        files.answer(csv);
        onFx(() -> Scrolling.reveal(robot.lookup("#exportNotify").query()));
        robot.clickOn("#exportNotify");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(dir.resolve("people.txt")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#notifyFeedback")).startsWith("✓ 39 users to notify, in " + csv);
        onFx(() -> Scrolling.reveal(robot.lookup("#finishOutcome").query()));

        // "Undo this import…" goes back to the Import step and shows what undoing would do; nothing written.
        long writesBefore = fixture.sandbox().calls().writes().size();
        onFx(() -> Scrolling.reveal(robot.lookup("#undoImport").query()));
        robot.clickOn("#undoImport");
        assertThat(wizard.flow().current()).isEqualTo(StepId.IMPORT);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> importing.undo().stateProperty().get() == co.pump.icm.ui.importing.UndoCard.State.READY);
        assertThat(wizard.state().undoRequestedProperty().get()).isFalse();
        assertThat(fixture.sandbox().calls().writes()).hasSize((int) writesBefore);
    }
}
