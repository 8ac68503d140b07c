package co.pump.icm.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.ItemResult;
import co.pump.icm.apply.Outcome;
import co.pump.icm.compare.Category;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.CallRecord;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.testing.SandboxFixture;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.shell.StepViewModel;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.ImmediateTaskExecutor;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Import step's logic against the sandbox, without a screen (every task runs at once on the test's thread). */
class ImportViewModelTest {

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

    private static long writes(SandboxFixture fixture, String operation) {
        return fixture.sandbox().calls().records().stream()
                .filter(c -> operation.equals(c.operation()) && DemoData.TARGET_DELEGATED_ADMIN.equals(c.account()))
                .count();
    }

    @Test
    void entering_imports_the_confirmed_plan_and_a_second_plan_is_empty() throws Exception {
        try (var fixture = SandboxFixture.demo()) {
            MigrationState state = Migrations.confirmed(fixture, dir, PlanOptions.defaults());
            Plan plan = state.planProperty().get();
            ImportViewModel model = model(state);
            var seenWhileImporting = new ArrayList<String>();
            state.writesStartedProperty().addListener((obs, was, now) -> seenWhileImporting.add("writes started after "
                    + fixture.sandbox().calls().records().stream().filter(CallRecord::isWrite).count() + " writes"));
            model.categories().addListener((ListChangeListener<CategoryProgress>) change -> {
                if (model.phaseProperty().get() == ImportPhase.IMPORTING) {
                    seenWhileImporting.add("back " + model.backAllowedProperty().get() + ", next " + model.isValid()
                            + ", footer " + model.statusProperty().get());
                }
            });

            model.onEnter();

            assertThat(seenWhileImporting).filteredOn(seen -> seen.startsWith("writes started"))
                    .containsExactly("writes started after 0 writes");
            assertThat(seenWhileImporting).contains("back false, next false, footer " + ImportViewModel.IMPORTING);
            assertThat(model.phaseProperty().get()).isEqualTo(ImportPhase.FINISHED);
            ApplyResult result = state.applyResultProperty().get();
            assertThat(result.failures()).isEmpty();
            assertThat(result.count(Outcome.SUCCEEDED)).isEqualTo(plan.writes().size());
            // The demo's 40 users but the one disabled in the source.
            assertThat(writes(fixture, "CreateUser")).isEqualTo(39);
            assertThat(writes(fixture, "CreateGroup")).isEqualTo(8);
            assertThat(writes(fixture, "CreatePermissionSet")).isEqualTo(12);
            assertThat(Migrations.export(fixture.target()).users()).hasSize(39);

            int made = plan.writes().size();
            assertThat(model.summaryProperty().get().headline()).isEqualTo("✓ " + made + " changes made · 0 failed");
            assertThat(model.categories()).extracting(CategoryProgress::text)
                    .contains("✓ 39 of 39 made", "✓ 8 of 8 made", "✓ 12 of 12 made");
            assertThat(model.notDone()).isEmpty();
            assertThat(model.retryLabelProperty().get()).isNull();
            assertThat(model.isValid()).isTrue();
            assertThat(model.backAllowedProperty().get()).isTrue();
            assertThat(model.statusProperty().get()).isNull();
            assertThat(state.isWritesStarted()).isTrue();
            assertThat(model.journalProperty().get()).isEqualTo(dir.resolve("acme.journal.jsonl").toAbsolutePath());
            assertThat(Files.readAllLines(model.journalProperty().get())).last().asString().contains("\"type\":\"end\"");

            Plan again = Migrations.plan(fixture, state.getSnapshot().config(), PlanOptions.defaults());
            assertThat(again.writes()).isEmpty();
            assertThat(again.count(Category.USERS, ChangeKind.UNCHANGED)).isEqualTo(39);
            assertThat(again.count(Category.USERS, ChangeKind.SKIP)).as("the user disabled in the source").isEqualTo(1);
        }
    }

    @Test
    void coming_back_to_the_step_shows_the_last_run_instead_of_importing_again() {
        try (var fixture = SandboxFixture.demo()) {
            MigrationState state = Migrations.confirmed(fixture, dir, PlanOptions.defaults());
            ImportViewModel model = model(state);
            model.onEnter();

            leaveAndComeBackImportsNothing(fixture, state, model);
        }
    }

    /** Leaves the step and comes back: the last run is shown, and nothing is sent to AWS. */
    private static void leaveAndComeBackImportsNothing(SandboxFixture fixture, MigrationState state,
                                                       ImportViewModel model) {
        ApplyResult last = state.applyResultProperty().get();
        long calls = fixture.sandbox().calls().records().size();
        model.onLeave();
        model.onEnter();
        assertThat(state.applyResultProperty().get()).isSameAs(last);
        assertThat(fixture.sandbox().calls().records()).hasSize((int) calls);
    }

    @Test
    void cancel_lets_what_was_sent_finish_says_what_was_not_done_and_import_the_rest_completes() {
        try (var fixture = SandboxFixture.start(DemoData.scenario(), 42,
                o -> o.withAssignmentDelay(Duration.ofMillis(300)))) {
            MigrationState state = Migrations.confirmed(fixture, dir, PlanOptions.defaults());
            Plan plan = state.planProperty().get();
            ImportViewModel model = model(state);
            // Cancel once, as soon as anything has been done, while the slow assignments are still ahead.
            var cancelled = new boolean[1];
            model.categories().addListener((ListChangeListener<CategoryProgress>) change -> {
                if (!cancelled[0] && model.phaseProperty().get() == ImportPhase.IMPORTING
                        && model.categories().stream().mapToInt(CategoryProgress::done).sum() > 0) {
                    cancelled[0] = true;
                    model.cancel();
                }
            });

            model.onEnter();

            assertThat(model.headingProperty().get()).isEqualTo("The confirmed plan: " + plan.writes().size()
                    + " changes in " + DemoData.TARGET_DELEGATED_ADMIN + ".");
            ApplyResult stopped = state.applyResultProperty().get();
            assertThat(stopped.cancelled()).isTrue();
            assertThat(model.phaseProperty().get()).isEqualTo(ImportPhase.FINISHED);
            ImportSummary summary = model.summaryProperty().get();
            long made = stopped.count(Outcome.SUCCEEDED);
            assertThat(made).isLessThan(plan.writes().size());
            assertThat(summary.headline()).isEqualTo("Stopped · " + made + " changes made · 0 failed · "
                    + (plan.writes().size() - made) + " not started");
            assertThat(summary.explanation()).startsWith("Requests already sent finished; nothing is half-done.");
            assertThat(model.notDone()).isNotEmpty().allSatisfy(item -> {
                assertThat(item.outcome()).isEqualTo(Outcome.NOT_ATTEMPTED);
                assertThat(item.reason()).contains("cancelled");
            });
            assertThat(model.categories()).filteredOn(c -> c.category() == Category.ASSIGNMENTS)
                    .singleElement().extracting(CategoryProgress::text).asString().contains("not done");
            assertThat(model.retryLabelProperty().get()).isEqualTo("Import the _rest");

            model.retry();

            assertThat(model.phaseProperty().get()).isEqualTo(ImportPhase.FINISHED);
            assertThat(state.applyResultProperty().get().failures()).isEmpty();
            assertThat(state.applyResultProperty().get().succeeded()).isTrue();
            assertThat(state.applyResultProperty().get().items()).hasSize(plan.writes().size() - (int) made);
            // This run is the rest of the plan the person confirmed, not a plan of its own.
            assertThat(model.headingProperty().get()).isEqualTo("The rest of the confirmed plan: "
                    + (plan.writes().size() - made) + " changes still to make in " + DemoData.TARGET_DELEGATED_ADMIN + ".");
            assertThat(model.rateTextProperty().get()).matches("\\d+ AWS requests in \\d+\u00a0s");
            assertThat(Migrations.plan(fixture, state.getSnapshot().config(), PlanOptions.defaults()).writes()).isEmpty();

            // Back on the step later (the rail, or Back from Test): the confirmed plan is not imported
            // again without a new confirmation.
            leaveAndComeBackImportsNothing(fixture, state, model);
        }
    }

    @Test
    void cancel_before_the_first_request_writes_nothing() {
        try (var fixture = SandboxFixture.demo()) {
            MigrationState state = Migrations.confirmed(fixture, dir, PlanOptions.defaults());
            ImportViewModel model = model(state);
            state.writesStartedProperty().addListener((obs, was, now) -> model.cancel());

            model.onEnter();

            assertThat(state.applyResultProperty().get().count(Outcome.SUCCEEDED)).isZero();
            assertThat(fixture.sandbox().calls().records()).noneMatch(CallRecord::isWrite);
            assertThat(model.summaryProperty().get().headline()).startsWith("Stopped · 0 changes made · 0 failed · ");
        }
    }

    @Test
    void a_failing_import_lists_each_failure_with_aws_reason_and_retry_failed_plans_again() {
        try (var fixture = SandboxFixture.start(DemoData.scenarioWithMissingPolicy(), 7, o -> o)) {
            MigrationState state = Migrations.confirmed(fixture, dir, PlanOptions.defaults());
            ImportViewModel model = model(state);

            model.onEnter();

            List<ItemResult> failures = List.copyOf(model.notDone());
            assertThat(failures).isNotEmpty().allSatisfy(failure -> {
                assertThat(failure.outcome()).isEqualTo(Outcome.FAILED);
                assertThat(failure.category()).isEqualTo(Category.ASSIGNMENTS);
                assertThat(failure.reason()).contains("DataLakeAccess");
            });
            assertThat(model.summaryProperty().get().headline()).startsWith("⚠ ").endsWith(failures.size() + " failed");
            assertThat(model.retryLabelProperty().get()).isEqualTo("_Retry failed");
            assertThat(model.isValid()).as("the user may go on to test what did work").isTrue();

            // The customer creates the missing policy in the account, then retries.
            synchronized (fixture.world()) {
                fixture.world().account(DemoData.MISSING_POLICY.accountId()).orElseThrow()
                        .customerManagedPolicies.add(DemoData.MISSING_POLICY.policy());
            }
            int before = fixture.sandbox().calls().records().size();
            model.retry();

            var retryCalls = fixture.sandbox().calls().records().subList(before, fixture.sandbox().calls().records().size());
            assertThat(retryCalls).as("the retry read the target again before writing")
                    .anyMatch(c -> "ListUsers".equals(c.operation()));
            ApplyResult retried = state.applyResultProperty().get();
            assertThat(retried.succeeded()).isTrue();
            assertThat(retried.items()).extracting(ItemResult::changeId)
                    .containsExactlyInAnyOrderElementsOf(failures.stream().map(ItemResult::changeId).toList());
            assertThat(model.summaryProperty().get().headline())
                    .isEqualTo("✓ " + ProgressText.plural(failures.size(), "change", "changes") + " made · 0 failed");
            assertThat(model.notDone()).isEmpty();
        }
    }

    @Test
    void without_a_confirmed_plan_the_step_says_to_go_back_and_imports_nothing() {
        var state = new MigrationState();
        ImportViewModel model = model(state);

        model.onEnter();

        assertThat(model.phaseProperty().get()).isEqualTo(ImportPhase.NO_PLAN);
        assertThat(model.errorProperty().get().sentence())
                .isEqualTo("There is no confirmed plan to import. Go back to the preview and confirm the import there.");
        assertThat(model.isValid()).isFalse();
        assertThat(model.backAllowedProperty().get()).isTrue();
        assertThat(state.isWritesStarted()).isFalse();
        assertThat(model.primaryLabelProperty().get()).isEqualTo(StepViewModel.NEXT);
    }

    @Test
    void a_run_that_cannot_go_on_stops_with_a_sentence_and_try_again() throws Exception {
        try (var fixture = SandboxFixture.demo()) {
            MigrationState state = Migrations.confirmed(fixture, dir, PlanOptions.defaults());
            // The snapshot's folder is not a folder: the journal cannot be written, so nothing may be.
            Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "x");
            state.snapshotFileProperty().set(notAFolder.resolve("acme.json"));
            ImportViewModel model = model(state);

            model.onEnter();

            assertThat(model.phaseProperty().get()).isEqualTo(ImportPhase.FAILED);
            assertThat(model.errorProperty().get().sentence()).startsWith("Cannot write the journal ");
            assertThat(model.retryLabelProperty().get()).isEqualTo("_Try again");
            assertThat(model.backAllowedProperty().get()).isTrue();
            assertThat(model.isValid()).isTrue();
            assertThat(fixture.sandbox().calls().records()).noneMatch(CallRecord::isWrite);

            state.snapshotFileProperty().set(dir.resolve("acme.json"));
            model.retry();

            assertThat(model.phaseProperty().get()).isEqualTo(ImportPhase.FINISHED);
            assertThat(state.applyResultProperty().get().succeeded()).isTrue();
        }
    }
}
