package co.pump.icm.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import co.pump.icm.testing.SandboxFixture;
import co.pump.icm.ui.FxGuard;
import co.pump.icm.ui.shell.StepId;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The "AWS profile" tab with AWS files of the test's own, pointing at the sandbox. */
@ExtendWith({ApplicationExtension.class, FxGuard.class})
class ProfileTabTest {

    private static SandboxFixture fixture;

    @TempDir
    static Path dir;

    private SignInWizard app;

    @BeforeAll
    static void startSandbox() {
        fixture = SandboxFixture.demo();
    }

    @AfterAll
    static void stopSandbox() {
        fixture.close();
    }

    @Start
    void start(Stage stage) {
        var files = new AwsFiles(dir, fixture.sandbox().endpoint(), fixture.seeded());
        app = new SignInWizard(SignInServices.defaults().withProfiles(files::signIn).withBrowser(page -> { }));
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

    @Test
    void theProfilesShowWithKindAndRegionAndOneCanBeChecked(FxRobot robot) throws Exception {
        robot.clickOn("#migrateChoice");
        TableView<?> table = robot.lookup("#profileTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 6);

        assertThat(robot.lookup(".table-row-cell").queryAll()).isNotEmpty();
        for (String shown : new String[] {"default", "larkspur", "larkspur-sso", "pump-admin", "access keys",
                "IAM Identity Center", "assume role", "no usable credentials", "eu-west-1", "—"}) {
            assertThat(robot.lookup(".table-cell").queryAllAs(Labeled.class)).as(shown)
                    .anyMatch(cell -> shown.equals(cell.getText()));
        }
        // The names, kinds and regions are read in full: no header or cell is cut short while the
        // page has room (the last column takes what is left).
        assertThat(org.testfx.util.WaitForAsyncUtils.asyncFx(() -> co.pump.icm.ui.LayoutCheck.tableProblems(table, 1.0))
                .get()).isEmpty();

        robot.clickOn("pump-admin");
        assertThat(robot.lookup("#profileRegionField").queryTextInputControl().getText()).isEqualTo("eu-west-1");
        assertThat(text(robot, "#profileSummary")).isEqualTo("pump-admin: temporary access keys");
        robot.clickOn("#checkProfile");
        waitUntil(() -> app.step(StepId.SIGN_IN_SOURCE).isValid());
        assertThat(text(robot, "#fromIdentity")).isEqualTo("FROM 888888888888 (larkspur-identity) · eu-west-1 ✓");

        robot.clickOn("larkspur");
        assertThat(robot.lookup("#profileRegionField").queryTextInputControl().getText()).isEqualTo("us-east-1");
        robot.clickOn("#checkProfile");
        waitUntil(() -> app.step(StepId.SIGN_IN_SOURCE).isValid());

        assertThat(text(robot, "#verdict")).isEqualTo("✓ Ready: you can export from account 111111111111 (larkspur-management).");
        assertThat(text(robot, "#fromIdentity")).isEqualTo("FROM 111111111111 (larkspur-management) · us-east-1 ✓");
        assertThat(robot.lookup("#primaryButton").queryButton().isDisabled()).isFalse();
    }

    @Test
    void anIdentityCenterProfileWithoutASignInOpensTheInAppSignIn(FxRobot robot) throws Exception {
        robot.clickOn("#migrateChoice");
        waitUntil(() -> !robot.lookup("#profileTable").queryTableView().getItems().isEmpty());

        robot.clickOn("larkspur-sso").clickOn("#checkProfile");
        waitUntil(() -> app.step(StepId.SIGN_IN_SOURCE).methodProperty().get() == SignInMethod.IDENTITY_CENTER);

        assertThat(robot.lookup("#identityCenterTab").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#startUrl").queryTextInputControl().getText()).isEqualTo(AwsFiles.startUrl(fixture.seeded()));
        assertThat(robot.lookup("#deviceRegion").queryTextInputControl().getText()).isEqualTo("us-east-1");
        assertThat(text(robot, "#deviceNotice")).isEqualTo("You have not signed in to IAM Identity Center with the "
                + "profile 'larkspur-sso' on this computer. Sign in with IAM Identity Center here, or run: "
                + "aws sso login --profile larkspur-sso");
        assertThat(robot.lookup("#primaryButton").queryButton().isDisabled()).isTrue();
    }
}
