package co.pump.icm.ui.follow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import co.pump.icm.apply.ItemResult;
import co.pump.icm.apply.Outcome;
import co.pump.icm.follow.AccountFollower;
import co.pump.icm.follow.AccountTimeline;
import co.pump.icm.follow.AwaitedAccount;
import co.pump.icm.follow.AwaitedAccounts;
import co.pump.icm.follow.FollowEnd;
import co.pump.icm.follow.FollowListener;
import co.pump.icm.follow.FollowResult;
import co.pump.icm.follow.FollowSettings;
import co.pump.icm.plan.Plan;
import co.pump.icm.ui.errors.UserError;
import co.pump.icm.ui.tasks.BackgroundTask;
import co.pump.icm.ui.tasks.TaskExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Following the accounts in the wizard: after an import whose confirmed plan skipped assignments
 * because their accounts were not in the new organization yet, the Import step offers to follow
 * those accounts ({@link #offer}); following then runs in the background ({@code AccountFollower})
 * while the person goes on to the Test and Finish steps, which show the same accounts. Each line
 * says where an account stands, from what the engine reports (which is what it journals): awaited
 * since when, when it arrived, when its users got access. Stop lets requests already sent finish;
 * Follow again picks up where it stopped.
 *
 * <p>It asks before it starts, once, because it keeps running for up to an hour; what it creates
 * is exactly what the preview showed for those accounts, which the import's confirmation covers.
 */
public final class AccountFollowing {

    /** Where following stands. */
    public enum State {
        /** Nothing to follow: every account of the plan is in the new organization (or nothing was imported). */
        NONE,
        /** Accounts are awaited; following has not started. */
        READY,
        FOLLOWING,
        /** Stop was pressed; requests already sent are finishing. */
        STOPPING,
        STOPPED,
        /** Every awaited account arrived, and its assignments were made (or failed, with the reason). */
        DONE,
        TIME_LIMIT,
        /** AWS refused, or the journal could not be written: the error says which. */
        FAILED;

        public boolean working() {
            return this == FOLLOWING || this == STOPPING;
        }
    }

    /** How long following waits in the wizard before it stops by itself. */
    public static final Duration LIMIT = Duration.ofHours(1);
    /** In the demo the new organization is the local sandbox: looking often costs nobody anything. */
    public static final Duration DEMO_INTERVAL = Duration.ofSeconds(5);

    /** Follows, blocking, on the worker: the new organization's session opens and closes around it. */
    @FunctionalInterface
    public interface Work {
        FollowResult follow(FollowSettings settings, FollowListener listener, Consumer<AccountFollower> follower);
    }

    /**
     * What following continues: the import run of a plan into the new organization.
     *
     * @param work          follows the accounts of that run
     * @param joinNowInDemo in demo mode, lets the awaited accounts join now; null otherwise
     */
    public record Run(Plan plan, Work work, Runnable joinNowInDemo) {
    }

    /** What the worker reports: every account as it stands, the looks, what could not be made. */
    private record Update(List<AccountTimeline> accounts, Instant lookedAt, Instant nextLook, List<ItemResult> notDone) {
    }

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.NONE);
    private final ObservableList<AccountLine> accounts = FXCollections.observableArrayList();
    private final ObservableList<String> notDone = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyStringWrapper coverage = new ReadOnlyStringWrapper(this, "coverage", "");
    private final ReadOnlyObjectWrapper<UserError> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyBooleanWrapper demo = new ReadOnlyBooleanWrapper(this, "demo");
    private final Map<String, AccountTimeline> shown = new LinkedHashMap<>();
    private Duration interval = FollowSettings.INTERVAL;
    private Run run;
    private AwaitedAccounts awaited;
    private TaskExecutor tasks;
    private Consumer<String> changes = what -> { };
    private FollowSettings settings;
    private Instant lookedAt;
    private Instant nextLook;
    private volatile AccountFollower follower;
    private volatile boolean stopRequested;

    /** Where following stands. */
    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** One line per awaited account. */
    public ObservableList<AccountLine> accounts() {
        return accounts;
    }

    /** Assignments that could not be made, with AWS's reason. */
    public ObservableList<String> notDone() {
        return notDone;
    }

    /** The card's headline, e.g. {@code Following the accounts: waiting for 2 of 2}. */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    /** When the last and next looks are, how often and why, until when. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** What the import's confirmation covers: exactly the assignments the preview showed for these accounts. */
    public ReadOnlyStringProperty coverageProperty() {
        return coverage.getReadOnlyProperty();
    }

    /** Why following stopped, when it failed; null otherwise. */
    public ReadOnlyObjectProperty<UserError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True in demo mode, where the accounts can be made to join now. */
    public ReadOnlyBooleanProperty demoProperty() {
        return demo.getReadOnlyProperty();
    }

    /** How often to look at the new organization against AWS ({@link FollowSettings#INTERVAL} unless changed). */
    public void setInterval(Duration value) {
        interval = value;
    }

    /**
     * After an import: what it left awaiting. Replaces anything offered before (stopping it).
     *
     * @param tasks   where following runs
     * @param changes told, in a few words, each time following changed the new organization
     */
    public void offer(Run value, TaskExecutor tasks, Consumer<String> changes) {
        withdraw();
        AwaitedAccounts offered = AwaitedAccounts.of(value.plan());
        if (offered.isEmpty()) {
            return;
        }
        this.run = value;
        this.awaited = offered;
        this.tasks = tasks;
        this.changes = changes;
        demo.set(value.joinNowInDemo() != null);
        // Not awaited "since" anything yet: following has not started.
        for (AwaitedAccount account : offered.accounts()) {
            shown.put(account.accountId(), new AccountTimeline(account.accountId(), account.accountName(),
                    account.assignments().size(), null, null, null, null, 0, 0));
        }
        coverage.set("Your confirmation of the import covers exactly the " + FollowWords.assignments(
                offered.assignmentCount()) + " the preview showed for " + (offered.accounts().size() == 1
                ? "this account" : "these accounts") + " (skipped there: not in the new organization yet), nothing more.");
        state.set(State.READY);
        refresh();
    }

    /** "Follow the accounts" (or "Follow again"): looks at the new organization until they have all arrived. */
    public void follow() {
        State now = state.get();
        if (run == null || now == State.NONE || now.working() || now == State.DONE) {
            return;
        }
        Duration every = run.joinNowInDemo() != null ? DEMO_INTERVAL : interval;
        settings = new FollowSettings(every, Instant.now().plus(LIMIT));
        stopRequested = false;
        error.set(null);
        notDone.clear();
        state.set(State.FOLLOWING);
        refresh();
        Run following = run;
        BackgroundTask.of("Following the accounts", work -> following.work().follow(settings,
                        new Publisher(work::publish), this::started))
                .onUpdate(Update.class, this::show)
                .onSuccess(this::ended)
                .onFailure(failure -> {
                    error.set(UserError.of(failure, "Following the accounts stopped."));
                    state.set(State.FAILED);
                    refresh();
                })
                .onFinished(() -> follower = null)
                .executeWith(tasks);
    }

    /** "Stop following": requests already sent finish, nothing new starts. */
    public void stop() {
        if (state.get() != State.FOLLOWING) {
            return;
        }
        stopRequested = true;
        state.set(State.STOPPING);
        refresh();
        AccountFollower current = follower;
        if (current != null) {
            current.cancel();
        }
    }

    /** A new import, or an undo, replaces what was offered: stop following and show nothing. */
    public void withdraw() {
        stop();
        run = null;
        awaited = null;
        shown.clear();
        accounts.clear();
        notDone.clear();
        error.set(null);
        state.set(State.NONE);
        refresh();
    }

    /** In the demo: the awaited accounts accept the new organization's invitation now. */
    public void joinNowInDemo() {
        if (run != null && run.joinNowInDemo() != null) {
            run.joinNowInDemo().run();
        }
    }

    /** Called on the worker with the follower, before it looks. */
    private void started(AccountFollower value) {
        follower = value;
        if (stopRequested) {
            value.cancel();
        }
    }

    private void show(Update update) {
        if (!state.get().working() || run == null) {
            return;
        }
        int gaveBefore = shown.values().stream().mapToInt(AccountTimeline::given).sum();
        update.accounts().forEach(t -> shown.put(t.accountId(), t));
        lookedAt = update.lookedAt() != null ? update.lookedAt() : lookedAt;
        nextLook = update.nextLook();
        List<String> failed = update.notDone().stream().map(i -> "✗ " + i.label() + " — " + i.reason()).toList();
        if (!failed.equals(notDone)) {
            notDone.setAll(failed);
        }
        int gave = shown.values().stream().mapToInt(AccountTimeline::given).sum();
        if (gave > gaveBefore) {
            changes.accept("following the accounts made " + FollowWords.assignments(gave - gaveBefore));
        }
        refresh();
    }

    private void ended(FollowResult result) {
        result.accounts().forEach(t -> shown.put(t.accountId(), t));
        nextLook = null;
        if (result.end() == FollowEnd.STOPPED_BY_AWS) {
            error.set(UserError.of(result.problem()));
        }
        state.set(switch (result.end()) {
            case ALL_ARRIVED -> State.DONE;
            case CANCELLED -> State.STOPPED;
            case TIME_LIMIT -> State.TIME_LIMIT;
            case STOPPED_BY_AWS -> State.FAILED;
        });
        refresh();
    }

    /** The lines and words, from the accounts as last reported. */
    private void refresh() {
        List<AccountLine> lines = shown.values().stream().map(AccountLine::of).toList();
        if (!lines.equals(accounts)) {
            // Only when a line changed: a look that finds nothing new leaves the card as it is.
            accounts.setAll(lines);
        }
        long waiting = shown.values().stream().filter(t -> t.status() == AccountTimeline.Status.AWAITED).count();
        int total = shown.size();
        headline.set(FollowWords.headline(state.get(), waiting, total, shown.values()));
        detail.set(FollowWords.detail(state.get(), settings, lookedAt, nextLook, run != null && run.joinNowInDemo() != null,
                interval, total));
    }

    /** Turns the engine's events (on the worker) into whole updates for the FX thread. */
    private static final class Publisher implements FollowListener {
        private final Consumer<Object> publish;
        private final Map<String, AccountTimeline> accounts = new LinkedHashMap<>();
        private final List<ItemResult> notDone = new ArrayList<>();
        private Instant lookedAt;
        private Instant nextLook;

        Publisher(Consumer<Object> publish) {
            this.publish = publish;
        }

        @Override
        public synchronized void onLook(List<AccountTimeline> all, Instant at, Instant next) {
            all.forEach(t -> accounts.put(t.accountId(), t));
            lookedAt = at;
            nextLook = next;
            send();
        }

        @Override
        public synchronized void onArrival(AccountTimeline account) {
            accounts.put(account.accountId(), account);
            send();
        }

        @Override
        public synchronized void onAccess(AccountTimeline account) {
            accounts.put(account.accountId(), account);
            send();
        }

        @Override
        public synchronized void onItem(ItemResult item) {
            if (item.outcome() != Outcome.SUCCEEDED) {
                notDone.add(item);
            }
        }

        private void send() {
            publish.accept(new Update(List.copyOf(accounts.values()), lookedAt, nextLook, List.copyOf(notDone)));
        }
    }
}
