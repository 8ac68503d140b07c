package co.pump.icm.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.sandbox.organizations.AccountMoves;
import co.pump.icm.testing.SandboxFixture;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.follow.AccountFollowing;
import co.pump.icm.ui.follow.AccountLine;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.state.TargetChange;
import co.pump.icm.ui.tasks.ImmediateTaskExecutor;

/**
 * After the import, the Import step offers to follow the accounts the confirmed plan awaits; following
 * gives them access as they arrive and tells the other steps that the new organization changed.
 * Without a screen: every task runs at once on the test's thread.
 */
class FollowingAfterImportTest {

    @TempDir
    Path dir;

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();

    @AfterEach
    void cleanUp() {
        settings.remove();
    }

    @Test
    void theImportOffersToFollowTheAwaitedAccountsAndFollowingGivesThemAccessAsTheyArrive() {
        try (var fixture = SandboxFixture.start(DemoData.scenarioWithAccountsArriving(), 31, o -> o)) {
            MigrationState state = Migrations.confirmed(fixture, dir, PlanOptions.defaults());
            var changes = new ArrayList<TargetChange>();
            state.targetChangeProperty().addListener((obs, was, now) -> changes.add(now));
            var model = new ImportViewModel(Migrations.context(state, new ImmediateTaskExecutor(),
                    new TestFiles.QueuedFilePicker(), settings.app()), Migrations.FAST);
            model.onEnter();
            assertThat(model.phaseProperty().get()).isEqualTo(ImportPhase.FINISHED);

            AccountFollowing following = model.following();
            assertThat(following).isSameAs(state.following());
            assertThat(following.stateProperty().get()).isEqualTo(AccountFollowing.State.READY);
            assertThat(following.headlineProperty().get()).isEqualTo("2 accounts are not in the new organization yet");
            assertThat(following.coverageProperty().get()).isEqualTo("Your confirmation of the import covers exactly "
                    + "the 18 assignments the preview showed for these accounts (skipped there: not in the new "
                    + "organization yet), nothing more.");
            assertThat(following.detailProperty().get()).startsWith("Follow them, and the migrator looks at the new organization "
                    + "every 30 seconds, gently: the Organizations API is shared by everything in both organizations, for up to an "
                    + "hour; as each account arrives, it creates the assignments the preview showed for it.");
            assertThat(following.accounts()).extracting(AccountLine::text).anySatisfy(text -> assertThat(text)
                    .isEqualTo("666666666666 (larkspur-sandbox) — not in the new organization yet · 10 assignments "
                            + "wait for it"));
            assertThat(fixture.sandbox().calls().records()).noneMatch(c -> "DescribeAccount".equals(c.operation()))
                    .as("nothing is looked at before the person asks");

            AccountMoves.schedule(fixture.world(), java.util.List.of(DemoData.SECURITY, DemoData.SANDBOX),
                    DemoData.TARGET_ORGANIZATION, fixture.world().now() + 1500);
            following.setInterval(Duration.ofMillis(400));
            changes.clear();
            following.follow();

            assertThat(following.stateProperty().get()).isEqualTo(AccountFollowing.State.DONE);
            assertThat(following.headlineProperty().get()).isEqualTo("✓ Every awaited account arrived, and its users got "
                    + "access");
            assertThat(following.accounts()).extracting(AccountLine::mark).containsOnly("✓");
            assertThat(following.accounts()).extracting(AccountLine::text).anySatisfy(text -> assertThat(text)
                    .matches("666666666666 \\(larkspur-sandbox\\) — arrived at \\d\\d:\\d\\d:\\d\\d · users of "
                            + "larkspur-sandbox got access at \\d\\d:\\d\\d:\\d\\d"));
            assertThat(changes).isNotEmpty().allSatisfy(c -> assertThat(c.what()).startsWith("following the accounts made "));
            assertThat(model.undoableProperty().get()).as("what following made can be undone").isTrue();
            assertThat(Migrations.plan(fixture, state.getSnapshot().config(), PlanOptions.defaults()).isEmpty()).isTrue();
        }
    }

    @Test
    void anUndoWithdrawsTheOfferAndNothingIsOfferedWhenNoAccountIsAwaited() throws Exception {
        try (var fixture = SandboxFixture.start(DemoData.scenarioWithAccountsArriving(), 31, o -> o)) {
            MigrationState state = Migrations.confirmed(fixture, dir, PlanOptions.defaults());
            var model = new ImportViewModel(Migrations.context(state, new ImmediateTaskExecutor(),
                    new TestFiles.QueuedFilePicker(), settings.app()), Migrations.FAST);
            model.onEnter();
            assertThat(state.following().stateProperty().get()).isEqualTo(AccountFollowing.State.READY);
            model.openUndo();
            assertThat(state.following().stateProperty().get()).isEqualTo(AccountFollowing.State.NONE);
            assertThat(state.following().accounts()).isEmpty();
        }
        try (var fixture = SandboxFixture.start(DemoData.scenarioWithAccountsArriving(), 31, o -> o)) {
            synchronized (fixture.world()) {
                AccountMoves.join(fixture.world(), DemoData.SECURITY, DemoData.TARGET_ORGANIZATION);
                AccountMoves.join(fixture.world(), DemoData.SANDBOX, DemoData.TARGET_ORGANIZATION);
            }
            MigrationState state = Migrations.confirmed(fixture,
                    java.nio.file.Files.createDirectories(dir.resolve("all-there")), PlanOptions.defaults());
            var model = new ImportViewModel(Migrations.context(state, new ImmediateTaskExecutor(),
                    new TestFiles.QueuedFilePicker(), settings.app()), Migrations.FAST);
            model.onEnter();
            assertThat(model.phaseProperty().get()).isEqualTo(ImportPhase.FINISHED);
            assertThat(state.following().stateProperty().get()).isEqualTo(AccountFollowing.State.NONE);
        }
    }
}
