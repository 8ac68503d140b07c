package co.pump.icm.ui;

import static co.pump.icm.ui.FxGuard.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.state.AccountIdentity;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The wizard's frame, driven like a person: start, rail, Next and Back, header, theme. */
@ExtendWith({ApplicationExtension.class, FxGuard.class})
class WizardShellTest {

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();
    private WizardApp app;

    @Start
    void start(Stage stage) {
        app = new WizardApp(settings.app(), new TestFiles.QueuedFilePicker());
        app.start(stage);
    }

    @Stop
    void stop() {
        app.shutdown();
        settings.remove();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryButton();
    }

    @Test
    void opensOnTheStartStepWithNextDisabledUntilAChoice(FxRobot robot) {
        assertThat(text(robot, "#appTitle")).isEqualTo("Identity Center Migrator");
        assertThat(text(robot, "#headline")).isEqualTo("How would you like to start?");
        assertThat(text(robot, "#rail-mark-START")).isEqualTo("●");
        assertThat(text(robot, "#rail-mark-SIGN_IN_SOURCE")).isEmpty();
        assertThat(button(robot, "#primaryButton").isDisabled()).isTrue();
        assertThat(button(robot, "#primaryButton").getText()).isEqualTo("_Next ›");
        assertThat(button(robot, "#backButton").isDisabled()).isTrue();
        assertThat(text(robot, "#statusText")).isEqualTo("Nothing has been written yet.");
        assertThat(robot.lookup("#demoRibbon").query().isVisible()).isFalse();
        assertThat(robot.lookup("#fromIdentity").query().isVisible()).isFalse();
    }

    @Test
    void aDoneStepOnTheRailIsAWayBackByMouseAndByKeyboard(FxRobot robot) {
        robot.clickOn("#migrateChoice");
        assertThat(app.flow().current()).isEqualTo(StepId.SIGN_IN_SOURCE);
        assertThat(robot.lookup("#rail-START").query().isFocusTraversable()).isTrue();
        assertThat(robot.lookup("#rail-EXPORT").query().isFocusTraversable()).as("a step ahead is not a link").isFalse();

        robot.clickOn("#rail-START");
        assertThat(app.flow().current()).isEqualTo(StepId.START);

        robot.clickOn("#migrateChoice");
        FxGuard.onFx(() -> robot.lookup("#rail-START").query().requestFocus());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertThat(app.flow().current()).isEqualTo(StepId.START);
    }

    @Test
    void theWindowFitsTheScreenItOpensOn(FxRobot robot) {
        Stage window = (Stage) robot.lookup("#appTitle").query().getScene().getWindow();
        var visible = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(window.getWidth()).isLessThanOrEqualTo(visible.getWidth());
        assertThat(window.getHeight()).isLessThanOrEqualTo(visible.getHeight());
        assertThat(window.getX()).isGreaterThanOrEqualTo(visible.getMinX());
        assertThat(window.getY()).isGreaterThanOrEqualTo(visible.getMinY());
        assertThat(window.getY() + window.getHeight()).isLessThanOrEqualTo(visible.getMaxY());
    }

    @Test
    void theWindowCarriesTheProductIconInEverySize(FxRobot robot) {
        Stage window = (Stage) robot.lookup("#appTitle").query().getScene().getWindow();
        assertThat(window.getIcons()).extracting(i -> (int) i.getWidth()).containsExactly(16, 24, 32, 48, 64, 128, 256);
    }

    @Test
    void migrateGoesOnAndBackKeepsTheChoice(FxRobot robot) {
        robot.clickOn("#migrateChoice");

        assertThat(app.flow().current()).isEqualTo(StepId.SIGN_IN_SOURCE);
        assertThat(text(robot, "#rail-mark-START")).isEqualTo("✓");
        assertThat(text(robot, "#rail-mark-SIGN_IN_SOURCE")).isEqualTo("●");
        assertThat(text(robot, "#rail-mark-EXPORT")).isEmpty();
        assertThat(text(robot, "#headline")).isEqualTo("Who are you signed in as?");
        assertThat(text(robot, "#where")).isEqualTo("…in your current management account, the organization you move from.");
        assertThat(robot.lookup("#rail-START").query().getStyleClass()).contains("rail-done");

        robot.clickOn("#backButton");

        assertThat(app.flow().current()).isEqualTo(StepId.START);
        assertThat(text(robot, "#rail-mark-START")).isEqualTo("●");
        assertThat(text(robot, "#rail-mark-SIGN_IN_SOURCE")).isEmpty();
        assertThat(robot.lookup("#migrateMark").query().isVisible()).as("the choice is kept").isTrue();
        assertThat(button(robot, "#primaryButton").isDisabled()).isFalse();
        assertThat(app.state().isDemoMode()).isFalse();
    }

    @Test
    void enterPressesNextWhileTheStepCanGoOn(FxRobot robot) {
        robot.clickOn("#migrateChoice");
        assertThat(app.flow().current()).isEqualTo(StepId.SIGN_IN_SOURCE);
        assertThat(button(robot, "#primaryButton").isDisabled()).as("signing in comes first").isTrue();
        robot.type(KeyCode.ENTER);
        assertThat(app.flow().current()).as("Enter does nothing while Next is disabled").isEqualTo(StepId.SIGN_IN_SOURCE);
        robot.clickOn("#backButton").type(KeyCode.ENTER);
        assertThat(app.flow().current()).as("Enter is Next once the step can go on").isEqualTo(StepId.SIGN_IN_SOURCE);
    }

    @Test
    void theHeaderShowsBothIdentitiesOnceKnown(FxRobot robot) {
        onFx(() -> {
            app.state().sourceProperty().set(new AccountIdentity("111111111111", "acme-management", "us-east-1", true));
            app.state().targetProperty().set(new AccountIdentity("888888888888", "acme-identity-admin", "eu-west-1",
                    false));
        });

        assertThat(text(robot, "#fromIdentity")).isEqualTo("FROM 111111111111 (acme-management) · us-east-1 ✓");
        assertThat(text(robot, "#toIdentity")).isEqualTo("TO 888888888888 (acme-identity-admin) · eu-west-1 ⚠");
        assertThat(robot.lookup("#fromIdentity").query().isVisible()).isTrue();
    }

    @Test
    void theFooterSaysWhenSomethingHasBeenWritten(FxRobot robot) {
        onFx(() -> app.state().writesStartedProperty().set(true));

        assertThat(text(robot, "#statusText")).isEqualTo("Changes have been written to the new organization.");
    }

    @Test
    void theThemeToggleSwitchesToDarkAndIsRemembered(FxRobot robot) {
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");

        robot.clickOn("#themeToggle");

        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        assertThat(settings.app().darkTheme()).isTrue();

        robot.clickOn("#themeToggle");
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
        assertThat(settings.app().darkTheme()).isFalse();
    }

    @Test
    void theBackMnemonicWorksFromTheKeyboard(FxRobot robot) {
        robot.clickOn("#migrateChoice");
        robot.press(KeyCode.ALT).type(KeyCode.B).release(KeyCode.ALT);

        assertThat(app.flow().current()).isEqualTo(StepId.START);
    }
}
