package co.pump.icm.ui.preview;

import static co.pump.icm.ui.FxGuard.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import co.pump.icm.compare.Category;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.plan.Planner;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.testing.SandboxFixture;
import co.pump.icm.ui.FxGuard;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.shell.PlaceholderStep;
import co.pump.icm.ui.shell.StepDefinition;
import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.shell.ViewLoader;
import co.pump.icm.ui.state.AccountIdentity;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.FxTaskExecutor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
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

/** The Preview step against the demo sandbox, driven like a person. */
@ExtendWith({ApplicationExtension.class, FxGuard.class})
class PreviewStepTest {

    @TempDir
    static Path folder;

    private static SandboxFixture fixture;
    private static Snapshot snapshot;

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final MigrationState state = new MigrationState();
    private StepHarness harness;

    @BeforeAll
    static void exportTheDemo() {
        fixture = SandboxFixture.demo();
        snapshot = DemoSnapshots.export(fixture, folder.resolve("larkspur.json"));
    }

    @AfterAll
    static void stopTheSandbox() {
        fixture.close();
    }

    @Start
    void start(Stage stage) {
        fixture.sandbox().calls().clear();
        state.snapshotProperty().set(snapshot);
        state.targetAwsProperty().set(fixture.target());
        state.targetProperty().set(new AccountIdentity(DemoData.TARGET_DELEGATED_ADMIN, "larkspur-identity",
                DemoData.TARGET_REGION, true));
        harness = StepHarness.show(stage, state, settings, new TestFiles.QueuedFilePicker(), tasks, List.of(
                StepDefinition.of(StepId.PREVIEW, context -> new PreviewViewModel(context, DemoSnapshots.FAST),
                        model -> ViewLoader.load(new PreviewView(model))),
                PlaceholderStep.definition(StepId.IMPORT)));
    }

    @Stop
    void stop() {
        tasks.shutdown();
        settings.remove();
    }

    private PreviewViewModel model() {
        return (PreviewViewModel) harness.flow().model(StepId.PREVIEW);
    }

    private void waitForPlan() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> model().phaseProperty().get() == PreviewViewModel.Phase.READY && !model().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    /** A control's text as the user reads it: without the marker of its keyboard shortcut. */
    private static String shownText(javafx.scene.control.Labeled control) {
        return control.isMnemonicParsing() ? control.getText().replaceFirst("_(?=.)", "") : control.getText();
    }

    @Test
    void showsTheCountsOfThePlanAndWritesNothing(FxRobot robot) throws Exception {
        waitForPlan();

        Plan expected = Planner.plan(snapshot.config(), state.targetConfigProperty().get(), PlanOptions.defaults());
        assertThat(text(robot, "#chip-create")).isEqualTo("+  Create  " + expected.count(ChangeKind.CREATE));
        assertThat(text(robot, "#chip-update")).isEqualTo("✎  Update  " + expected.count(ChangeKind.UPDATE));
        assertThat(text(robot, "#chip-unchanged")).isEqualTo("=  Unchanged  " + expected.count(ChangeKind.UNCHANGED));
        assertThat(text(robot, "#chip-skip")).isEqualTo("⊘  Skip  " + expected.count(ChangeKind.SKIP));
        assertThat(text(robot, "#chip-conflict")).isEqualTo("⚠  Conflict  " + expected.count(ChangeKind.CONFLICT));
        // The user disabled in the source is left out unless the option is ticked.
        assertThat(expected.count(Category.USERS, ChangeKind.CREATE)).isEqualTo(39);
        assertThat(expected.count(Category.USERS, ChangeKind.SKIP)).isEqualTo(1);
        Button primary = robot.lookup("#primaryButton").queryButton();
        assertThat(primary.getText()).isEqualTo("_Import " + expected.writes().size() + " changes ›");
        assertThat(primary.isDisabled()).isFalse();
        assertThat(text(robot, "#statusText")).isEqualTo("Nothing has been written yet.");
        @SuppressWarnings("unchecked")
        TableView<PlanRow> table = robot.lookup("#planTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(expected.changes().size() + co.pump.icm.plan.PlanOptions.MIGRATED.size());
        assertThat(fixture.sandbox().calls().anyWrite()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static TableView<PlanRow> table(FxRobot robot) {
        return robot.lookup("#planTable").queryAs(TableView.class);
    }

    private static PlanRow row(FxRobot robot, String label) {
        return table(robot).getItems().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }

    /** Scrolls the row into view and waits until it is shown. */
    private static Node rowNode(FxRobot robot, String label) throws Exception {
        TableView<PlanRow> table = table(robot);
        // As a person would: scroll the page back up to the list (an open pane below may have scrolled it away).
        onFx(() -> robot.lookup("#page").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
        onFx(() -> table.scrollTo(table.getItems().indexOf(row(robot, label))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".table-row-cell")
                .match((TableRow<PlanRow> r) -> r.getItem() != null && r.getItem().label().equals(label))
                .tryQuery().isPresent());
        return robot.lookup(".table-row-cell").match((TableRow<PlanRow> r) -> r.getItem() != null
                && r.getItem().label().equals(label)).query();
    }

    /** Clicks the row's checkbox, as a person would. */
    private static void clickCheckbox(FxRobot robot, String label) throws Exception {
        robot.clickOn(rowNode(robot, label).lookup(".check-box"));
    }

    private static void clickRow(FxRobot robot, String label) throws Exception {
        robot.clickOn(rowNode(robot, label).lookup(".item-cell"));
    }

    private static List<PlanRow> items(FxRobot robot) {
        return table(robot).getItems().stream().filter(r -> !r.isCategory()).toList();
    }

    @Test
    void searchAndShowNarrowTheList(FxRobot robot) throws Exception {
        waitForPlan();

        robot.clickOn("#searchField").write("daniel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> items(robot).size() < 20);
        assertThat(items(robot)).isNotEmpty().allSatisfy(r -> assertThat(r.label().toLowerCase()).contains("daniel"));
        assertThat(items(robot)).extracting(PlanRow::category)
                .contains(Category.USERS, Category.MEMBERSHIPS, Category.ASSIGNMENTS);
        // The users' line counts as the plan does: the demo's users created, the one disabled in the source skipped.
        Plan plan = Planner.plan(snapshot.config(), state.targetConfigProperty().get(), PlanOptions.defaults());
        assertThat(plan.count(Category.USERS, ChangeKind.SKIP)).isEqualTo(1);
        assertThat(table(robot).getItems().stream().filter(PlanRow::isCategory).map(PlanRow::summary))
                .first().asString().isEqualTo("1 shown · " + plan.count(Category.USERS, ChangeKind.CREATE)
                        + " create · 1 skip");

        robot.doubleClickOn("#searchField").eraseText(20);
        robot.clickOn("#chip-skip");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> items(robot).size() == model().countProperty(ChangeKind.SKIP).get());
        assertThat(items(robot)).isNotEmpty().allSatisfy(r -> assertThat(r.kind()).isEqualTo(ChangeKind.SKIP));

        robot.clickOn("#chip-create");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> items(robot).size() == model().countProperty(ChangeKind.CREATE).get());
        assertThat(items(robot)).allSatisfy(r -> assertThat(r.kind()).isEqualTo(ChangeKind.CREATE));
        assertThat(model().filterProperty().get()).isEqualTo(KindFilter.CREATE);

        // The Unchanged chip filters like the others: it lists the items already as the snapshot has them.
        robot.clickOn("#chip-unchanged");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> items(robot).size() == model().countProperty(ChangeKind.UNCHANGED).get());
        assertThat(model().filterProperty().get()).isEqualTo(KindFilter.UNCHANGED);
        assertThat(robot.lookup("#chip-unchanged").query().getPseudoClassStates()).extracting(Object::toString)
                .contains("selected");
        assertThat(items(robot)).allSatisfy(r -> assertThat(r.kind()).isEqualTo(ChangeKind.UNCHANGED));

        // Pressed again, the chip shows every change.
        robot.clickOn("#chip-unchanged");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model().filterProperty().get() == KindFilter.ALL
                && items(robot).size() == model().countProperty(ChangeKind.CREATE).get()
                + model().countProperty(ChangeKind.SKIP).get() + model().countProperty(ChangeKind.CONFLICT).get()
                + model().countProperty(ChangeKind.UPDATE).get());
        assertThat(robot.lookup("#chip-unchanged").query().getPseudoClassStates()).extracting(Object::toString)
                .doesNotContain("selected");
        assertThat(fixture.sandbox().calls().anyWrite()).isFalse();
    }

    @Test
    void enterInTheSearchNeverOpensTheImportConfirmationAndHiddenItemsLeaveTheDetail(FxRobot robot) throws Exception {
        waitForPlan();
        PlanRow daniel = row(robot, "daniel.reyes@larkspur.example");
        FxGuard.onFx(() -> table(robot).getSelectionModel().select(daniel));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model().detailProperty().get()).isNotNull();

        robot.clickOn("#searchField").write("maya").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> items(robot).size() < 20);

        assertThat(robot.lookup("#confirmImport").tryQuery()).as("no confirmation from the search box").isEmpty();
        assertThat(harness.flow().current()).isEqualTo(StepId.PREVIEW);
        assertThat(model().detailProperty().get()).as("the hidden item's detail is gone").isNull();
        assertThat(table(robot).getSelectionModel().getSelectedItem()).isNull();
        assertThat(table(robot).isFocused()).as("Enter goes to the results").isTrue();
    }

    @Test
    void deselectingAUserSkipsItsMembershipsAndAssignmentsAndLowersTheCount(FxRobot robot) throws Exception {
        waitForPlan();
        int before = model().writesProperty().get();
        String user = "daniel.reyes@larkspur.example";

        clickCheckbox(robot, user);
        waitForPlan();

        Plan expected = Planner.plan(snapshot.config(), state.targetConfigProperty().get(),
                PlanOptions.defaults().withDeselected(java.util.Set.of("user:" + user)));
        assertThat(model().writesProperty().get()).isEqualTo(expected.writes().size()).isEqualTo(before - 4);
        assertThat(robot.lookup("#primaryButton").queryButton().getText())
                .isEqualTo("_Import " + (before - 4) + " changes ›");
        assertThat(row(robot, user).kind()).isEqualTo(ChangeKind.SKIP);
        List<PlanRow> dependents = items(robot).stream()
                .filter(r -> r.category() != Category.USERS && r.label().contains(user)
                        && !r.label().contains(DemoData.SANDBOX)).toList();
        assertThat(dependents).hasSize(3).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(ChangeKind.SKIP);
            assertThat(((co.pump.icm.plan.Change.Skip<?>) r.change()).reason())
                    .isEqualTo("user " + user + " will not exist in the target (deselected)");
        });

        clickRow(robot, "Developers ∋ " + user);
        assertThat(text(robot, "#detailKind")).isEqualTo("⊘  Skip");
        assertThat(text(robot, "#detailReason"))
                .isEqualTo("Skipped: user " + user + " will not exist in the target (deselected).");

        clickCheckbox(robot, user);
        waitForPlan();
        assertThat(model().writesProperty().get()).isEqualTo(before);
        assertThat(fixture.sandbox().calls().anyWrite()).isFalse();
    }

    @Test
    void aDisabledUserIsLeftOutUnlessTheOptionIsTicked(FxRobot robot) throws Exception {
        waitForPlan();
        String ethan = "ethan.brooks@larkspur.example";
        robot.clickOn("#optionsPane");
        var note = robot.lookup("#disabledUsersNote").queryAs(javafx.scene.control.Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("Not created, because they are disabled in the source: " + ethan
                + ". Their group memberships and access are skipped too.");
        assertThat(row(robot, ethan).kind()).isEqualTo(ChangeKind.SKIP);
        clickRow(robot, ethan);
        assertThat(text(robot, "#detailReason")).startsWith("Skipped: disabled in the source: AWS's API cannot "
                + "create a disabled user");

        var option = robot.lookup("#includeDisabledUsers").queryAs(javafx.scene.control.CheckBox.class);
        assertThat(option.isSelected()).isFalse();
        assertThat(shownText(option)).contains("disabled in the source").contains("AWS creates them enabled");
        onFx(() -> co.pump.icm.ui.components.ScrollIntoView.now(option)); // scrolled down to it, as a person would
        robot.clickOn("#includeDisabledUsers");
        waitForPlan();
        assertThat(row(robot, ethan).kind()).isEqualTo(ChangeKind.CREATE);
        assertThat(note.getText()).isEqualTo("⚠  Created enabled: " + ethan + ". AWS's API can neither create a "
                + "disabled user nor disable one: disable them in the IAM Identity Center console right after the "
                + "import, or they can sign in.");
        assertThat(robot.lookup("#optionsPane").queryAs(javafx.scene.control.TitledPane.class).getText())
                .contains("⚠ create disabled users");
        assertThat(state.getPlanOptions().includeDisabledUsers()).isTrue();
        Plan expected = Planner.plan(snapshot.config(), state.targetConfigProperty().get(),
                PlanOptions.defaults().withIncludeDisabledUsers(true));
        assertThat(model().writesProperty().get()).isEqualTo(expected.writes().size());
        assertThat(fixture.sandbox().calls().anyWrite()).isFalse();
    }

    @Test
    void anExternalIdentityProviderMeansUsersAreMatchedNotCreated(FxRobot robot) throws Exception {
        waitForPlan();

        robot.clickOn("#optionsPane");
        robot.clickOn("#sourceExternal");
        waitForPlan();

        Plan expected = Planner.plan(snapshot.config(), state.targetConfigProperty().get(),
                PlanOptions.defaults().withIdentitySource(co.pump.icm.plan.IdentitySource.MATCH));
        assertThat(model().countProperty(ChangeKind.CREATE).get()).isEqualTo(expected.count(ChangeKind.CREATE));
        assertThat(expected.count(Category.USERS, ChangeKind.SKIP)).isEqualTo(40);
        assertThat(items(robot).stream().filter(r -> r.category() == Category.USERS))
                .allSatisfy(r -> assertThat(r.kind()).isEqualTo(ChangeKind.SKIP));
        clickRow(robot, "aisha.khan@larkspur.example");
        assertThat(text(robot, "#detailReason")).isEqualTo("Skipped: not provisioned by your identity provider yet.");
        assertThat(robot.lookup("#optionsPane").queryAs(javafx.scene.control.TitledPane.class).getText())
                .startsWith("Options: external identity provider (SCIM)");
        assertThat(state.getPlanOptions().identitySource()).isEqualTo(co.pump.icm.plan.IdentitySource.MATCH);
        assertThat(fixture.sandbox().calls().anyWrite()).isFalse();
    }

    @Test
    void theDetailShowsWhyAnAssignmentIsSkippedAndAPermissionSetsPolicies(FxRobot robot) throws Exception {
        waitForPlan();

        PlanRow skipped = items(robot).stream().filter(r -> r.category() == Category.ASSIGNMENTS
                && r.kind() == ChangeKind.SKIP && r.label().startsWith(DemoData.SANDBOX)).findFirst().orElseThrow();
        clickRow(robot, skipped.label());
        assertThat(text(robot, "#detailReason")).isEqualTo("Skipped: account " + DemoData.SANDBOX
                + " is not in the new organization yet.");
        assertThat(text(robot, "#fact-Account")).isEqualTo(DemoData.SANDBOX + " (larkspur-sandbox)");

        clickRow(robot, "DataEngineer");
        assertThat(text(robot, "#detailTitle")).isEqualTo("DataEngineer");
        assertThat(text(robot, "#detailKind")).isEqualTo("+  Create");
        assertThat(text(robot, "#fact-Customer-managed-policies")).contains("DataLakeAccess");
        assertThat(robot.lookup("#inlinePolicy").queryAs(co.pump.icm.ui.components.JsonView.class).getJson())
                .startsWith("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [");
        assertThat(fixture.sandbox().calls().anyWrite()).isFalse();
    }

    @Test
    void theAccountMapCanSkipAnAccount(FxRobot robot) throws Exception {
        waitForPlan();

        robot.clickOn("#optionsPane").clickOn("#accountMapButton");
        // Every column header and account name of the map is read in full, inside its window.
        javafx.scene.Scene mapWindow = robot.lookup("#accountMapDialog").query().getScene();
        assertThat(WaitForAsyncUtils.asyncFx(() -> co.pump.icm.ui.LayoutCheck.problems(mapWindow, "accountMapApply"))
                .get()).isEmpty();
        robot.clickOn("#map-target-" + DemoData.PROD).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("12345");
        assertThat(text(robot, "#accountMapProblem")).isEqualTo("⚠  The new account for " + DemoData.PROD
                + " (larkspur-prod) must be a 12-digit AWS account ID, not '12345'.");
        assertThat(robot.lookup("#accountMapApply").query().isDisabled()).isTrue();
        robot.eraseText(5).write(DemoData.PROD);
        robot.clickOn("#map-skip-" + DemoData.DEV).clickOn("#accountMapApply");
        waitForPlan();

        assertThat(items(robot).stream().filter(r -> r.category() == Category.ASSIGNMENTS
                && r.label().startsWith(DemoData.DEV)))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(((co.pump.icm.plan.Change.Skip<?>) r.change()).reason())
                        .isEqualTo("account " + DemoData.DEV + " is skipped by the account map"));
        assertThat(robot.lookup("#accountMapButton").queryButton().getText()).isEqualTo("Account _map… (1)");
        assertThat(fixture.sandbox().calls().anyWrite()).isFalse();
    }

    @Test
    void importAsksForTheAccountIdAndEscCancels(FxRobot robot) throws Exception {
        waitForPlan();
        int writes = model().writesProperty().get();

        robot.clickOn("#primaryButton");
        assertThat(robot.lookup("#confirmImport").tryQuery()).isPresent();
        Node confirm = robot.lookup("#confirmImportButton").query();
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("Import into account " + DemoData.TARGET_DELEGATED_ADMIN + " (larkspur-identity) · "
                        + DemoData.TARGET_REGION + "?");
        assertThat(robot.lookup("#confirmImportButton").queryButton().getText()).isEqualTo("Import " + writes + " changes");
        assertThat(confirm.isDisabled()).isTrue();

        robot.clickOn("#confirmAccount").write("111111111111");
        assertThat(confirm.isDisabled()).as("a wrong account ID").isTrue();
        assertThat(text(robot, "#confirmHint")).isEqualTo("✗ That is not the account ID.");
        robot.eraseText(12).write("1234");
        assertThat(confirm.isDisabled()).as("wrong last four digits").isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#confirmImport").tryQuery()).isEmpty();
        assertThat(harness.flow().current()).isEqualTo(StepId.PREVIEW);

        robot.clickOn("#primaryButton").clickOn("#confirmAccount").write("8888");
        assertThat(robot.lookup("#confirmImportButton").query().isDisabled()).isFalse();
        assertThat(text(robot, "#confirmHint")).isEqualTo("✓ That is the account.");
        robot.clickOn("#confirmImportButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.flow().current()).isEqualTo(StepId.IMPORT);
        assertThat(state.planProperty().get().writes()).hasSize(writes);
        assertThat(fixture.sandbox().calls().anyWrite()).isFalse();
    }
}
