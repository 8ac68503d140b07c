package co.pump.icm.follow;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import co.pump.icm.apply.Applier;
import co.pump.icm.apply.ApplyListener;
import co.pump.icm.apply.ApplyProgress;
import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.ImportSession;
import co.pump.icm.apply.ItemResult;
import co.pump.icm.apply.Journal;
import co.pump.icm.apply.Outcome;
import co.pump.icm.aws.InstanceWriter;
import co.pump.icm.model.Account;
import co.pump.icm.model.MigratorException;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.plan.Plan;

/**
 * Follows the accounts after an import: looks at the new organization every
 * {@link FollowSettings#interval()}, and as each awaited account arrives creates the assignments the
 * preview showed for it, with the import engine ({@link Applier}), in the import's journal run and
 * within the same limits. It stops when every account has arrived, on {@link #cancel()}, or at
 * {@link FollowSettings#until()}.
 *
 * <p>It creates nothing the preview did not show: only the awaited assignments of the confirmed
 * plan ({@link AwaitedAccounts#of(Plan)}). Running it again in the same run (after a cancel) or in
 * a later run picks up where it stopped: the journal says since when each account has been
 * awaited and which of its assignments are made, and what is already in place is never written
 * again. Accounts an earlier run awaited that arrived meanwhile get their assignments from this
 * run's import; following then records when they arrived and checks that their users have access.
 */
public final class AccountFollower {

    private final ImportSession session;
    private final Plan plan;
    private final Path journalFile;
    private final String runId;
    private final FollowSettings settings;
    private final FollowListener listener;
    private final AwaitedAccounts awaited;
    private final Object wakeUp = new Object();
    private final ConcurrentLinkedQueue<ItemResult> items = new ConcurrentLinkedQueue<>();
    private final Map<String, AccountTimeline> state = new LinkedHashMap<>();
    private volatile boolean cancelled;
    private volatile Applier current;

    /**
     * @param plan    the confirmed plan the import ran (what awaits each account comes from it alone)
     * @param runId   the import's run, which following continues in the journal
     */
    public AccountFollower(ImportSession session, Plan plan, Path journalFile, String runId, FollowSettings settings,
                           FollowListener listener) {
        this.session = session;
        this.plan = plan;
        this.journalFile = journalFile;
        this.runId = runId;
        this.settings = settings;
        this.listener = listener;
        this.awaited = AwaitedAccounts.of(plan);
    }

    /** What this follower waits for. */
    public AwaitedAccounts awaited() {
        return awaited;
    }

    /** Stops following: assignment requests already sent finish, nothing new starts. */
    public void cancel() {
        cancelled = true;
        Applier applier = current;
        if (applier != null) {
            applier.cancel();
        }
        synchronized (wakeUp) {
            wakeUp.notifyAll();
        }
    }

    /**
     * Follows until every account has arrived, {@link #cancel()}, or the time limit. Blocks.
     *
     * @throws MigratorException when the journal cannot be written
     */
    public FollowResult follow() {
        FollowHistory history = FollowHistory.read(journalFile);
        history.timelines(runId).forEach(t -> state.put(t.accountId(), t));
        var pending = new LinkedHashMap<String, AwaitedAccount>();
        awaited.accounts().forEach(a -> pending.put(a.accountId(), a));
        List<AwaitedAccount> caughtUp = caughtUp(history, pending);
        if (pending.isEmpty() && caughtUp.isEmpty()) {
            return new FollowResult(FollowEnd.ALL_ARRIVED, List.of(), List.of(), null);
        }
        Instant started = Instant.now();
        for (AwaitedAccount account : awaited.accounts()) {
            state.putIfAbsent(account.accountId(), new AccountTimeline(account.accountId(), account.accountName(),
                    account.assignments().size(), started, null, null, null, 0, 0));
        }
        var watch = new OrganizationWatch(session.clients(), session.runner(), plan.target().accounts().size());
        Set<String> recordedArrivals = new HashSet<>(history.arrivedIn(runId));
        Set<String> attempted = new HashSet<>();
        FollowEnd end;
        String problem = null;
        try (Journal journal = Journal.open(journalFile, runId)) {
            FollowJournal.start(journal, started, awaited.accounts(), settings.interval(), settings.until());
            try {
                if (!caughtUp.isEmpty()) {
                    arrivals(journal, watch, caughtUp, recordedArrivals);
                    recordAccessMadeByTheImport(journal, caughtUp, history);
                }
                end = watchUntilDone(journal, watch, pending, recordedArrivals, attempted);
            } catch (MigratorException e) {
                if (e.kind() != MigratorException.Kind.AWS_ACCESS) {
                    throw e;
                }
                end = FollowEnd.STOPPED_BY_AWS;
                problem = e.getMessage();
            } catch (java.util.concurrent.CancellationException interrupted) {
                // The thread was interrupted (the wizard closing): stop as a cancel does.
                cancelled = true;
                end = FollowEnd.CANCELLED;
            }
            List<String> still = pending.keySet().stream()
                    .filter(id -> state.get(id).status() == AccountTimeline.Status.AWAITED).toList();
            FollowJournal.end(journal, end, still, problem);
        }
        listener.onLook(timelines(), Instant.now(), null);
        return new FollowResult(end, timelines(), new ArrayList<>(items), problem);
    }

    private FollowEnd watchUntilDone(Journal journal, OrganizationWatch watch, Map<String, AwaitedAccount> pending,
                                     Set<String> recordedArrivals, Set<String> attempted) {
        while (true) {
            if (cancelled) {
                return FollowEnd.CANCELLED;
            }
            List<AwaitedAccount> waiting = pending.values().stream()
                    .filter(a -> state.get(a.accountId()).seenAt() == null).toList();
            arrivals(journal, watch, waiting, recordedArrivals);
            Instant lookedAt = Instant.now();
            List<AwaitedAccount> arrived = pending.values().stream()
                    .filter(a -> state.get(a.accountId()).seenAt() != null && !attempted.contains(a.accountId())
                            && state.get(a.accountId()).status() != AccountTimeline.Status.ACCESS_GIVEN)
                    .toList();
            if (!arrived.isEmpty()) {
                arrived.forEach(a -> attempted.add(a.accountId()));
                giveAccess(journal, arrived);
            }
            boolean allArrived = pending.keySet().stream().allMatch(id -> state.get(id).seenAt() != null);
            Instant now = Instant.now();
            Instant next = now.plus(settings.interval());
            if (next.isAfter(settings.until())) {
                next = settings.until();
            }
            listener.onLook(timelines(), lookedAt, allArrived || cancelled || !now.isBefore(settings.until()) ? null : next);
            if (cancelled) {
                return FollowEnd.CANCELLED;
            }
            if (allArrived) {
                return FollowEnd.ALL_ARRIVED;
            }
            if (!now.isBefore(settings.until())) {
                return FollowEnd.TIME_LIMIT;
            }
            sleepUntil(next);
        }
    }

    /** Looks for the accounts; records each new arrival. */
    private void arrivals(Journal journal, OrganizationWatch watch, List<AwaitedAccount> accounts,
                          Set<String> recordedArrivals) {
        if (accounts.isEmpty()) {
            return;
        }
        Map<String, Instant> arrived = watch.arrivedAmong(accounts.stream().map(AwaitedAccount::accountId).toList());
        Instant seen = Instant.now();
        for (Map.Entry<String, Instant> a : arrived.entrySet()) {
            AccountTimeline timeline = state.get(a.getKey());
            if (timeline.seenAt() == null) {
                timeline = timeline.arrived(a.getValue(), seen);
                state.put(a.getKey(), timeline);
            }
            if (recordedArrivals.add(a.getKey())) {
                FollowJournal.arrival(journal, a.getKey(), a.getValue(), timeline.seenAt());
            }
            listener.onArrival(timeline);
        }
    }

    /** Creates the awaited assignments of arrived accounts that are not in place yet, and records the outcome. */
    private void giveAccess(Journal journal, List<AwaitedAccount> arrived) {
        var arrivalPlan = new ArrivalPlan(plan, FollowHistory.read(journalFile).createdIds(runId), session.clients(),
                session.runner());
        ArrivalPlan.Prepared prepared = arrivalPlan.prepare(arrived);
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        if (!prepared.plan().isEmpty()) {
            SourceInfo target = plan.target().source();
            var writer = new InstanceWriter(session.clients(), session.runner(), target.instanceArn(),
                    target.identityStoreId());
            var applier = new Applier(writer, session.runner(), journal, new ApplyListener() {
                @Override
                public void onProgress(ApplyProgress progress) {
                    listener.onProgress(progress);
                }

                @Override
                public void onItem(ItemResult result) {
                    items.add(result);
                    listener.onItem(result);
                }
            });
            current = applier;
            if (cancelled) {
                applier.cancel();
            }
            ApplyResult result = applier.apply(prepared.plan());
            current = null;
            result.items().forEach(i -> outcomes.put(i.changeId(), i.outcome()));
        }
        for (AwaitedAccount account : arrived) {
            int created = 0;
            int notDone = 0;
            for (AwaitedAssignment a : account.assignments()) {
                Outcome outcome = outcomes.get(a.changeId());
                if (outcome == Outcome.SUCCEEDED) {
                    created++;
                } else if (outcome != null) {
                    notDone++;
                }
            }
            int given = prepared.alreadyThere().getOrDefault(account.accountId(), 0) + created;
            Instant at = Instant.now();
            FollowJournal.access(journal, account.accountId(), created, given, notDone, at);
            recordAccess(account, at, given, notDone);
        }
    }

    /**
     * Accounts an earlier run awaited without giving their users all their access, that are in
     * the new organization now, and that this plan does not await any more: this run's import made
     * their assignments (or they are unchanged). Only those the preview shows are checked.
     */
    private List<AwaitedAccount> caughtUp(FollowHistory history, Map<String, AwaitedAccount> pending) {
        var inOrganization = new HashSet<String>();
        plan.target().accounts().stream().filter(a -> a.status() != null).map(Account::id).forEach(inOrganization::add);
        var shown = new HashSet<String>();
        plan.changes().forEach(c -> shown.add(c.id()));
        var result = new ArrayList<AwaitedAccount>();
        for (AwaitedAccount earlier : history.unfinishedBefore(runId)) {
            if (pending.containsKey(earlier.accountId()) || !inOrganization.contains(earlier.accountId())) {
                continue;
            }
            // A change the preview shows is made by this run; an assignment it does not show is unchanged.
            var assignments = earlier.assignments().stream()
                    .filter(a -> !shown.contains(a.changeId()) || plan.change(a.changeId()).writes()).toList();
            if (!assignments.isEmpty()) {
                result.add(new AwaitedAccount(earlier.accountId(), earlier.accountName(), assignments));
            }
        }
        return result;
    }

    /** Records, for caught-up accounts, whether their assignments are in place; writes nothing to AWS. */
    private void recordAccessMadeByTheImport(Journal journal, List<AwaitedAccount> caughtUp, FollowHistory history) {
        ArrivalPlan.Prepared prepared = new ArrivalPlan(plan, FollowHistory.read(journalFile).createdIds(runId),
                session.clients(), session.runner()).prepare(caughtUp);
        for (AwaitedAccount account : caughtUp) {
            int given = prepared.alreadyThere().getOrDefault(account.accountId(), 0);
            int notDone = account.assignments().size() - given;
            Instant madeAt = history.lastSucceeded(runId,
                    account.assignments().stream().map(AwaitedAssignment::changeId).toList());
            Instant at = notDone == 0 && madeAt != null ? madeAt : Instant.now();
            FollowJournal.access(journal, account.accountId(), 0, given, notDone, at);
            recordAccess(account, at, given, notDone);
        }
    }

    private void recordAccess(AwaitedAccount account, Instant at, int given, int notDone) {
        AccountTimeline timeline = state.get(account.accountId()).access(at, given, notDone);
        state.put(account.accountId(), timeline);
        listener.onAccess(timeline);
    }

    private List<AccountTimeline> timelines() {
        return List.copyOf(state.values());
    }

    private void sleepUntil(Instant next) {
        synchronized (wakeUp) {
            while (!cancelled) {
                long ms = Duration.between(Instant.now(), next).toMillis();
                if (ms <= 0) {
                    return;
                }
                try {
                    wakeUp.wait(ms);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    cancelled = true;
                    return;
                }
            }
        }
    }
}
