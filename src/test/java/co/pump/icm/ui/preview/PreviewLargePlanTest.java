package co.pump.icm.ui.preview;

import static co.pump.icm.ui.FxGuard.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.plan.Planner;
import co.pump.icm.sandbox.data.LargeData;
import co.pump.icm.snapshot.DigestState;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.ui.FxGuard;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.shell.PlaceholderStep;
import co.pump.icm.ui.shell.StepDefinition;
import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.shell.ViewLoader;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.FxTaskExecutor;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A plan of 100,000 users (10,000 groups, 300,000 memberships, 2,000 permission sets, 50,000
 * assignments) loads into the Preview, is searched, filtered and has an item deselected, and the
 * FX thread never works for 100 ms or more between two pulses: the app's own work never blocks the
 * window that long. A heartbeat on the FX thread measures every gap between pulses and the FX
 * thread's own CPU time in it; the test prints the worst of both and asserts on the CPU time (the
 * one timing assertion of the suite). It does <em>not</em> assert the wall-clock gap between
 * frames, which also counts garbage collection and waiting for a core on a busy machine: that is
 * the goal {@link PreviewFrameGapBenchmark} measures and prints, and docs/performance.md reports.
 */
@ExtendWith({ApplicationExtension.class, FxGuard.class})
class PreviewLargePlanTest {

    /** The most CPU time the FX thread may spend between two pulses. */
    private static final double MAX_BUSY_MILLIS = 100;
    private static final SourceInfo TARGET = new SourceInfo("888888888888", "o-pump000001", "999999999999", "eu-west-1",
            "arn:aws:sso:::instance/ssoins-8888888888888888", "d-8888888888", null, null);

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final MigrationState state = new MigrationState();
    private Stage stage;
    private StepHarness harness;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Stop
    void stop() {
        tasks.shutdown();
        settings.remove();
    }

    private PreviewViewModel model() {
        return (PreviewViewModel) harness.flow().model(StepId.PREVIEW);
    }

    @SuppressWarnings("unchecked")
    private TableView<PlanRow> table(FxRobot robot) {
        return robot.lookup("#planTable").queryAs(TableView.class);
    }

    @Test
    void oneHundredThousandUsersLoadAndFilterWithTheFxThreadNeverBusy100MsBetweenPulses(FxRobot robot)
            throws Exception {
        IdentityCenterConfig config = LargeData.scenario(
                new LargeData.Counts(100_000, 10_000, 300_000, 2_000, 50_000, 200), 1).sourceConfig();
        IdentityCenterConfig target = IdentityCenterConfig.empty(TARGET);
        Plan plan = Planner.plan(config, target, PlanOptions.defaults());
        Expected expected = Expected.of(plan);
        List<String> leftOut = co.pump.icm.plan.DisabledUsers.leftOut(plan);
        int creates = expected.creates();
        int writes = expected.writes();
        int rows = expected.rows();
        state.snapshotProperty().set(new Snapshot(Snapshot.FORMAT_VERSION, Instant.now(), "test", null, config,
                DigestState.VALID));
        state.targetConfigProperty().set(target);
        warmUp(robot);
        var heartbeat = new Heartbeat();
        System.gc();

        onFx(() -> {
            harness = StepHarness.show(stage, state, settings, new TestFiles.QueuedFilePicker(), tasks, List.of(
                    StepDefinition.of(StepId.PREVIEW, PreviewViewModel::new,
                            model -> ViewLoader.load(new PreviewView(model))),
                    PlaceholderStep.definition(StepId.IMPORT)));
        });
        // The window's own first layout and styling are not the plan's loading: measure from once it is up.
        WaitForAsyncUtils.waitForFxEvents();
        onFx(heartbeat::start);
        heartbeat.doing("loading the plan");
        waitUntilPlanned();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table(robot).getItems().size() == rows);
        assertThat(model().countProperty(ChangeKind.CREATE).get()).isEqualTo(creates);
        assertThat(model().writesProperty().get()).isEqualTo(writes);
        // Over a thousand users disabled in the source: the options name ten and count the rest.
        assertThat(leftOut).hasSizeGreaterThan(1_000);
        assertThat(model().disabledUsersProperty().get()).isEqualTo("Not created, because they are disabled in the "
                + "source: " + String.join(", ", leftOut.subList(0, 10)) + String.format(" and %,d more", leftOut.size()
                - 10) + ". Their group memberships and access are skipped too; the list shows every one as skipped.");
        pause(robot);

        heartbeat.doing("scrolling");
        onFx(() -> table(robot).scrollTo(200_000));
        pause(robot);
        onFx(() -> table(robot).scrollTo(0));
        pause(robot);

        heartbeat.doing("typing a search");
        String someone = config.users().get(4_242).userName();
        String term = someone.substring(0, someone.indexOf('@'));
        robot.clickOn("#searchField").write(term);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table(robot).getItems().stream()
                .anyMatch(r -> r.label().equals(someone)) && table(robot).getItems().size() < 2_000);
        assertThat(table(robot).getItems().stream().filter(r -> !r.isCategory()))
                .allSatisfy(r -> assertThat(r.label()).contains(term));
        pause(robot);

        heartbeat.doing("showing only one kind");
        robot.eraseText(term.length());
        robot.clickOn("#chip-create");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> table(robot).getItems().size() == creates + co.pump.icm.plan.PlanOptions.MIGRATED.size());
        pause(robot);
        robot.clickOn("#chip-create");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table(robot).getItems().size() == rows);
        pause(robot);

        heartbeat.doing("deselecting a user");
        PlanRow user = table(robot).getItems().get(1);
        onFx(() -> table(robot).scrollTo(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".table-row-cell")
                .match((TableRow<PlanRow> r) -> r.getItem() == user).tryQuery().isPresent());
        Node rowNode = robot.lookup(".table-row-cell").match((TableRow<PlanRow> r) -> r.getItem() == user).query();
        robot.clickOn(rowNode.lookup(".check-box"));
        waitUntilPlanned();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> model().writesProperty().get() < writes);
        pause(robot);
        onFx(heartbeat::stop);

        System.out.printf("100,000 users (%,d rows): worst gap between FX pulses %.1f ms (while %s); most FX thread "
                        + "CPU time between two pulses %.1f ms; %,d pulses%n", rows, heartbeat.worstMillis(),
                heartbeat.worstDuring(), heartbeat.worstBusyMillis(), heartbeat.pulses());
        heartbeat.longGaps().forEach(gap -> System.out.println("  gap " + gap));
        // Blocked means busy with our work: the FX thread's own CPU time between two pulses. The wall
        // gap, printed above, also counts time the operating system gave other threads (and GC
        // pauses), which on a loaded 2-core build machine says more about the machine than the app.
        assertThat(heartbeat.worstBusyMillis()).as("the most CPU time the FX thread spent between two pulses, in ms "
                        + "(its own work; the wall-clock gap between frames is PreviewFrameGapBenchmark's to measure)")
                .isLessThan(MAX_BUSY_MILLIS);
    }

    /**
     * The same organization already imported (an import run again): every one of its 462,000 items is
     * unchanged. Listing them ("Unchanged"), scrolling, searching among them and going back to the
     * changes keep the FX thread free, and the heap they take is printed.
     */
    @Test
    void oneHundredThousandUsersAlreadyImportedAreListedAsUnchangedWithoutBlockingTheFxThread(FxRobot robot)
            throws Exception {
        IdentityCenterConfig config = LargeData.scenario(
                new LargeData.Counts(100_000, 10_000, 300_000, 2_000, 50_000, 200), 1).sourceConfig();
        IdentityCenterConfig target = new IdentityCenterConfig(TARGET, config.accounts(), config.users(),
                config.groups(), config.memberships(), config.permissionSets(), config.assignments(),
                config.accessControl(), config.applications());
        int unchanged = Planner.plan(config, target, PlanOptions.defaults()).count(ChangeKind.UNCHANGED);
        int categories = co.pump.icm.plan.PlanOptions.MIGRATED.size();
        assertThat(unchanged).isGreaterThanOrEqualTo(462_000);
        state.snapshotProperty().set(new Snapshot(Snapshot.FORMAT_VERSION, Instant.now(), "test", null, config,
                DigestState.VALID));
        state.targetConfigProperty().set(target);
        warmUp(robot);
        var heartbeat = new Heartbeat();

        onFx(() -> harness = StepHarness.show(stage, state, settings, new TestFiles.QueuedFilePicker(), tasks, List.of(
                StepDefinition.of(StepId.PREVIEW, PreviewViewModel::new,
                        model -> ViewLoader.load(new PreviewView(model))),
                PlaceholderStep.definition(StepId.IMPORT))));
        WaitForAsyncUtils.waitForFxEvents();
        onFx(heartbeat::start);
        heartbeat.doing("loading the plan");
        waitUntilPlanned();
        assertThat(model().countProperty(ChangeKind.UNCHANGED).get()).isEqualTo(unchanged);
        assertThat(table(robot).getItems()).hasSize(categories);
        pause(robot);
        heartbeat.doing("measuring the heap (garbage collection, not the app)");
        long planned = usedHeap();

        heartbeat.doing("listing the unchanged items");
        robot.clickOn("#chip-unchanged");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table(robot).getItems().size() == unchanged + categories);
        pause(robot);
        heartbeat.doing("measuring the heap (garbage collection, not the app)");
        long listed = usedHeap();

        heartbeat.doing("scrolling");
        onFx(() -> table(robot).scrollTo(300_000));
        pause(robot);

        heartbeat.doing("searching the unchanged items");
        String someone = config.users().get(4_242).userName();
        String term = someone.substring(0, someone.indexOf('@'));
        robot.clickOn("#searchField").write(term);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table(robot).getItems().stream()
                .anyMatch(r -> r.label().equals(someone)) && table(robot).getItems().size() < 2_000);
        assertThat(table(robot).getItems().stream().filter(r -> !r.isCategory()))
                .allSatisfy(r -> assertThat(r.kind()).isEqualTo(ChangeKind.UNCHANGED));
        pause(robot);
        heartbeat.doing("measuring the heap (garbage collection, not the app)");
        long searched = usedHeap();

        heartbeat.doing("going back to the changes");
        robot.eraseText(term.length());
        robot.clickOn("#chip-unchanged");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table(robot).getItems().size() == categories);
        pause(robot);
        onFx(heartbeat::stop);

        System.out.printf("100,000 users already imported (%,d unchanged): worst gap between FX pulses %.1f ms (while "
                        + "%s); most FX thread CPU time between two pulses %.1f ms; heap after planning %,d MB, "
                        + "with the unchanged items listed %,d MB, and searched %,d MB%n", unchanged,
                heartbeat.worstMillis(), heartbeat.worstDuring(), heartbeat.worstBusyMillis(), planned >> 20,
                listed >> 20, searched >> 20);
        heartbeat.longGaps().forEach(gap -> System.out.println("  gap " + gap));
        assertThat(heartbeat.worstBusyMillis()).as("the most CPU time the FX thread spent between two pulses, in ms")
                .isLessThan(MAX_BUSY_MILLIS);
    }

    /** The heap in use once garbage is collected. */
    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /**
     * Walks the same paths once with the demo company, as a running wizard would have: what is
     * measured is the 100,000 rows, not the first use of the code.
     */
    private void warmUp(FxRobot robot) throws Exception {
        var demo = new MigrationState();
        demo.snapshotProperty().set(PreviewFixtures.snapshot(PreviewFixtures.demo()));
        demo.targetConfigProperty().set(PreviewFixtures.emptyTarget());
        onFx(() -> harness = StepHarness.show(stage, demo, settings, new TestFiles.QueuedFilePicker(), tasks, List.of(
                StepDefinition.of(StepId.PREVIEW, PreviewViewModel::new,
                        model -> ViewLoader.load(new PreviewView(model))),
                PlaceholderStep.definition(StepId.IMPORT))));
        waitUntilPlanned();
        robot.clickOn("#searchField").write("daniel");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() < 20);
        robot.eraseText(6);
        robot.clickOn("#chip-skip");
        robot.clickOn("#chip-skip");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getItems().size() > 20);
        PlanRow first = table(robot).getItems().get(1);
        onFx(() -> model().setIncluded(first, false));
        waitUntilPlanned();
        onFx(() -> table(robot).scrollTo(100));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the test checks of the plan; only numbers, so that the heap holds what the app itself holds. */
    private record Expected(int creates, int writes, int rows) {
        static Expected of(Plan plan) {
            return new Expected(plan.count(ChangeKind.CREATE), plan.writes().size(), plan.changes().size() + co.pump.icm.plan.PlanOptions.MIGRATED.size());
        }
    }

    private void waitUntilPlanned() throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> model().phaseProperty().get() == PreviewViewModel.Phase.READY && !model().busyProperty().get());
    }

    private static void pause(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300);
    }
}
