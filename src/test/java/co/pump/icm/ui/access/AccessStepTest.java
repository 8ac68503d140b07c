package co.pump.icm.ui.access;

import static co.pump.icm.ui.FxGuard.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import co.pump.icm.aws.AwsClients;
import co.pump.icm.plan.IdentitySource;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.testing.SandboxFixture;
import co.pump.icm.ui.FxGuard;
import co.pump.icm.ui.Screenshots;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.importing.ImportPhase;
import co.pump.icm.ui.importing.ImportView;
import co.pump.icm.ui.importing.ImportViewModel;
import co.pump.icm.ui.importing.Migrations;
import co.pump.icm.ui.importing.Scrolling;
import co.pump.icm.ui.importing.WizardHarness;
import co.pump.icm.ui.shell.StepDefinition;
import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.shell.ViewLoader;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
import software.amazon.awssdk.core.document.Document;

/** The Test step in the wizard's window, after a real import into the sandbox, driven like a person. */
@ExtendWith({ApplicationExtension.class, FxGuard.class})
class AccessStepTest {

    @TempDir
    Path dir;

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();
    private final WizardHarness wizard = new WizardHarness();
    private final RecordingLinks links = new RecordingLinks();
    private SandboxFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        wizard.start(stage, settings.app(), new TestFiles.QueuedFilePicker(), List.of(
                StepDefinition.of(StepId.IMPORT, context -> new ImportViewModel(context, Migrations.FAST),
                        model -> ViewLoader.load(new ImportView(model))),
                StepDefinition.of(StepId.TEST, context -> new AccessViewModel(context, Migrations.FAST, links),
                        model -> ViewLoader.load(new AccessView(model)))));
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

    /** Confirms the plan, imports it, and goes on to the Test step. */
    private void importThenTest(FxRobot robot, PlanOptions options) throws Exception {
        fixture = SandboxFixture.demo();
        var confirmed = Migrations.confirmed(fixture, dir, options);
        confirmed.demoModeProperty().set(true);
        onFx(() -> {
            wizard.walkTo(StepId.PREVIEW);
            wizard.fill(confirmed);
        });
        robot.clickOn("#primaryButton");
        var importing = (ImportViewModel) wizard.flow().model(StepId.IMPORT);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> importing.phaseProperty().get() == ImportPhase.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#primaryButton");
        assertThat(wizard.flow().current()).isEqualTo(StepId.TEST);
        waitForComparison();
    }

    private void waitForComparison() throws Exception {
        var model = (AccessViewModel) wizard.flow().model(StepId.TEST);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> model.drift().stateProperty().get() != DriftCard.State.CHECKING);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void showsNoDriftAfterTheImportThenTheDriftOfAUserDeletedInTheTarget(FxRobot robot) throws Exception {
        importThenTest(robot, PlanOptions.defaults());

        assertThat(text(robot, "#driftHeadline")).startsWith("✓ No drift");
        assertThat(robot.lookup("#driftList").query().isVisible()).isFalse();
        assertThat(robot.lookup("#idpCard").query().isVisible()).isFalse();
        assertThat(robot.lookup("#openPortal").queryButton().isDisabled())
                .as("no Open next to \"this address is not on the internet\" in the demo").isTrue();
        onFx(() -> Screenshots.save(stage.getScene(), "test-no-drift"));

        var snapshotUser = wizard.state().getSnapshot().config().users().get(3).userName();
        String storeId = wizard.state().planProperty().get().target().source().identityStoreId();
        try (var clients = AwsClients.open(fixture.target(), 4)) {
            String id = clients.identityStore().getUserId(r -> r.identityStoreId(storeId)
                    .alternateIdentifier(a -> a.uniqueAttribute(u -> u.attributePath("userName")
                            .attributeValue(Document.fromString(snapshotUser))))).userId();
            clients.identityStore().deleteUser(r -> r.identityStoreId(storeId).userId(id));
        }
        robot.clickOn("#compareButton");
        waitForComparison();

        assertThat(text(robot, "#driftHeadline")).startsWith("✗ ");
        assertThat(robot.lookup(".drift-line").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("✗ Users · " + snapshotUser + " — missing in the new organization");
        onFx(() -> Screenshots.save(stage.getScene(), "test-drift"));
    }

    @Test
    void thePortalUrlIsShownAndCopied(FxRobot robot) throws Exception {
        importThenTest(robot, PlanOptions.defaults());
        String storeId = wizard.state().planProperty().get().target().source().identityStoreId();
        String url = "https://" + storeId + ".awsapps.com/start";

        assertThat(robot.lookup("#portalUrl").queryAs(TextField.class).getText()).isEqualTo(url);
        robot.clickOn("#copyPortal");

        assertThat(links.copied()).containsExactly(url);
        assertThat(text(robot, "#portalFeedback")).startsWith("✓ Copied");

        robot.doubleClickOn("#portalUrl").eraseText(url.length()).write("larkspur.awsapps.com");
        assertThat(robot.lookup("#copyPortal").queryButton().isDisabled()).isTrue();
        assertThat(text(robot, "#portalProblem")).contains("is not an access portal URL such as");
        robot.clickOn("#portalDefault");
        assertThat(robot.lookup("#portalUrl").queryAs(TextField.class).getText()).isEqualTo(url);
    }

    @Test
    void anExternalIdentityProviderGetsTheChecklist(FxRobot robot) throws Exception {
        importThenTest(robot, PlanOptions.defaults().withIdentitySource(IdentitySource.MATCH));

        assertThat(robot.lookup("#idpCard").query().isVisible()).isTrue();
        assertThat(robot.lookup(".idp-step").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(step -> assertThat(step).startsWith("1.  ").contains("External identity provider"))
                // The wizard names its own steps, never the command line's commands.
                .anySatisfy(step -> assertThat(step).contains("(go back to the Preview step, with Options → Identity "
                        + "source → External IdP, and import)"))
                .anySatisfy(step -> assertThat(step).contains("(Sign in as a user, on the Test step)"))
                .allSatisfy(step -> assertThat(step).doesNotContainPattern("\\bicm\\b").doesNotContain("--"));
    }

    @Test
    void signsInAsAUserWithACodeApprovedOnTheDemoPageAndShowsWhatTheySee(FxRobot robot) throws Exception {
        importThenTest(robot, PlanOptions.defaults());
        var model = (AccessViewModel) wizard.flow().model(StepId.TEST);
        String sarah = "sarah.obrien@larkspur.example";
        @SuppressWarnings("unchecked")
        ComboBox<String> users = robot.lookup("#signInUser").queryAs(ComboBox.class);
        assertThat(users.getItems()).contains(sarah);
        onFx(() -> users.getSelectionModel().select(sarah));
        // The card is below the first two: scroll down to it, as a person would.
        onFx(() -> Scrolling.reveal(robot.lookup("#signInCard").query()));

        robot.clickOn("#signInButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.signIn().codeProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        // The page scrolls to the code by itself: the person reads it out next.
        onFx(() -> {
            var box = robot.lookup("#codeBox").query();
            var shown = box.localToScene(box.getLayoutBounds());
            var page = robot.lookup(".step-scroll").queryAs(javafx.scene.control.ScrollPane.class);
            var viewport = page.localToScene(page.getLayoutBounds());
            assertThat(shown.getMinY()).as("the code's top is in sight").isGreaterThanOrEqualTo(viewport.getMinY());
            assertThat(shown.getMaxY()).as("the code's bottom is in sight").isLessThanOrEqualTo(viewport.getMaxY());
            var cancel = robot.lookup("#signInCancel").query();
            var waiting = cancel.localToScene(cancel.getLayoutBounds());
            assertThat(waiting.getMaxY()).as("the wait's Cancel is in sight below it").isLessThanOrEqualTo(viewport.getMaxY());
        });
        String code = text(robot, "#deviceCode");
        assertThat(code).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
        assertThat(robot.lookup("#approveDemo").queryButton().getText()).isEqualTo("Approve as " + sarah + " (demo)");
        assertThat(robot.lookup("#signInButton").queryButton().isDisabled()).isTrue();
        onFx(() -> Screenshots.save(stage.getScene(), "test-sign-in-code"));

        robot.clickOn("#openBrowser");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !links.opened().isEmpty());
        assertThat(links.opened()).singleElement().asString().contains(code);
        robot.clickOn("#approveDemo");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> model.signIn().stateProperty().get() == SignInCard.State.DONE);
        WaitForAsyncUtils.waitForFxEvents();

        onFx(() -> Scrolling.reveal(robot.lookup("#signInCard").query()));
        assertThat(text(robot, "#signInHeadline")).startsWith("✓ " + sarah + " sees exactly what the snapshot gives them");
        assertThat(robot.lookup(".access-check").queryAllAs(Label.class)).hasSize(6)
                .allSatisfy(line -> assertThat(line.getText()).startsWith("✓ Present · "));
        assertThat(robot.lookup("#codeBox").query().isVisible()).isFalse();
        assertThat(wizard.state().accessTests()).hasSize(1);
        onFx(() -> Screenshots.save(stage.getScene(), "test-sign-in-result"));
    }
}
