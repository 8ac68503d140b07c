package co.pump.icm.ui.importing;

import static co.pump.icm.ui.FxGuard.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
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

import co.pump.icm.aws.AwsTarget;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.Clients;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.snapshot.SnapshotWriter;
import co.pump.icm.ui.FxGuard;
import co.pump.icm.ui.Screenshots;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.follow.AccountFollowing;
import co.pump.icm.ui.shell.StepDefinition;
import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.shell.ViewLoader;
import co.pump.icm.ui.state.AccountIdentity;
import co.pump.icm.ui.state.DemoSandbox;
import co.pump.icm.ui.state.MigrationState;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * In demo mode the account still in the current organization can be made to join now, and the
 * demo looks every 5 seconds (and says so), so that the architect can show an account arriving
 * and its users getting access during the call.
 */
@ExtendWith({ApplicationExtension.class, FxGuard.class})
class DemoFollowTest {

    @TempDir
    Path dir;

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();
    private final WizardHarness wizard = new WizardHarness();
    private DemoSandbox demo;

    @Start
    void start(Stage stage) {
        wizard.start(stage, settings.app(), new TestFiles.QueuedFilePicker(), List.of(
                StepDefinition.of(StepId.IMPORT, context -> new ImportViewModel(context, Migrations.FAST),
                        model -> ViewLoader.load(new ImportView(model)))));
        stage.setWidth(1280);
        stage.setHeight(720);
    }

    @Stop
    void stop() {
        wizard.stop();
        settings.remove();
    }

    @AfterEach
    void closeDemo() {
        if (demo != null) {
            demo.close();
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** A picture of the window with the follow card at the top of the page. */
    private static void shot(FxRobot robot, String name) {
        onFx(() -> {
            Scrolling.reveal(robot.lookup("#followCard").query());
            Screenshots.save(robot.lookup("#followCard").query().getScene(), name);
        });
    }

    /** The state the demo's Preview step leaves, against the demo sandbox. */
    private MigrationState confirmedDemo() {
        var state = new MigrationState();
        AwsTarget source = AwsTarget.withCredentials(Clients.credentials(demo.world().source()), demo.world().sourceRegion(),
                demo.endpoint());
        AwsTarget target = AwsTarget.withCredentials(Clients.credentials(demo.world().target()), demo.world().targetRegion(),
                demo.endpoint());
        Snapshot snapshot = SnapshotWriter.write(dir.resolve("larkspur.json"), Migrations.export(source), Instant.now());
        Plan plan = new TargetSession(target, Migrations.FAST).plan(snapshot.config(), PlanOptions.defaults(),
                co.pump.icm.aws.ExportListener.NONE);
        state.demoModeProperty().set(true);
        state.demoSandboxProperty().set(demo);
        state.snapshotProperty().set(snapshot);
        state.snapshotFileProperty().set(dir.resolve("larkspur.json"));
        state.sourceAwsProperty().set(source);
        state.sourceProperty().set(new AccountIdentity(DemoData.MANAGEMENT, "larkspur-management", DemoData.SOURCE_REGION,
                true));
        state.targetAwsProperty().set(target);
        state.targetConfigProperty().set(plan.target());
        state.targetProperty().set(new AccountIdentity(DemoData.TARGET_DELEGATED_ADMIN, "larkspur-identity",
                DemoData.TARGET_REGION, true));
        state.planProperty().set(plan);
        return state;
    }

    @Test
    void theDemoLetsTheAccountJoinNowAndItsUsersGetAccessAtTheNextLook(FxRobot robot) throws Exception {
        demo = DemoSandbox.start();
        MigrationState confirmed = confirmedDemo();
        onFx(() -> {
            wizard.walkTo(StepId.PREVIEW);
            wizard.fill(confirmed);
            wizard.state().demoSandboxProperty().set(demo);
        });
        robot.clickOn("#primaryButton");
        var model = (ImportViewModel) wizard.flow().model(StepId.IMPORT);
        waitUntil(() -> model.phaseProperty().get() == ImportPhase.FINISHED);
        AccountFollowing following = wizard.state().following();

        assertThat(text(robot, "#followHeadline")).isEqualTo("1 account is not in the new organization yet");
        assertThat(robot.lookup("#followButton").queryButton().getText()).isEqualTo("_Follow the account");
        assertThat(text(robot, "#followDetail")).endsWith("Following goes on while you test and finish the migration.");
        assertThat(text(robot, "#followDetail")).startsWith("Follow it, and the migrator looks at the new organization every 5 "
                + "seconds (the demo's organization is this computer's sandbox; against AWS it is every 30 seconds)");
        shot(robot, "follow-demo-offered");
        onFx(() -> Scrolling.reveal(robot.lookup("#followButton").query()));
        robot.clickOn("#followButton");
        waitUntil(() -> text(robot, "#followDetail").startsWith("Last look at"));
        assertThat(robot.lookup("#joinNowButton").query().isVisible()).isTrue();
        assertThat(robot.lookup("#joinNowButton").queryButton().getText()).isEqualTo("Let it _join now (demo)");
        shot(robot, "follow-demo-waiting");

        onFx(() -> Scrolling.reveal(robot.lookup("#joinNowButton").query()));
        robot.clickOn("#joinNowButton");
        waitUntil(() -> following.stateProperty().get() == AccountFollowing.State.DONE);
        assertThat(text(robot, "#followAccount-666666666666")).matches("666666666666 \\(larkspur-sandbox\\) — arrived at "
                + "\\d\\d:\\d\\d:\\d\\d · users of larkspur-sandbox got access at \\d\\d:\\d\\d:\\d\\d");
        synchronized (demo.sandbox().world()) {
            assertThat(demo.sandbox().world().instance(demo.world().targetInstanceArn()).orElseThrow().assignments)
                    .anyMatch(a -> a.accountId().equals(DemoData.SANDBOX));
        }
        shot(robot, "follow-demo-done");
    }
}
