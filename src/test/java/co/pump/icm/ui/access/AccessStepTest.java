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
import co.pump.icm.ui.importing.WizardHarness;
import co.pump.icm.ui.shell.StepDefinition;
import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.shell.ViewLoader;
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
        assertThat(text(robot, "#portalProblem")).isEqualTo("'larkspur.awsapps.com/start' is not an access portal URL such as "
                + "https://d-1234567890.awsapps.com/start. With a custom subdomain it looks like https://acme.awsapps.com/start.");
        robot.clickOn("#portalDefault");
        assertThat(robot.lookup("#portalUrl").queryAs(TextField.class).getText()).isEqualTo(url);
    }

    @Test
    void anExternalIdentityProviderGetsTheChecklist(FxRobot robot) throws Exception {
        importThenTest(robot, PlanOptions.defaults().withIdentitySource(IdentitySource.MATCH));

        assertThat(robot.lookup("#idpCard").query().isVisible()).isTrue();
        assertThat(robot.lookup(".idp-step").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(step -> assertThat(step).startsWith("1.  ").contains("External identity provider"));
    }
}
