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
                    .startsWith("Delete what the import created: 40 users, 8 groups, 43 group memberships, 12 permission sets");
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
    void aRetryAndTheFirstRunAreUndoneTogetherWithOneConfirmation() {
        try (var fixture = SandboxFixture.start(DemoData.scenarioWithMissingPolicy(), 7, o -> o)) {
            MigrationState state = Migrations.confirmed(fixture, dir, PlanOptions.defaults());
            IdentityCenterConfig before = Migrations.export(fixture.target());
            ImportViewModel model = model(state);
            model.onEnter();
            long firstRun = state.applyResultProperty().get().count(co.pump.icm.apply.Outcome.SUCCEEDED);
            synchronized (fixture.world()) {
                fixture.world().account(DemoData.MISSING_POLICY.accountId()).orElseThrow()
                        .customerManagedPolicies.add(DemoData.MISSING_POLICY.policy());
            }
            model.retry();
            assertThat(state.applyResultProperty().get().succeeded()).isTrue();
            long retried = state.applyResultProperty().get().count(co.pump.icm.apply.Outcome.SUCCEEDED);
            UndoCard undo = model.undo();

            model.openUndo();
            // Both runs of the import: undoing only the retry would leave the first run's changes in
            // the new organization while the step says the import was undone.
            assertThat(undo.lines()).first().asString().startsWith("Delete what the import created: 40 users")
                    .endsWith(" account assignments, 1 access control attribute configuration.");
            // Every change both runs made (and any the first run's failures may have left) is undone.
            assertThat(undo.headlineProperty().get()).matches(".*\\((\\d+) changes\\)\\. Nothing has been written yet\\.");
            long planned = Long.parseLong(undo.headlineProperty().get().replaceAll(".*\\((\\d+) changes\\).*", "$1"));
            assertThat(planned).isGreaterThanOrEqualTo(firstRun + retried);
            undo.typedProperty().set(DemoData.TARGET_DELEGATED_ADMIN);
            model.confirmUndo();

            assertThat(undo.stateProperty().get()).isEqualTo(UndoCard.State.DONE);
            assertThat(undo.headlineProperty().get()).startsWith("✓ Undone: every item this import touched is back");
            assertThat(undo.progressTextProperty().get()).isEqualTo(planned + " changes undone · 0 not");
            IdentityCenterConfig after = Migrations.export(fixture.target());
            assertThat(userNames(after)).isEqualTo(userNames(before));
            assertThat(after.assignments()).hasSameSizeAs(before.assignments());
            assertThat(model.undoneProperty().get()).isTrue();
            assertThat(model.headingProperty().get()).startsWith("The import was undone.");

            undo.close();
            model.openUndo();
            assertThat(undo.stateProperty().get()).isEqualTo(UndoCard.State.NOTHING);
        }
    }
}
