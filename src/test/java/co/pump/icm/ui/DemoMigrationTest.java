package co.pump.icm.ui;

import static co.pump.icm.ui.FxGuard.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import co.pump.icm.compare.Category;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.Plan;
import co.pump.icm.sandbox.CallLog;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.ui.access.AccessViewModel;
import co.pump.icm.ui.access.DriftCard;
import co.pump.icm.ui.export.ExportViewModel;
import co.pump.icm.ui.importing.ImportPhase;
import co.pump.icm.ui.importing.ImportViewModel;
import co.pump.icm.ui.preview.PlanRow;
import co.pump.icm.ui.preview.PreviewViewModel;
import co.pump.icm.ui.shell.StepId;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
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
 * The whole demo migration in the real wizard, driven like a person: every step as built, one
 * after the other, against the demo sandbox the Start step launches, at the pace the app uses.
 */
@ExtendWith({ApplicationExtension.class, FxGuard.class})
class DemoMigrationTest {

    private static final String USER = "daniel.reyes@larkspur.example";

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

    // ---- helpers ------------------------------------------------------------------------------

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Labeled.class).getText();
    }

    private boolean primaryEnabled(FxRobot robot) {
        return !robot.lookup("#primaryButton").queryButton().isDisabled();
    }

    private void shot(String name) {
        onFx(() -> Screenshots.save(stage.getScene(), "demo-" + name));
    }

    private CallLog calls() {
        return app.state().getDemoSandbox().sandbox().calls();
    }

    private SandboxInstance targetInstance() {
        return app.state().getDemoSandbox().sandbox().world()
                .instance(app.state().getDemoSandbox().world().targetInstanceArn()).orElseThrow();
    }

    private <M> M model(StepId step, Class<M> type) {
        return type.cast(app.flow().model(step));
    }

    private void startDemo(FxRobot robot) throws Exception {
        shot("0-start");
        robot.clickOn("#demoChoice");
        waitUntil(() -> app.flow().current() == StepId.SIGN_IN_SOURCE && app.flow().model(StepId.SIGN_IN_SOURCE).isValid());
    }

    /** Start → demo → sign in to the source → export and save → sign in to the target → Preview with its plan. */
    private void walkToPreview(FxRobot robot) throws Exception {
        startDemo(robot);
        assertThat(text(robot, "#verdict")).startsWith("✓ Ready: you can export from account " + DemoData.MANAGEMENT);
        shot("1-sign-in");
        files.answer(folder.resolve("larkspur.json"));
        robot.clickOn("#primaryButton");

        assertThat(app.flow().current()).isEqualTo(StepId.EXPORT);
        ExportViewModel export = model(StepId.EXPORT, ExportViewModel.class);
        waitUntil(() -> export.phaseProperty().get() == ExportViewModel.Phase.UNSAVED
                || export.phaseProperty().get() == ExportViewModel.Phase.SAVED);
        // The step may save by itself at any moment (the file picker answers at once): click Save
        // only while it is really on screen.
        waitUntil(() -> export.phaseProperty().get() == ExportViewModel.Phase.SAVED
                || robot.lookup("#saveButton").match(javafx.scene.Node::isVisible).tryQuery().isPresent());
        if (export.phaseProperty().get() != ExportViewModel.Phase.SAVED) {
            robot.clickOn("#saveButton");
        }
        waitUntil(() -> export.phaseProperty().get() == ExportViewModel.Phase.SAVED);
        assertThat(text(robot, "#savedText")).startsWith("Saved to " + folder.resolve("larkspur.json").toAbsolutePath());
        assertThat(app.state().getSnapshot()).isNotNull();
        shot("2-export");
        robot.clickOn("#primaryButton");

        waitUntil(() -> app.flow().current() == StepId.SIGN_IN_TARGET && app.flow().model(StepId.SIGN_IN_TARGET).isValid());
        assertThat(text(robot, "#verdict")).startsWith("✓ Ready: you can import into account "
                + DemoData.TARGET_DELEGATED_ADMIN);
        shot("3-sign-in-new-admin");
        robot.clickOn("#primaryButton");

        assertThat(app.flow().current()).isEqualTo(StepId.PREVIEW);
        waitForPlan();
    }

    private void waitForPlan() throws Exception {
        PreviewViewModel preview = model(StepId.PREVIEW, PreviewViewModel.class);
        waitUntil(() -> preview.phaseProperty().get() == PreviewViewModel.Phase.READY && !preview.busyProperty().get());
    }

    @SuppressWarnings("unchecked")
    private static TableView<PlanRow> table(FxRobot robot) {
        return robot.lookup("#planTable").queryAs(TableView.class);
    }

    private static PlanRow row(FxRobot robot, String label) {
        return table(robot).getItems().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    /** Scrolls the row into view and clicks its checkbox, as a person would. */
    private static void clickCheckbox(FxRobot robot, String label) throws Exception {
        TableView<PlanRow> table = table(robot);
        onFx(() -> table.scrollTo(table.getItems().indexOf(row(robot, label))));
        WaitForAsyncUtils.waitForFxEvents();
        // The row's cell exists once the table has laid it out after scrolling: wait for it.
        waitUntil(() -> robot.lookup(".table-row-cell").match((TableRow<PlanRow> r) -> r.getItem() != null
                && r.getItem().label().equals(label)).tryQuery().isPresent());
        Node rowNode = robot.lookup(".table-row-cell").match((TableRow<PlanRow> r) -> r.getItem() != null
                && r.getItem().label().equals(label)).query();
        robot.clickOn(rowNode.lookup(".check-box"));
    }

    private Plan plan() {
        return app.state().planProperty().get();
    }

    private void confirmImport(FxRobot robot) {
        robot.clickOn("#primaryButton");
        assertThat(robot.lookup("#confirmImport").tryQuery()).isPresent();
        String account = DemoData.TARGET_DELEGATED_ADMIN;
        robot.clickOn("#confirmAccount").write(account.substring(account.length() - 4));
        assertThat(robot.lookup("#confirmImportButton").query().isDisabled()).isFalse();
        assertThat(calls().anyWrite()).as("nothing is written before the confirmation").isFalse();
        robot.clickOn("#confirmImportButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.flow().current()).isEqualTo(StepId.IMPORT);
    }

    private void waitForImport() throws Exception {
        ImportViewModel importing = model(StepId.IMPORT, ImportViewModel.class);
        waitUntil(() -> importing.phaseProperty().get() == ImportPhase.FINISHED);
    }

    // ---- tests --------------------------------------------------------------------------------

    @Test
    void theWholeDemoMigrationFromStartToFinish(FxRobot robot) throws Exception {
        walkToPreview(robot);
        assertThat(calls().anyWrite()).as("signing in, exporting and planning write nothing").isFalse();

        Plan shown = plan();
        assertThat(text(robot, "#chip-create")).isEqualTo("+  Create  " + shown.count(ChangeKind.CREATE));
        assertThat(text(robot, "#chip-update")).isEqualTo("✎  Update  " + shown.count(ChangeKind.UPDATE));
        assertThat(text(robot, "#chip-unchanged")).isEqualTo("=  Unchanged  " + shown.count(ChangeKind.UNCHANGED));
        assertThat(text(robot, "#chip-skip")).isEqualTo("⊘  Skip  " + shown.count(ChangeKind.SKIP));
        assertThat(text(robot, "#chip-conflict")).isEqualTo("⚠  Conflict  " + shown.count(ChangeKind.CONFLICT));
        int before = shown.writes().size();
        assertThat(robot.lookup("#primaryButton").queryButton().getText()).isEqualTo("_Import " + before + " changes ›");
        shot("4-preview");

        clickCheckbox(robot, USER);
        waitForPlan();

        Plan chosen = plan();
        assertThat(chosen.options().deselected()).contains("user:" + USER);
        assertThat(chosen.writes().size()).isLessThan(before);
        assertThat(robot.lookup("#primaryButton").queryButton().getText())
                .isEqualTo("_Import " + chosen.writes().size() + " changes ›");
        assertThat(row(robot, USER).kind()).isEqualTo(ChangeKind.SKIP);
        List<Change<?>> dependents = chosen.changes().stream()
                .filter(c -> c.category() == Category.MEMBERSHIPS || c.category() == Category.ASSIGNMENTS)
                .filter(c -> c.label().contains(USER)).toList();
        assertThat(dependents).isNotEmpty().allSatisfy(c -> assertThat(c.kind()).isEqualTo(ChangeKind.SKIP));

        SandboxInstance target = targetInstance();
        int users = target.users.size();
        int groups = target.groups.size();
        int memberships = target.memberships.size();
        int permissionSets = target.permissionSets.size();
        int assignments = target.assignments.size();

        confirmImport(robot);
        waitForImport();
        assertThat(text(robot, "#summaryHeadline")).isEqualTo("✓ " + chosen.writes().size() + " changes made · 0 failed");
        shot("5-import");
        robot.clickOn("#primaryButton");

        assertThat(app.flow().current()).isEqualTo(StepId.TEST);
        int writesBeforeTest = calls().writes().size();
        AccessViewModel access = model(StepId.TEST, AccessViewModel.class);
        waitUntil(() -> access.drift().stateProperty().get() != DriftCard.State.CHECKING);
        assertThat(text(robot, "#driftHeadline")).startsWith("✓ No drift");
        assertThat(calls().writes()).as("the Test step only reads").hasSize(writesBeforeTest);
        shot("6-test");
        robot.clickOn("#primaryButton");

        assertThat(app.flow().current()).isEqualTo(StepId.FINISH);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !text(robot, "#finishOutcome").startsWith("Reading"));
        assertThat(text(robot, "#finishOutcome")).isEqualTo("✓ " + chosen.writes().size() + " changes made in "
                + DemoData.TARGET_DELEGATED_ADMIN + " · 0 failed");
        shot("7-finish");

        assertThat(target.users.size()).isEqualTo(users + chosen.count(Category.USERS, ChangeKind.CREATE));
        assertThat(target.groups.size()).isEqualTo(groups + chosen.count(Category.GROUPS, ChangeKind.CREATE));
        assertThat(target.memberships.size()).isEqualTo(memberships + chosen.count(Category.MEMBERSHIPS, ChangeKind.CREATE));
        assertThat(target.permissionSets.size())
                .isEqualTo(permissionSets + chosen.count(Category.PERMISSION_SETS, ChangeKind.CREATE));
        assertThat(target.assignments.size()).isEqualTo(assignments + chosen.count(Category.ASSIGNMENTS, ChangeKind.CREATE));
        assertThat(target.users.values()).extracting(u -> u.userName()).doesNotContain(USER)
                .contains("aisha.khan@larkspur.example");
        assertThat(calls().writes()).as("writes went only to the new organization")
                .allSatisfy(c -> assertThat(c.account()).isEqualTo(DemoData.TARGET_DELEGATED_ADMIN));
    }

    @Test
    void backFromPreviewToExportKeepsTheSnapshotAndTheOptions(FxRobot robot) throws Exception {
        walkToPreview(robot);
        clickCheckbox(robot, USER);
        waitForPlan();
        var snapshot = app.state().getSnapshot();
        var options = app.state().getPlanOptions();
        int writes = plan().writes().size();

        robot.clickOn("#backButton");
        assertThat(app.flow().current()).isEqualTo(StepId.SIGN_IN_TARGET);
        robot.clickOn("#backButton");
        assertThat(app.flow().current()).isEqualTo(StepId.EXPORT);
        assertThat(text(robot, "#savedText")).startsWith("Saved to " + folder.resolve("larkspur.json").toAbsolutePath());
        assertThat(primaryEnabled(robot)).isTrue();

        robot.clickOn("#primaryButton");
        waitUntil(() -> app.flow().current() == StepId.SIGN_IN_TARGET && app.flow().model(StepId.SIGN_IN_TARGET).isValid());
        robot.clickOn("#primaryButton");
        assertThat(app.flow().current()).isEqualTo(StepId.PREVIEW);
        waitForPlan();

        assertThat(app.state().getSnapshot()).isSameAs(snapshot);
        assertThat(app.state().getPlanOptions()).isEqualTo(options);
        assertThat(plan().writes()).hasSize(writes);
        assertThat(row(robot, USER).kind()).isEqualTo(ChangeKind.SKIP);
        assertThat(calls().anyWrite()).isFalse();
    }

    @Test
    void cancelDuringTheImportShowsWhatWasDoneAndTheRestCompletesAfter(FxRobot robot) throws Exception {
        walkToPreview(robot);
        int writes = plan().writes().size();
        confirmImport(robot);
        waitUntil(() -> robot.lookup("#overallBar").queryAs(ProgressBar.class).getProgress() > 0.05);

        assertThat(robot.lookup("#backButton").queryButton().isDisabled()).as("Back during the import").isTrue();
        shot("5-import-progress");
        robot.clickOn("#cancelButton");
        waitForImport();

        assertThat(text(robot, "#summaryHeadline")).startsWith("Stopped · ").endsWith(" not started");
        // Cancel, once pressed, is disabled: the focus stays on the step, not on the rail's Start
        // (where Enter would leave the import).
        WaitForAsyncUtils.waitForFxEvents();
        Node focused = robot.lookup("#backButton").query().getScene().getFocusOwner();
        assertThat(focused).as("the focus after Cancel").isNotNull();
        for (Node at = focused; at != null; at = at.getParent()) {
            assertThat(at.getId()).as("the focus after Cancel is not on the rail").isNotEqualTo("rail-START");
        }
        assertThat(app.state().applyResultProperty().get().cancelled()).isTrue();
        int made = calls().writes().size();
        assertThat(made).isPositive();

        robot.clickOn("#retryButton");
        waitForImport();

        assertThat(text(robot, "#summaryHeadline")).startsWith("✓ ").endsWith(" made · 0 failed");
        assertThat(app.state().applyResultProperty().get().succeeded()).isTrue();
        // The demo's requests never reach AWS: no line on the step says they did.
        assertThat(robot.lookup((Node n) -> n instanceof Labeled && n.isVisible()).queryAllAs(Labeled.class))
                .extracting(Labeled::getText).filteredOn(t -> t != null && t.contains("AWS"))
                .allSatisfy(line -> assertThat(line).doesNotContain("to AWS").doesNotContain("AWS request"))
                .anySatisfy(line -> assertThat(line).matches("\\d+ requests to the demo's local AWS in \\d+\u00a0s"));
        assertThat(targetInstance().users.values()).extracting(u -> u.userName()).contains(USER);
        assertThat(writes).isPositive();
    }
}
