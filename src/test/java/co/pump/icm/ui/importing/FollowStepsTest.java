package co.pump.icm.ui.importing;

import static co.pump.icm.ui.FxGuard.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.sandbox.organizations.AccountMoves;
import co.pump.icm.testing.SandboxFixture;
import co.pump.icm.ui.FxGuard;
import co.pump.icm.ui.LayoutCheck;
import co.pump.icm.ui.Screenshots;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.finish.FinishView;
import co.pump.icm.ui.finish.FinishViewModel;
import co.pump.icm.ui.follow.AccountFollowing;
import co.pump.icm.ui.shell.StepDefinition;
import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.shell.ViewLoader;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * Following the accounts in the wizard's window at 1280×720, driven like a person: the Import step
 * offers it after the import, Stop and Follow again work, the accounts arrive and their users get
 * access, and the Finish step shows the same story and puts it in the report.
 */
@ExtendWith({ApplicationExtension.class, FxGuard.class})
class FollowStepsTest {

    private static final String[] ACTIONS = {"primaryButton", "backButton"};

    @TempDir
    Path dir;

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();
    private final TestFiles.QueuedFilePicker files = new TestFiles.QueuedFilePicker();
    private final WizardHarness wizard = new WizardHarness();
    private SandboxFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        wizard.start(stage, settings.app(), files, List.of(
                StepDefinition.of(StepId.IMPORT, context -> new ImportViewModel(context, Migrations.FAST),
                        model -> ViewLoader.load(new ImportView(model))),
                StepDefinition.of(StepId.FINISH, FinishViewModel::new, model -> ViewLoader.load(new FinishView(model)))));
        stage.setWidth(1280);
        stage.setHeight(720);
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

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private AccountFollowing following() {
        return wizard.state().following();
    }

    /** Brings a node of the step into sight, as a person scrolls, and clicks it. */
    private static void click(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        onFx(() -> Scrolling.reveal(node));
        robot.clickOn(id);
    }

    /** The window as it is: nothing cut short, Back and Next in it; and a picture of it. */
    private void check(String state) {
        onFx(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            assertThat(LayoutCheck.problems(stage.getScene(), ACTIONS)).as(state).isEmpty();
            Screenshots.save(stage.getScene(), state);
        });
    }

    @Test
    void theAccountsAreFollowedStoppedFollowedAgainAndTheirUsersGetAccessAsTheyArrive(FxRobot robot) throws Exception {
        fixture = SandboxFixture.start(DemoData.scenarioWithAccountsArriving(), 29, o -> o);
        var confirmed = Migrations.confirmed(fixture, dir, PlanOptions.defaults());
        onFx(() -> {
            wizard.walkTo(StepId.PREVIEW);
            wizard.fill(confirmed);
            following().setInterval(Duration.ofMillis(500));
        });
        robot.clickOn("#primaryButton");
        var model = (ImportViewModel) wizard.flow().model(StepId.IMPORT);
        waitUntil(() -> model.phaseProperty().get() == ImportPhase.FINISHED);

        // Offered, not started: it runs for up to an hour, so the person starts it.
        assertThat(robot.lookup("#followCard").query().isVisible()).isTrue();
        assertThat(text(robot, "#followHeadline")).isEqualTo("2 accounts are not in the new organization yet");
        assertThat(text(robot, "#followCoverage")).isEqualTo("Your confirmation of the import covers exactly the 18 "
                + "assignments the preview showed for these accounts (skipped there: not in the new organization yet), "
                + "nothing more.");
        assertThat(text(robot, "#followAccount-666666666666")).isEqualTo("666666666666 (larkspur-sandbox) — not in the "
                + "new organization yet · 10 assignments wait for it");
        assertThat(robot.lookup("#followButton").queryButton().getText()).isEqualTo("_Follow the accounts");
        check("follow-offered");

        click(robot, "#followButton");
        waitUntil(() -> text(robot, "#followDetail").startsWith("Last look at"));
        assertThat(text(robot, "#followAccount-666666666666")).matches("666666666666 \\(larkspur-sandbox\\) — not in the "
                + "new organization yet · 10 assignments wait for it · awaited since \\d\\d:\\d\\d:\\d\\d");
        assertThat(text(robot, "#followHeadline")).isEqualTo("Following the accounts: waiting for 2 of 2");
        assertThat(text(robot, "#followDetail")).matches("Last look at \\d\\d:\\d\\d:\\d\\d, next at \\d\\d:\\d\\d:\\d\\d\\. "
                + "Looking every 500 ms, gently: the Organizations API is shared by everything in both organizations, "
                + "until \\d\\d:\\d\\d:\\d\\d\\.");
        assertThat(robot.lookup("#followButton").query().isVisible()).isFalse();
        assertThat(robot.lookup("#primaryButton").queryButton().isDisabled()).as("the person may go on meanwhile")
                .isFalse();
        check("follow-waiting");

        click(robot, "#stopFollowingButton");
        waitUntil(() -> following().stateProperty().get() == AccountFollowing.State.STOPPED);
        assertThat(text(robot, "#followHeadline")).isEqualTo("Following was stopped with 2 accounts still awaited");
        assertThat(text(robot, "#followDetail")).isEqualTo("Follow again to pick up where it stopped: what is already in "
                + "place is left alone.");
        assertThat(robot.lookup("#followButton").queryButton().getText()).isEqualTo("_Follow again");

        AccountMoves.schedule(fixture.world(), List.of(DemoData.SECURITY, DemoData.SANDBOX),
                DemoData.TARGET_ORGANIZATION, fixture.world().now() + 1200);
        click(robot, "#followButton");
        waitUntil(() -> following().stateProperty().get() == AccountFollowing.State.DONE);
        assertThat(text(robot, "#followHeadline")).isEqualTo("✓ Every awaited account arrived, and its users got access");
        assertThat(text(robot, "#followAccount-666666666666")).matches("666666666666 \\(larkspur-sandbox\\) — arrived at "
                + "\\d\\d:\\d\\d:\\d\\d · users of larkspur-sandbox got access at \\d\\d:\\d\\d:\\d\\d");
        assertThat(text(robot, "#followAccount-555555555555")).contains("users of larkspur-security got access at");
        assertThat(robot.lookup("#stopFollowingButton").query().isVisible()).isFalse();
        check("follow-done");

        // The Finish step tells the same story and reads the migration again; the report has the timeline.
        onFx(() -> wizard.flow().advance());
        onFx(() -> wizard.flow().advance());
        assertThat(wizard.flow().current()).isEqualTo(StepId.FINISH);
        waitUntil(() -> text(robot, "#finishOutcome").startsWith("✓"));
        assertThat(text(robot, "#followAccount-666666666666")).contains("users of larkspur-sandbox got access at");
        check("finish-followed");
        Path report = dir.resolve("report.html");
        files.answer(report);
        click(robot, "#saveReport");
        waitUntil(() -> Files.exists(report));
        assertThat(Files.readString(report)).contains("id=\"moving-accounts\"")
                .contains("Every awaited account arrived, and its users got access.")
                .contains("666666666666 (larkspur-sandbox)").contains("id=\"outside-identity-center\"");
    }
}
