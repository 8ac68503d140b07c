package co.pump.icm.ui.preview;

import static co.pump.icm.ui.FxGuard.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import co.pump.icm.model.User;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.ui.FxGuard;
import co.pump.icm.ui.LayoutCheck;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.shell.PlaceholderStep;
import co.pump.icm.ui.shell.StepDefinition;
import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.shell.ViewLoader;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.FxTaskExecutor;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
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
 * The "Unchanged" chip on a new organization that already has the demo company's users: it lists
 * them like any other filter, each marked "= Unchanged" with nothing to tick, and the detail says
 * the import leaves the item as it is.
 */
@ExtendWith({ApplicationExtension.class, FxGuard.class})
class PreviewUnchangedTest {

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final MigrationState state = new MigrationState();
    private StepHarness harness;

    @Start
    void start(Stage stage) {
        List<User> users = PreviewFixtures.demo().users();
        state.snapshotProperty().set(PreviewFixtures.snapshot(PreviewFixtures.demo()));
        state.targetConfigProperty().set(PreviewFixtures.target(users));
        harness = StepHarness.show(stage, state, settings, new TestFiles.QueuedFilePicker(), tasks, List.of(
                StepDefinition.of(StepId.PREVIEW, PreviewViewModel::new, model -> ViewLoader.load(new PreviewView(model))),
                PlaceholderStep.definition(StepId.IMPORT)));
        stage.setWidth(1280);
        stage.setHeight(720);
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
    private static TableView<PlanRow> table(FxRobot robot) {
        return robot.lookup("#planTable").queryAs(TableView.class);
    }

    private static List<PlanRow> items(FxRobot robot) {
        return table(robot).getItems().stream().filter(r -> !r.isCategory()).toList();
    }

    @Test
    void theUnchangedChipListsTheItemsAlreadyRight(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> model().phaseProperty().get() == PreviewViewModel.Phase.READY && !model().busyProperty().get());
        int unchanged = model().countProperty(ChangeKind.UNCHANGED).get();
        assertThat(unchanged).isEqualTo(PreviewFixtures.demo().users().size());
        assertThat(robot.lookup("#chip-unchanged").queryLabeled().getText()).isEqualTo("=  Unchanged  " + unchanged);
        assertThat(items(robot)).as("all changes").noneMatch(r -> r.kind() == ChangeKind.UNCHANGED);

        robot.clickOn("#chip-unchanged");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> items(robot).size() == unchanged);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model().filterProperty().get()).isEqualTo(KindFilter.UNCHANGED);
        assertThat(robot.lookup("#chip-unchanged").query().getPseudoClassStates()).extracting(Object::toString)
                .contains("selected");
        PlanRow first = items(robot).get(0);
        Node line = robot.lookup(".table-row-cell").match((TableRow<PlanRow> r) -> r.getItem() == first).query();
        assertThat(((Labeled) line.lookup(".item-cell")).getText()).isEqualTo(first.label());
        assertThat(line.lookupAll(".table-cell")).extracting(cell -> ((Labeled) cell).getText())
                .contains("=  Unchanged", "already as the snapshot has it");
        assertThat(line.lookup(".include-cell .check-box")).as("nothing to tick").isNull();

        robot.clickOn(line.lookup(".item-cell"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detailReason").queryLabeled().getText()).isEqualTo(ChangeDetails.UNCHANGED);
        onFx(() -> {
            harness.scene().getRoot().applyCss();
            harness.scene().getRoot().layout();
            assertThat(LayoutCheck.problems(harness.scene(), "primaryButton", "backButton")).isEmpty();
        });
    }
}
