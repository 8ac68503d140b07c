package co.pump.icm.ui.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.snapshot.SnapshotException;
import co.pump.icm.snapshot.SnapshotReader;
import co.pump.icm.ui.FxGuard;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.WizardApp;
import co.pump.icm.ui.components.JsonView;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/** The snapshot inspector, opened from the Start step like a person would, on real snapshot files. */
@ExtendWith({ApplicationExtension.class, FxGuard.class})
class SnapshotInspectorTest {

    @TempDir
    Path directory;

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();
    private final TestFiles.QueuedFilePicker files = new TestFiles.QueuedFilePicker();
    private WizardApp app;
    private Stage mainWindow;

    @Start
    void start(Stage stage) {
        mainWindow = stage;
        app = new WizardApp(settings.app(), files);
        app.start(stage);
    }

    @Stop
    void stop() {
        app.shutdown();
        settings.remove();
    }

    private void open(FxRobot robot, Path file) throws Exception {
        files.answer(file);
        FxGuard.onFx(mainWindow::toFront);
        robot.clickOn("#snapshotChoice");
        WaitForAsyncUtils.waitForFxEvents();
        String title = "Snapshot — " + file.getFileName();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.listTargetWindows().stream()
                .anyMatch(window -> window instanceof Stage stage && stage.getTitle().equals(title)
                        && (visible(stage, "#contentPane") || visible(stage, "#invalidPane"))));
    }

    private static boolean visible(Stage stage, String id) {
        Node node = stage.getScene().lookup(id);
        return node != null && node.isVisible();
    }

    /** The title of every table's tab, those inside the applications' tab too, in order. */
    private static List<String> tabTitles(FxRobot robot) {
        return robot.lookup("#categoryTabs").queryAs(TabPane.class).getTabs().stream()
                .flatMap(tab -> tab.getContent() instanceof TabPane inner ? inner.getTabs().stream() : java.util.stream.Stream.of(tab))
                .map(tab -> tab.getText()).toList();
    }

    private static List<String> topTabTitles(FxRobot robot) {
        return robot.lookup("#categoryTabs").queryAs(TabPane.class).getTabs().stream().map(tab -> tab.getText())
                .toList();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void showsEveryCategoryWithItsCountAndTheSource(FxRobot robot) throws Exception {
        IdentityCenterConfig demo = SnapshotFiles.demo();
        open(robot, SnapshotFiles.demo(directory, "larkspur.json"));

        assertThat(tabTitles(robot)).containsExactly("Users (40)", "Groups (8)",
                "Memberships (" + demo.memberships().size() + ")", "Permission sets (12)", "Assignments (60)",
                "ABAC attributes (3)", "Token issuers (0)", "Applications (5)", "Access scopes (0)",
                "App assignments (0)", "Accounts (6)");
        // The applications' four tables share one tab, so that every header fits a 1280-pixel window.
        assertThat(topTabTitles(robot)).containsExactly("Users (40)", "Groups (8)",
                "Memberships (" + demo.memberships().size() + ")", "Permission sets (12)", "Assignments (60)",
                "ABAC attributes (3)", "Applications", "Accounts (6)");
        assertThat(text(robot, "#fileTitle")).isEqualTo("larkspur.json");
        assertThat(text(robot, "#digestState")).isEqualTo("✓ VALID — unchanged since export");
        assertThat(text(robot, "#source-Organization")).isEqualTo("o-larkspur01");
        assertThat(text(robot, "#source-Region")).isEqualTo("us-east-1");
        assertThat(text(robot, "#source-Exported")).isEqualTo("2026-11-27T10:15:00Z");
        assertThat(robot.lookup("#table-users").queryAs(TableView.class).getItems().size()).isEqualTo(40);
        assertThat(settings.app().recentSnapshots()).containsExactly(directory.resolve("larkspur.json")
                .toAbsolutePath().normalize());
    }

    @Test
    void theSearchFiltersEveryTabAndEscThenCtrlWCloseTheWindow(FxRobot robot) throws Exception {
        open(robot, SnapshotFiles.demo(directory, "larkspur.json"));
        assertThat(robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class).getPromptText())
                .as("the field says what it does").startsWith("Filter every tab ");

        robot.clickOn("#searchField").write("okafor");

        assertThat(tabTitles(robot).get(0)).isEqualTo("Users (1 of 40)");
        assertThat(robot.lookup("#table-users").queryAs(TableView.class).getItems().size()).isEqualTo(1);
        assertThat(tabTitles(robot).get(1)).as("every tab is searched and says what matches").isEqualTo("Groups (0 of 8)");
        assertThat(tabTitles(robot).get(2)).startsWith("Memberships (").contains(" of ").doesNotStartWith("Memberships (0 of");

        robot.clickOn("Groups (0 of 8)");
        assertThat(tabTitles(robot).get(0)).as("the search stays when the tab changes").isEqualTo("Users (1 of 40)");

        Stage inspector = (Stage) robot.lookup("#searchField").query().getScene().getWindow();
        robot.clickOn("#searchField").type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(tabTitles(robot).get(0)).as("Esc first clears the search").isEqualTo("Users (40)");
        assertThat(inspector.isShowing()).isTrue();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inspector.isShowing()).as("then Esc closes the window").isFalse();

        open(robot, SnapshotFiles.demo(directory, "larkspur.json"));
        Stage again = (Stage) robot.lookup("#searchField").query().getScene().getWindow();
        robot.clickOn("#searchField").press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.W)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(again.isShowing()).as("Ctrl+W closes the window").isFalse();
    }

    @Test
    void theDetailPaneShowsAPermissionSetWithItsInlinePolicyPrettyPrinted(FxRobot robot) throws Exception {
        open(robot, SnapshotFiles.demo(directory, "larkspur.json"));
        List<PermissionSet> sets = SnapshotReader.read(directory.resolve("larkspur.json")).config().permissionSets();
        int index = 0;
        while (sets.get(index).inlinePolicy() == null) {
            index++;
        }
        PermissionSet withPolicy = sets.get(index);

        robot.clickOn("Permission sets (12)");
        Node row = robot.lookup("#table-permissionSets .table-row-cell").nth(index).query();
        robot.clickOn(row);

        assertThat(text(robot, "#detailTitle")).isEqualTo(withPolicy.name());
        assertThat(text(robot, "#fact-Session-duration")).isEqualTo(withPolicy.sessionDuration());
        String shown = robot.lookup("#inlinePolicy").queryAs(JsonView.class).getJson();
        assertThat(shown).isEqualTo(PolicyJson.pretty(withPolicy.inlinePolicy()))
                .startsWith("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [");
        assertThat(robot.lookup("#inlinePolicy .json-key").queryAll()).isNotEmpty();
        assertThat(robot.lookup("#inlinePolicy .json-string").queryAll()).isNotEmpty();
    }

    @Test
    void anEditedSnapshotSaysSo(FxRobot robot) throws Exception {
        open(robot, SnapshotFiles.editedDemo(directory));

        assertThat(text(robot, "#digestState")).isEqualTo(
                "⚠ EDITED — edited.json was edited after it was exported (its digest no longer matches).");
    }

    @Test
    void aFileThatIsNotJsonShowsWhyInsteadOfTables(FxRobot robot) throws Exception {
        Path notes = SnapshotFiles.notJson(directory);
        SnapshotException expected = catchThrowableOfType(SnapshotException.class, () -> SnapshotReader.read(notes));

        open(robot, notes);

        assertThat(robot.lookup("#invalidPane").query().isVisible()).isTrue();
        assertThat(robot.lookup("#contentPane").query().isVisible()).isFalse();
        assertThat(text(robot, "#invalidMessage")).isEqualTo(expected.getMessage()).startsWith("notes.json");
    }

    @Test
    void anInvalidSnapshotListsItsProblems(FxRobot robot) throws Exception {
        Path broken = SnapshotFiles.invalidUsers(directory);
        SnapshotException expected = catchThrowableOfType(SnapshotException.class, () -> SnapshotReader.read(broken));

        open(robot, broken);

        assertThat(text(robot, "#invalidMessage")).isEqualTo(expected.getMessage()).contains("(and 1 more problem)").startsWith("broken.json: users[");
        @SuppressWarnings("unchecked")
        ListView<String> problems = robot.lookup("#problemList").queryAs(ListView.class);
        assertThat(problems.getItems()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("broken.json: users["));
        assertThat(problems.getItems().get(0)).contains("zz bad name");
    }

    @Test
    void compareWithShowsTheDifferencesByCategory(FxRobot robot) throws Exception {
        open(robot, SnapshotFiles.demo(directory, "before.json"));
        files.answer(SnapshotFiles.changedDemo(directory, "after.json"));

        robot.clickOn("#compareButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#comparisonSummary").tryQuery().isPresent());

        assertThat(tabTitles(robot)).last().isEqualTo("Differences with after.json (3)");
        assertThat(text(robot, "#comparisonSummary")).isEqualTo("3 differences between before.json and after.json.");
        @SuppressWarnings("unchecked")
        TreeView<co.pump.icm.ui.compare.ChangeLine> tree = robot.lookup("#comparisonTree").queryAs(TreeView.class);
        var categories = tree.getRoot().getChildren().stream().map(item -> item.getValue().text()).toList();
        assertThat(categories).contains("Groups: 0 only in before.json, 1 only in after.json, 1 changed, 7 unchanged");
        var groups = tree.getRoot().getChildren().get(1).getChildren().stream()
                .map(item -> item.getValue().text()).toList();
        assertThat(groups).containsExactly("+  Contractors   (only in after.json)", "~  Developers   (changed)");
        assertThat(tree.getRoot().getChildren().get(1).getChildren().get(1).getChildren().get(0).getValue().text())
                .isEqualTo("description: \"Product engineering, including contractors\" → \"Product engineering\"");

        // The search covers the differences too.
        robot.clickOn("#searchField").write("Contractors");
        @SuppressWarnings("unchecked")
        TreeView<co.pump.icm.ui.compare.ChangeLine> found = robot.lookup("#comparisonTree").queryAs(TreeView.class);
        assertThat(found.getRoot().getChildren()).singleElement().satisfies(shown -> assertThat(shown.getChildren()
                .stream().map(item -> item.getValue().text()).toList()).containsExactly(
                        "+  Contractors   (only in after.json)", "~  Developers   (changed)"));
        assertThat(text(robot, "#comparisonSummary"))
                .isEqualTo("2 of 3 differences between before.json and after.json match \"Contractors\".");
    }

    @Test
    void comparingWithAnInvalidFileSaysWhy(FxRobot robot) throws Exception {
        open(robot, SnapshotFiles.demo(directory, "before.json"));
        files.answer(SnapshotFiles.notJson(directory));

        robot.clickOn("#compareButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#inspectorError").query().isVisible());

        assertThat(text(robot, "#inspectorError #errorSentence")).startsWith("⚠  notes.json cannot be compared: it is not a valid snapshot.");
    }

    @Test
    void recentFilesAppearOnTheStartStepNewestFirst(FxRobot robot) throws Exception {
        open(robot, SnapshotFiles.demo(directory, "first.json"));
        open(robot, SnapshotFiles.demo(directory, "second.json"));

        assertThat(robot.lookup("#recent-0").queryLabeled().getText()).startsWith("second.json");
        assertThat(robot.lookup("#recent-1").queryLabeled().getText()).startsWith("first.json");

        // Keyboard focus on a recent file and on the theme toggle is a visible ring, not nothing.
        for (String id : new String[] {"#recent-0", "#themeToggle"}) {
            javafx.scene.layout.Region control = robot.lookup(id).query();
            assertThat(ring(control)).as(id + " without the focus").isZero();
            FxGuard.onFx(control::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            FxGuard.onFx(control::applyCss);
            assertThat(control.isFocused()).isTrue();
            assertThat(ring(control)).as(id + " with the focus: its ring's width").isEqualTo(2.0);
        }
    }

    /** The width of the control's own border (the focus ring the app draws), 0 without one. */
    private static double ring(javafx.scene.layout.Region control) {
        var border = control.getBorder();
        return border == null || border.getStrokes().isEmpty() ? 0 : border.getStrokes().get(0).getWidths().getTop();
    }
}
