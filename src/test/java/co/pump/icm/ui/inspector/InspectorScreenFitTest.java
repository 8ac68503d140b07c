package co.pump.icm.ui.inspector;

import static co.pump.icm.ui.FxGuard.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import co.pump.icm.model.Application;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.snapshot.SnapshotWriter;
import co.pump.icm.ui.FxGuard;
import co.pump.icm.ui.LayoutCheck;
import co.pump.icm.ui.Screenshots;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.WizardApp;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
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
 * The snapshot inspector on a 1280×720 screen, in both themes: every tab header is in sight (tables
 * of one tab group share a tab), every tab's columns are as wide as what they hold, no header is
 * cut, nothing is out of sight sideways, and the last column fills the table
 * ({@link LayoutCheck#tableProblems}).
 */
@ExtendWith({ApplicationExtension.class, FxGuard.class})
class InspectorScreenFitTest {

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

    private Stage open(FxRobot robot, Path file) throws Exception {
        files.answer(file);
        onFx(mainWindow::toFront);
        robot.clickOn("#snapshotChoice");
        String title = "Snapshot — " + file.getFileName();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.listTargetWindows().stream()
                .anyMatch(w -> w instanceof Stage s && s.getTitle().equals(title)
                        && s.getScene().lookup("#contentPane") != null && s.getScene().lookup("#contentPane").isVisible()));
        Stage inspector = (Stage) robot.listTargetWindows().stream()
                .filter(w -> w instanceof Stage s && s.getTitle().equals(title)).findFirst().orElseThrow();
        onFx(() -> {
            inspector.setWidth(1280);
            inspector.setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return inspector;
    }

    /** Every tab, one after the other, as laid out now: what a person would miss in it. */
    private List<String> everyTab(FxRobot robot, Stage inspector, String state) {
        var problems = new ArrayList<String>();
        TabPane tabs = (TabPane) inspector.getScene().lookup("#categoryTabs");
        // Every table's tab, the applications' inner tabs too: each selected in turn, with the tab holding it.
        var shown = new ArrayList<Tab[]>();
        for (Tab top : List.copyOf(tabs.getTabs())) {
            if (top.getContent() instanceof TabPane inner) {
                inner.getTabs().forEach(tab -> shown.add(new Tab[] {top, tab}));
            } else {
                shown.add(new Tab[] {top, top});
            }
        }
        for (Tab[] pair : shown) {
            Tab tab = pair[1];
            onFx(() -> {
                tabs.getSelectionModel().select(pair[0]);
                tab.getTabPane().getSelectionModel().select(tab);
            });
            WaitForAsyncUtils.waitForFxEvents();
            onFx(() -> {
                inspector.getScene().getRoot().applyCss();
                inspector.getScene().getRoot().layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
            onFx(() -> {
                TableView<?> table = (TableView<?>) tab.getContent().lookup(".table-view");
                for (String problem : LayoutCheck.problems(inspector.getScene(), "compareButton", "searchField")) {
                    problems.add(state + ", " + tab.getText() + ": " + problem);
                }
                for (TabPane pane : new LinkedHashSet<>(List.of(tabs, tab.getTabPane()))) {
                    for (String header : headersOutOfSight(pane)) {
                        problems.add(state + ", " + tab.getText() + ": the tab header " + header + " is out of sight");
                    }
                }
                for (String problem : LayoutCheck.tableProblems(table, ColumnFit.MAX_SHARE)) {
                    problems.add(state + ", " + tab.getText() + ": " + problem);
                }
                double total = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
                double room = LayoutCheck.room(table);
                if (Math.abs(total - room) > 1) {
                    problems.add(state + ", " + tab.getText() + ": the columns take " + (int) total + " of "
                            + (int) room + " px; the last column should fill the rest");
                }
                Screenshots.save(inspector.getScene(), "inspector-" + state + "-" + table.getId());
            });
        }
        return problems;
    }

    /**
     * The headers of a pane's own tabs (not those of a tab group inside it) that are not wholly
     * within its width: a person would have to scroll the headers or open the menu of tabs.
     */
    private static List<String> headersOutOfSight(TabPane pane) {
        Bounds area = pane.localToScene(pane.getLayoutBounds());
        var out = new ArrayList<String>();
        for (Node header : pane.lookupAll(".tab")) {
            Node holder = header.getParent();
            while (holder != null && !(holder instanceof TabPane)) {
                holder = holder.getParent();
            }
            Bounds bounds = header.localToScene(header.getLayoutBounds());
            if (holder == pane && (bounds.getMinX() < area.getMinX() - 0.5 || bounds.getMaxX() > area.getMaxX() + 0.5)) {
                out.add(String.valueOf(header.getId()));
            }
        }
        return out;
    }

    @Test
    void everyTabsColumnsAreReadableAt1280By720InBothThemes(FxRobot robot) throws Exception {
        Stage inspector = open(robot, SnapshotFiles.demo(directory, "larkspur-identity-center-2026-11-27.json"));

        var problems = new ArrayList<>(everyTab(robot, inspector, "light"));
        onFx(() -> robot.lookup("#themeToggle").queryAs(ButtonBase.class).fire());
        problems.addAll(everyTab(robot, inspector, "dark"));
        onFx(() -> robot.lookup("#themeToggle").queryAs(ButtonBase.class).fire());

        assertThat(problems).isEmpty();
        // Widths come from what the columns hold: a display name is narrower than an e-mail address.
        TableView<?> users = (TableView<?>) inspector.getScene().lookup("#table-users");
        assertThat(users.getColumns()).extracting(TableColumn::getText)
                .containsExactly("User name", "Display name", "Email", "Status");
        assertThat(users.getColumns().get(1).getWidth()).isLessThan(users.getColumns().get(2).getWidth() * 0.6);
        // The product calls itself by its name, also for the tool that wrote the file.
        assertThat(((javafx.scene.control.Label) inspector.getScene().lookup("#source-Written-by")).getText())
                .startsWith("Identity Center Migrator ");
    }

    @Test
    void theLongestDescriptionAwsAllowsFillsTheLastColumnAndCutsNoHeader(FxRobot robot) throws Exception {
        IdentityCenterConfig demo = SnapshotFiles.demo();
        var applications = new ArrayList<Application>();
        for (Application a : demo.applications()) {
            applications.add(applications.isEmpty() ? new Application(a.arn(), a.name(),
                    // As long as AWS allows (128 characters, docs/aws-behaviour.md).
                    "Everyone who builds, tests and ships the product, in every team and every country. ".repeat(2)
                            .substring(0, 128),
                    a.status(), a.applicationAccount(), a.providerArn(), a.visibility(), a.signInOrigin(),
                    a.signInUrl(), a.createdAt()) : a);
        }
        Path file = directory.resolve("long.json");
        SnapshotWriter.write(file, new IdentityCenterConfig(demo.source(), demo.accounts(), demo.users(),
                demo.groups(), demo.memberships(), demo.permissionSets(), demo.assignments(), demo.accessControl(),
                applications), Instant.parse("2026-11-27T10:15:00Z"));
        Stage inspector = open(robot, file);
        TabPane tabs = (TabPane) inspector.getScene().lookup("#categoryTabs");
        onFx(() -> {
            Tab group = tabs.getTabs().stream().filter(t -> t.getText().equals("Applications")).findFirst().orElseThrow();
            tabs.getSelectionModel().select(group);
            TabPane inner = (TabPane) group.getContent();
            inner.getSelectionModel().select(inner.getTabs().stream()
                    .filter(t -> t.getText().startsWith("Applications (")).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> inspector.getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();

        onFx(() -> {
            TableView<?> table = (TableView<?>) inspector.getScene().lookup("#table-applications");
            assertThat(table.getColumns()).extracting(TableColumn::getText).containsExactly("Name", "Sort", "Status",
                    "Assigned", "Grants", "Description");
            // The longest description AWS allows is the last column: it fills the rest and pushes no column
            // or header out of sight, and the columns before it keep what they hold.
            assertThat(LayoutCheck.tableProblems(table, ColumnFit.MAX_SHARE)).isEmpty();
            assertThat(table.getColumns().get(5).getWidth()).isGreaterThan(100);
        });
    }
}
