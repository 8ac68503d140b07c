package co.pump.icm.ui.signin;

import static co.pump.icm.ui.FxGuard.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import co.pump.icm.aws.AwsTarget;
import co.pump.icm.aws.signin.PortalRoleCredentials;
import co.pump.icm.sandbox.data.SeededWorld;
import co.pump.icm.sandbox.state.SandboxCredential;
import co.pump.icm.ui.FxGuard;
import co.pump.icm.ui.Screenshots;
import co.pump.icm.ui.shell.StepId;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** Both sign-in steps in the wizard, driven like a person, against the demo sandbox. */
@ExtendWith({ApplicationExtension.class, FxGuard.class})
class SignInStepTest {

    private final List<URI> opened = new CopyOnWriteArrayList<>();
    private final SignInWizard app = new SignInWizard(SignInServices.defaults().withBrowser(opened::add));

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    @Stop
    void stop() {
        app.shutdown();
    }

    private static void waitUntil(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, condition::get);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    private static boolean showing(FxRobot robot, String id) {
        Node node = robot.lookup(id).query();
        return node != null && node.isVisible() && node.getScene() != null;
    }

    private void startDemo(FxRobot robot) throws Exception {
        robot.clickOn("#demoChoice");
        waitUntil(() -> app.flow().current() == StepId.SIGN_IN_SOURCE);
        waitUntil(() -> app.step(StepId.SIGN_IN_SOURCE).isValid());
    }

    private SeededWorld world() {
        return app.state.getDemoSandbox().world();
    }

    /** Every piece of text on screen (labels, fields, and the text nodes the skins draw), except masked fields. */
    private static List<String> visibleTexts() {
        var texts = new ArrayList<String>();
        onFx(() -> {
            for (Window window : Window.getWindows()) {
                if (window.getScene() != null) {
                    collect(window.getScene().getRoot(), texts);
                }
            }
        });
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled labeled) {
            texts.add(labeled.getText());
        }
        if (node instanceof TextInputControl input && !(node instanceof PasswordField)) {
            texts.add(input.getText());
        }
        if (node instanceof Text text) {
            texts.add(text.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    private static void assertNotOnScreen(String secret) {
        assertThat(visibleTexts()).as("no text on screen shows the secret").noneMatch(t -> t != null && t.contains(secret));
    }

    private void typeKeys(FxRobot robot, SandboxCredential keys, String secret) {
        replace(robot, "#accessKeyId", keys.accessKeyId());
        replace(robot, "#secretAccessKey", secret);
        replace(robot, "#sessionToken", keys.sessionToken() == null ? "" : keys.sessionToken());
    }

    private static void replace(FxRobot robot, String id, String text) {
        robot.doubleClickOn(id);
        robot.push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            robot.write(text);
        }
    }

    @Test
    void theDemoSignsInToBothAccountsAndShowsTheChecklist(FxRobot robot) throws Exception {
        startDemo(robot);

        assertThat(text(robot, "#headline")).isEqualTo("Who are you signed in as?");
        assertThat(text(robot, "#where")).isEqualTo("…in your current management account, the organization you move from.");
        assertThat(text(robot, "#verdict")).isEqualTo("✓ Ready: you can export from account 111111111111 (larkspur-management).");
        for (int i = 0; i < 5; i++) {
            assertThat(text(robot, "#check-mark-" + i)).isEqualTo("✓");
            assertThat(text(robot, "#check-title-" + i)).startsWith("OK · ");
        }
        assertThat(text(robot, "#check-title-4")).isEqualTo("OK · Current organization");
        assertThat(text(robot, "#fromIdentity")).isEqualTo("FROM 111111111111 (larkspur-management) · us-east-1 ✓");
        assertThat(robot.lookup("#primaryButton").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#advanced").queryAs(javafx.scene.control.TitledPane.class).isExpanded())
                .as("the endpoint stays tucked away").isFalse();
        assertThat(robot.lookup("#secretAccessKey").queryAs(PasswordField.class).getText())
                .isEqualTo(world().source().secretAccessKey());
        assertNotOnScreen(world().source().secretAccessKey());
        assertNotOnScreen(world().source().sessionToken());
        onFx(() -> Screenshots.save(robot.lookup("#headline").query().getScene(), "signin-source-checklist"));

        robot.clickOn("#primaryButton");
        assertThat(app.flow().current()).isEqualTo(StepId.EXPORT);
        robot.clickOn("#primaryButton");
        waitUntil(() -> app.flow().current() == StepId.SIGN_IN_TARGET && app.step(StepId.SIGN_IN_TARGET).isValid());

        assertThat(text(robot, "#where")).isEqualTo("…in the new delegated administrator account that Pump gave you.");
        assertThat(text(robot, "#verdict")).isEqualTo("✓ Ready: you can import into account 888888888888 (larkspur-identity).");
        assertThat(text(robot, "#check-title-4")).isEqualTo("OK · New organization");
        assertThat(text(robot, "#toIdentity")).isEqualTo("TO 888888888888 (larkspur-identity) · eu-west-1 ✓");
        assertThat(robot.lookup("#primaryButton").queryButton().isDisabled()).isFalse();
        assertThat(app.state.targetAwsProperty().get().endpoint()).isEqualTo(app.state.getDemoSandbox().endpoint());
        assertNotOnScreen(world().target().secretAccessKey());
        onFx(() -> Screenshots.save(robot.lookup("#headline").query().getScene(), "signin-target-checklist"));
    }

    @Test
    void backKeepsWhatWasChosen(FxRobot robot) throws Exception {
        startDemo(robot);
        robot.clickOn("#primaryButton").clickOn("#primaryButton");
        waitUntil(() -> app.step(StepId.SIGN_IN_TARGET).isValid());
        AwsTarget source = app.state.sourceAwsProperty().get();
        AwsTarget target = app.state.targetAwsProperty().get();
        long whoAmIs = app.state.getDemoSandbox().sandbox().calls().count("sts", "GetCallerIdentity");

        robot.clickOn("#backButton").clickOn("#backButton");

        assertThat(app.flow().current()).isEqualTo(StepId.SIGN_IN_SOURCE);
        assertThat(text(robot, "#verdict")).startsWith("✓ Ready: you can export from account 111111111111");
        assertThat(robot.lookup("#accessKeysTab").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#accessKeyId").queryTextInputControl().getText()).isEqualTo(world().source().accessKeyId());
        assertThat(robot.lookup("#secretAccessKey").queryAs(PasswordField.class).getText()).isNotEmpty();
        assertThat(robot.lookup("#primaryButton").queryButton().isDisabled()).isFalse();
        assertThat(app.state.sourceAwsProperty().get()).isSameAs(source);
        assertThat(app.state.targetAwsProperty().get()).as("the other step keeps its sign-in too").isSameAs(target);

        robot.clickOn("#primaryButton").clickOn("#primaryButton");
        assertThat(app.flow().current()).isEqualTo(StepId.SIGN_IN_TARGET);
        assertThat(text(robot, "#toIdentity")).isEqualTo("TO 888888888888 (larkspur-identity) · eu-west-1 ✓");
        assertThat(app.state.getDemoSandbox().sandbox().calls().count("sts", "GetCallerIdentity"))
                .as("nothing was checked again").isEqualTo(whoAmIs);
    }

    @Test
    void theNewAdminStepRefusesTheCurrentAccountsKeys(FxRobot robot) throws Exception {
        startDemo(robot);
        robot.clickOn("#primaryButton").clickOn("#primaryButton");
        waitUntil(() -> app.step(StepId.SIGN_IN_TARGET).isValid());
        SandboxCredential sourceKeys = world().source();

        typeKeys(robot, sourceKeys, sourceKeys.secretAccessKey());
        replace(robot, "#keysRegion", "us-east-1");
        robot.clickOn("#checkKeys");
        waitUntil(() -> !app.step(StepId.SIGN_IN_TARGET).checkingProperty().get());

        assertThat(text(robot, "#check-mark-4")).isEqualTo("✗");
        assertThat(text(robot, "#check-title-4")).isEqualTo("Problem · New organization");
        assertThat(text(robot, "#check-message-4")).isEqualTo("You signed in to account 111111111111 for both the current "
                + "and the new organization. Sign in to the delegated administrator account of the new organization, "
                + "which Pump gave you.");
        assertThat(text(robot, "#verdict")).startsWith("✗ Signed in to account 111111111111");
        assertThat(robot.lookup("#primaryButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#toIdentity").query().isVisible()).isFalse();
        assertNotOnScreen(sourceKeys.secretAccessKey());
    }

    @Test
    void wrongKeysShowAwsRefusalAsASentenceAndNoSecret(FxRobot robot) throws Exception {
        startDemo(robot);
        String wrong = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYWRONGKEY99";

        typeKeys(robot, world().source(), wrong);
        robot.clickOn("#checkKeys");
        waitUntil(() -> !app.step(StepId.SIGN_IN_SOURCE).checkingProperty().get()
                && !app.step(StepId.SIGN_IN_SOURCE).checklist().isEmpty());

        assertThat(text(robot, "#check-mark-0")).isEqualTo("✗");
        assertThat(text(robot, "#check-title-0")).isEqualTo("Problem · Credentials");
        assertThat(text(robot, "#check-message-0")).startsWith("AWS did not accept the credentials");
        assertThat(text(robot, "#check-mark-1")).isEqualTo("–");
        assertThat(text(robot, "#check-title-1")).isEqualTo("Not checked · Organization");
        assertThat(text(robot, "#verdict")).isEqualTo("✗ AWS did not accept this sign-in. The first line below says why.");
        assertThat(robot.lookup("#primaryButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#fromIdentity").query().isVisible()).isFalse();
        assertThat(visibleTexts()).noneMatch(t -> t != null && (t.contains("Exception") || t.contains("\tat ")));
        assertNotOnScreen(wrong);
        assertNotOnScreen(world().source().secretAccessKey());
        assertThat(robot.lookup("#secretAccessKey").queryAs(PasswordField.class).getText()).isEqualTo(wrong);
    }

    @Test
    void signingInWithIamIdentityCenterShowsACodeThenAccountsAndRoles(FxRobot robot) throws Exception {
        startDemo(robot);
        robot.clickOn("#identityCenterTab");
        assertThat(robot.lookup("#startUrl").queryTextInputControl().getText())
                .isEqualTo("https://" + world().sourceIdentityStoreId() + ".awsapps.com/start");

        robot.clickOn("#startDevice");
        waitUntil(() -> showing(robot, "#codeBox"));

        String code = text(robot, "#userCode");
        assertThat(code).matches("[A-Z]{4}-[A-Z]{4}");
        assertThat(text(robot, "#waitingText")).isEqualTo("Waiting for you to approve… The code works for 10 minutes.");
        onFx(() -> Screenshots.save(robot.lookup("#userCode").query().getScene(), "signin-device-code"));
        robot.clickOn("#openBrowser");
        waitUntil(() -> !opened.isEmpty());
        URI endpoint = app.state.getDemoSandbox().endpoint();
        assertThat(opened).containsExactly(URI.create(endpoint + "/device?user_code=" + code));
        assertThat(AwsFiles.approve(endpoint, code, AwsFiles.ADMIN_USER)).isEqualTo(200);

        waitUntil(() -> showing(robot, "#roleBox") && !app.step(StepId.SIGN_IN_SOURCE).device().choice().accounts().isEmpty());
        robot.clickOn("111111111111  ·  larkspur-management");
        waitUntil(() -> !app.step(StepId.SIGN_IN_SOURCE).device().choice().roles().isEmpty());
        robot.clickOn("AdministratorAccess");
        robot.clickOn("#useRole");
        waitUntil(() -> app.state.sourceAwsProperty().get() != null
                && app.state.sourceAwsProperty().get().credentials() instanceof PortalRoleCredentials);

        assertThat(text(robot, "#verdict")).isEqualTo("✓ Ready: you can export from account 111111111111 (larkspur-management).");
        assertThat(text(robot, "#check-message-0")).contains("AWSReservedSSO_AdministratorAccess")
                .endsWith("/" + AwsFiles.ADMIN_USER + ".");
        assertThat(text(robot, "#signedInAt")).isEqualTo("✓ Signed in at " + world().sourceIdentityStoreId()
                + ".awsapps.com");
        assertThat(text(robot, "#fromIdentity")).isEqualTo("FROM 111111111111 (larkspur-management) · us-east-1 ✓");
        assertThat(robot.lookup("#secretAccessKey").queryAs(PasswordField.class).getText())
                .as("the keys are let go once another sign-in is chosen").isEmpty();
        assertThat(robot.lookup("#sessionToken").queryAs(PasswordField.class).getText()).isEmpty();
    }

    @Test
    void aDeviceSignInCanBeCancelled(FxRobot robot) throws Exception {
        startDemo(robot);
        robot.clickOn("#identityCenterTab").clickOn("#startDevice");
        waitUntil(() -> showing(robot, "#codeBox"));

        robot.clickOn("#cancelDevice");
        waitUntil(() -> app.step(StepId.SIGN_IN_SOURCE).device().phaseProperty().get() == DeviceSignInForm.Phase.IDLE);

        assertThat(showing(robot, "#codeBox")).isFalse();
        assertThat(text(robot, "#deviceNotice")).isEqualTo("The sign-in was cancelled. Start it again when you are ready.");
        Button start = robot.lookup("#startDevice").queryButton();
        assertThat(start.isDisabled()).isFalse();
        assertThat(app.state.sourceProperty().get()).as("the demo's key sign-in is still the one in use").isNotNull();
        assertThat(app.state.getDemoSandbox().sandbox().calls().count("sso-oidc", "CreateToken")).isLessThan(5);
    }

    @Test
    void escapeCancelsTheWaitForApproval(FxRobot robot) throws Exception {
        startDemo(robot);
        robot.clickOn("#identityCenterTab").clickOn("#startDevice");
        waitUntil(() -> showing(robot, "#codeBox"));

        robot.type(KeyCode.ESCAPE);

        waitUntil(() -> app.step(StepId.SIGN_IN_SOURCE).device().phaseProperty().get() == DeviceSignInForm.Phase.IDLE);
        assertThat(robot.lookup("#deviceNotice").queryAs(Label.class).getText()).startsWith("The sign-in was cancelled.");
    }
}
