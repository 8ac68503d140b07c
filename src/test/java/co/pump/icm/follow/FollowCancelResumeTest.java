package co.pump.icm.follow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.pump.icm.apply.ApplyListener;
import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.ItemResult;
import co.pump.icm.apply.Outcome;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.plan.Plan;
import co.pump.icm.rollback.ImportJournal;
import co.pump.icm.rollback.RollbackPlan;
import co.pump.icm.rollback.RollbackSession;
import co.pump.icm.sandbox.data.DemoData;

/**
 * Cancelling following behaves like cancelling an import: requests already sent finish, nothing new
 * starts, the journal says what was not attempted, and following again picks up where it stopped,
 * in the same run or in a later one. Undoing the run undoes what following created.
 */
class FollowCancelResumeTest {

    @TempDir
    Path dir;

    @Test
    void cancelledWhileGivingAccessThenFollowedAgainInTheSameRunFinishesWithoutDuplicates() throws Exception {
        try (var f = new FollowFixture(dir, Duration.ofMillis(300))) {
            Plan plan = f.plan();
            int awaited = AwaitedAccounts.of(plan).assignmentCount();
            String runId = f.importRun(plan);
            long importCreates = f.calls("CreateAccountAssignment");
            f.joinAfter(Duration.ofMillis(500));
            var follower = new AtomicReference<AccountFollower>();
            follower.set(f.follower(plan, runId, Duration.ofMillis(300), Duration.ofSeconds(60), new FollowListener() {
                @Override
                public void onItem(ItemResult item) {
                    follower.get().cancel();
                }
            }));
            FollowResult first = follower.get().follow();

            assertThat(first.end()).isEqualTo(FollowEnd.CANCELLED);
            long made = first.items().stream().filter(i -> i.outcome() == Outcome.SUCCEEDED).count();
            assertThat(made).isPositive().isLessThan(awaited);
            assertThat(first.failures()).isNotEmpty().allSatisfy(i -> {
                assertThat(i.outcome()).isEqualTo(Outcome.NOT_ATTEMPTED);
                assertThat(i.reason()).isEqualTo("the import was cancelled before it got to this");
            });
            assertThat(first.accounts()).allSatisfy(t -> assertThat(t.seenAt()).isNotNull());
            assertThat(first.accounts()).anySatisfy(t -> assertThat(t.status())
                    .isEqualTo(AccountTimeline.Status.PARTLY_GIVEN));
            long callsAtEnd = f.sandbox.sandbox().calls().records().size();
            Thread.sleep(400);
            assertThat(f.sandbox.sandbox().calls().records().size()).as("nothing sent after following stopped")
                    .isEqualTo(callsAtEnd);

            FollowResult again = f.follower(plan, runId, Duration.ofMillis(300), Duration.ofSeconds(60),
                    FollowListener.NONE).follow();
            assertThat(again.end()).isEqualTo(FollowEnd.ALL_ARRIVED);
            assertThat(again.complete()).isTrue();
            assertThat(again.items()).hasSize(awaited - (int) made)
                    .allSatisfy(i -> assertThat(i.outcome()).isEqualTo(Outcome.SUCCEEDED));
            assertThat(f.calls("CreateAccountAssignment") - importCreates).as("each awaited assignment created once")
                    .isEqualTo(awaited);
            for (AccountTimeline t : again.accounts()) {
                AccountTimeline before = first.accounts().stream().filter(b -> b.accountId().equals(t.accountId()))
                        .findFirst().orElseThrow();
                assertThat(t.awaitedSince()).isEqualTo(before.awaitedSince());
                assertThat(t.seenAt()).isEqualTo(before.seenAt());
                assertThat(t.status()).isEqualTo(AccountTimeline.Status.ACCESS_GIVEN);
            }
            assertThat(AccountFollowerTest.types(AccountFollowerTest.lines(f.journal)).stream()
                    .filter("arrival"::equals).count()).as("each arrival recorded once").isEqualTo(2);
        }
    }

    @Test
    void cancelledWhileWaitingThenALaterRunPicksUpTheAccountsThatArrivedMeanwhile() throws Exception {
        try (var f = new FollowFixture(dir, Duration.ZERO)) {
            Plan plan = f.plan();
            String first = f.importRun(plan);
            var follower = new AtomicReference<AccountFollower>();
            follower.set(f.follower(plan, first, Duration.ofSeconds(30), Duration.ofMinutes(5), new FollowListener() {
                @Override
                public void onLook(java.util.List<AccountTimeline> accounts, java.time.Instant at, java.time.Instant next) {
                    if (next != null) {
                        follower.get().cancel();
                    }
                }
            }));
            FollowResult stopped = follower.get().follow();
            assertThat(stopped.end()).isEqualTo(FollowEnd.CANCELLED);
            assertThat(stopped.stillAwaited()).hasSize(2);

            f.joinAfter(Duration.ZERO).joinNow();
            Plan later = f.plan();
            assertThat(AwaitedAccounts.of(later).isEmpty()).isTrue();
            int creates = later.writes().size();
            assertThat(creates).isEqualTo(AwaitedAccounts.of(plan).assignmentCount());
            String second = f.importRun(later);
            long createCalls = f.calls("CreateAccountAssignment");

            FollowResult caughtUp = f.follower(later, second, Duration.ofSeconds(30), Duration.ofMinutes(5),
                    FollowListener.NONE).follow();
            assertThat(caughtUp.end()).isEqualTo(FollowEnd.ALL_ARRIVED);
            assertThat(caughtUp.items()).as("the import made them; following only checks").isEmpty();
            assertThat(f.calls("CreateAccountAssignment")).isEqualTo(createCalls);
            var history = FollowHistory.read(f.journal);
            for (AccountTimeline t : history.timelines(second)) {
                AccountTimeline waited = stopped.accounts().stream().filter(s -> s.accountId().equals(t.accountId()))
                        .findFirst().orElseThrow();
                assertThat(t.awaitedSince()).as("awaited since the first run").isEqualTo(waited.awaitedSince());
                assertThat(t.status()).isEqualTo(AccountTimeline.Status.ACCESS_GIVEN);
                assertThat(t.joinedAt()).isNotNull();
                assertThat(t.accessAt()).as("when the second run's import made them").isBefore(t.seenAt());
            }
            assertThat(history.timelines(first)).extracting(AccountTimeline::status)
                    .containsOnly(AccountTimeline.Status.AWAITED);
        }
    }

    @Test
    void undoingARunThatFollowedTheAccountsUndoesWhatFollowingCreated() throws Exception {
        try (var f = new FollowFixture(dir, Duration.ZERO)) {
            Plan plan = f.plan();
            String runId = f.importRun(plan);
            f.joinAfter(Duration.ofMillis(300));
            FollowResult followed = f.follower(plan, runId, Duration.ofMillis(250), Duration.ofSeconds(30),
                    FollowListener.NONE).follow();
            assertThat(followed.complete()).isTrue();
            assertThat(f.assignmentsIn(DemoData.SANDBOX)).isPositive();

            var rollback = new RollbackSession(f.clients, new AwsCallRunner(FollowFixture.FAST));
            RollbackPlan undo = rollback.plan(ImportJournal.read(f.journal), runId, ExportListener.NONE);
            assertThat(undo.writes().stream().map(c -> c.id()))
                    .containsAll(followed.items().stream().map(ItemResult::changeId).toList());
            ApplyResult undone = rollback.apply(undo, ApplyListener.NONE, null);
            assertThat(undone.failures()).isEmpty();
            assertThat(rollback.verify(undo, ExportListener.NONE).notBack()).isEmpty();
            assertThat(f.assignmentsIn(DemoData.SANDBOX)).isZero();
            assertThat(f.assignmentsIn(DemoData.SECURITY)).isZero();
        }
    }
}
