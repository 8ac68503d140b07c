package co.pump.icm.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.TimeUnit;

import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.sandbox.data.SeededWorld;
import co.pump.icm.ui.components.DemoRibbon;
import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.state.DemoSandbox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sts.StsClient;

/** "Try the demo": the sandbox starts in the background, answers as AWS would, and the wizard goes on. */
@ExtendWith({ApplicationExtension.class, FxGuard.class})
class DemoModeTest {

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

    private void waitForStep(StepId step) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.flow().current() == step);
    }

    @Test
    void theWindowOpensWithTheFocusOnTheFirstChoiceNotOnTheThemeToggle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node focused = robot.lookup("#migrateChoice").query().getScene().getFocusOwner();
        assertThat(focused).as("Enter or Space then chooses; on the theme toggle they would switch the theme")
                .isSameAs(robot.lookup("#migrateChoice").query());
    }

    @Test
    void tryTheDemoStartsTheSandboxShowsTheRibbonAndGoesOn(FxRobot robot) throws Exception {
        robot.clickOn("#demoChoice");
        waitForStep(StepId.SIGN_IN_SOURCE);

        DemoSandbox demo = app.state().getDemoSandbox();
        assertThat(demo).isNotNull();
        assertThat(app.state().isDemoMode()).isTrue();
        assertThat(demo.endpoint().getHost()).isEqualTo("127.0.0.1");
        assertThat(callerAccount(demo)).as("the sandbox answers STS as the source administrator")
                .isEqualTo(DemoData.MANAGEMENT);
        Label ribbon = robot.lookup("#demoRibbon").queryAs(Label.class);
        assertThat(ribbon.isVisible()).isTrue();
        assertThat(ribbon.getText()).isEqualTo(DemoRibbon.TEXT);
        assertThat(robot.lookup("#rail-mark-START").queryAs(Label.class).getText()).isEqualTo("✓");
    }

    @Test
    void backThenMigrateLeavesDemoModeAndStopsTheSandbox(FxRobot robot) throws Exception {
        robot.clickOn("#demoChoice");
        waitForStep(StepId.SIGN_IN_SOURCE);
        URI endpoint = app.state().getDemoSandbox().endpoint();

        robot.clickOn("#backButton");
        assertThat(robot.lookup("#demoMark").query().isVisible()).as("the demo choice is kept").isTrue();
        robot.clickOn("#migrateChoice");

        assertThat(app.flow().current()).isEqualTo(StepId.SIGN_IN_SOURCE);
        assertThat(app.state().isDemoMode()).isFalse();
        assertThat(app.state().getDemoSandbox()).isNull();
        assertThat(robot.lookup("#demoRibbon").query().isVisible()).isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !listening(endpoint));
    }

    @Test
    void theDemoSandboxIsStartedOnceAndKeptWhenComingBack(FxRobot robot) throws Exception {
        robot.clickOn("#demoChoice");
        waitForStep(StepId.SIGN_IN_SOURCE);
        DemoSandbox first = app.state().getDemoSandbox();

        robot.clickOn("#backButton").clickOn("#primaryButton");

        assertThat(app.flow().current()).isEqualTo(StepId.SIGN_IN_SOURCE);
        assertThat(app.state().getDemoSandbox()).isSameAs(first);
    }

    @Test
    void exitStopsTheDemoSandbox(FxRobot robot) throws Exception {
        robot.clickOn("#demoChoice");
        waitForStep(StepId.SIGN_IN_SOURCE);
        DemoSandbox demo = app.state().getDemoSandbox();

        app.shutdown();

        assertThatThrownBy(() -> callerAccount(demo)).isInstanceOf(Exception.class);
    }

    private static String callerAccount(DemoSandbox demo) {
        SeededWorld world = demo.world();
        var credentials = AwsSessionCredentials.create(world.source().accessKeyId(),
                world.source().secretAccessKey(), world.source().sessionToken());
        try (StsClient sts = StsClient.builder()
                .endpointOverride(demo.endpoint())
                .region(Region.of(world.sourceRegion()))
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
            return sts.getCallerIdentity().account();
        }
    }

    private static boolean listening(URI endpoint) {
        try (var socket = new Socket(endpoint.getHost(), endpoint.getPort())) {
            return socket.isConnected();
        } catch (IOException e) {
            return false;
        }
    }
}
