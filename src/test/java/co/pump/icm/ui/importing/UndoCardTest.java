package co.pump.icm.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.User;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.CallRecord;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.testing.SandboxFixture;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.ImmediateTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Undo this import…" through the rollback engine, against the sandbox, without a screen. */
class UndoCardTest {

    @TempDir
    Path dir;

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();

    @AfterEach
    void cleanUp() {
        settings.remove();
    }

    private ImportViewModel model(MigrationState state) {
        return new ImportViewModel(Migrations.context(state, new ImmediateTaskExecutor(),
                new TestFiles.QueuedFilePicker(), settings.app()), Migrations.FAST);
    }

    private static List<String> userNames(IdentityCenterConfig config) {
        return config.users().stream().map(User::userName).sorted().toList();
    }

    @Test
    void theImportIsUndoneAfterTheTypedConfirmationAndEverythingIsBack() {
        try (var fixture = SandboxFixture.demo()) {
            MigrationState state = Migrations.confirmed(fixture, dir, PlanOptions.defaults());
            IdentityCenterConfig before = Migrations.export(fixture.target());
            ImportViewModel model = model(state);
            assertThat(model.undoableProperty().get()).isFalse();
            model.onEnter();
            assertThat(model.undoableProperty().get()).isTrue();
            UndoCard undo = model.undo();
            int writesBefore = (int) fixture.sandbox().calls().records().stream().filter(CallRecord::isWrite).count();

            model.openUndo();

            assertThat(undo.stateProperty().get()).isEqualTo(UndoCard.State.READY);
            assertThat(undo.headlineProperty().get()).contains("Nothing has been written yet.");
            assertThat(undo.lines()).first().asString()
                    .startsWith("Delete what the import created: 39 users, 8 groups, 42 group memberships, 12 permission sets");
            assertThat(undo.accountProperty().get()).isEqualTo(DemoData.TARGET_DELEGATED_ADMIN);
            assertThat(fixture.sandbox().calls().records().stream().filter(CallRecord::isWrite).count())
                    .as("planning the undo writes nothing").isEqualTo(writesBefore);
            assertThat(undo.confirmableProperty().get()).isFalse();
            undo.typedProperty().set("1234");
            assertThat(undo.confirmableProperty().get()).isFalse();
            model.confirmUndo();
            assertThat(undo.stateProperty().get()).as("not confirmed: nothing happens").isEqualTo(UndoCard.State.READY);

            undo.typedProperty().set("8888");
            assertThat(undo.confirmableProperty().get()).isTrue();
            model.confirmUndo();

            assertThat(undo.stateProperty().get()).isEqualTo(UndoCard.State.DONE);
            assertThat(undo.headlineProperty().get()).startsWith("✓ Undone: every item this import touched is back as "
                    + "it was before it (");
            assertThat(undo.details()).isEmpty();
            assertThat(userNames(Migrations.export(fixture.target()))).isEqualTo(userNames(before));
            assertThat(model.backAllowedProperty().get()).isTrue();

            undo.close();
            model.openUndo();
            assertThat(undo.stateProperty().get()).isEqualTo(UndoCard.State.NOTHING);
            assertThat(undo.headlineProperty().get()).startsWith("✓ Nothing to undo");
        }
    }

    @Test
    void aRetryIsUndoneFirstThenTheFirstRunAndUntilThenTheImportIsOnlyPartlyUndone() {
        try (var fixture = SandboxFixture.start(DemoData.scenarioWithMissingPolicy(), 7, o -> o)) {
            MigrationState state = Migrations.confirmed(fixture, dir, PlanOptions.defaults());
            IdentityCenterConfig before = Migrations.export(fixture.target());
            ImportViewModel model = model(state);
            model.onEnter();
            int failed = model.notDone().size();
            synchronized (fixture.world()) {
                fixture.world().account(DemoData.MISSING_POLICY.accountId()).orElseThrow()
                        .customerManagedPolicies.add(DemoData.MISSING_POLICY.policy());
            }
            model.retry();
            assertThat(state.applyResultProperty().get().succeeded()).isTrue();
            UndoCard undo = model.undo();

            model.openUndo();
            assertThat(undo.lines()).containsExactly("Delete what the import created: " + failed
                    + (failed == 1 ? " account assignment." : " account assignments."));
            undo.typedProperty().set(DemoData.TARGET_DELEGATED_ADMIN);
            model.confirmUndo();
            assertThat(undo.stateProperty().get()).isEqualTo(UndoCard.State.DONE);
            // The first run's changes are still there: nothing says the import was undone.
            assertThat(undo.complete()).isFalse();
            assertThat(undo.headlineProperty().get()).startsWith("✓ The import's last run is undone: every item it "
                    + "touched is back as it was before it (").endsWith(" checked). The run before it still has its "
                    + "changes in the new organization: Undo this import again to take them back too.");
            assertThat(model.headingProperty().get()).isEqualTo("Part of the import was undone. Undo again to finish, "
                    + "or go Back to the preview to import again.");
            assertThat(model.summaryProperty().get().headline()).startsWith("⚠ Partly undone at ");

            undo.close();
            model.openUndo();
            assertThat(undo.stateProperty().get()).isEqualTo(UndoCard.State.READY);
            assertThat(undo.lines()).first().asString().startsWith("Delete what the import created: 39 users");
            undo.typedProperty().set("8888");
            model.confirmUndo();

            assertThat(undo.complete()).isTrue();
            assertThat(undo.headlineProperty().get()).startsWith("✓ Undone: every item this import touched is back");
            assertThat(model.headingProperty().get()).startsWith("The import was undone.");
            assertThat(userNames(Migrations.export(fixture.target()))).isEqualTo(userNames(before));
        }
    }
}
