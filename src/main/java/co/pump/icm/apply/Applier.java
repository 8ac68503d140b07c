package co.pump.icm.apply;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import co.pump.icm.aws.AsyncRequestFailed;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsProblems;
import co.pump.icm.aws.InstanceWriter;
import co.pump.icm.compare.Category;
import co.pump.icm.kind.AccountRequestKind;
import co.pump.icm.kind.Kinds;
import co.pump.icm.kind.Lane;
import co.pump.icm.kind.MigratedKind;
import co.pump.icm.kind.Reference;
import co.pump.icm.kind.Resolved;
import co.pump.icm.model.MigratorException;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.Plan;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Applies a plan. Every change becomes a task that starts as soon as what it refers to exists
 * ({@link MigratedKind#references}), on its kind's lane: groups and users at once on the Identity
 * Store side, permission sets at once on the admin API side, a membership when its user and group
 * exist, an assignment when its principal and its permission set are ready (through the
 * {@link AssignmentScheduler}). Deletions, when the plan has any, run last, in reverse dependency
 * order.
 *
 * <p>A change that fails is recorded with AWS's reason and does not stop the others; what depends
 * on it is not attempted, with the reason. Cancelling lets the requests in flight finish and
 * starts nothing new.
 */
public final class Applier {

    /** AWS allows 15 outstanding CreateAccountAssignment requests per instance (docs/aws-behaviour.md, "Limits"). */
    static final int MAX_OUTSTANDING_ASSIGNMENTS = 15;

    private final InstanceWriter writer;
    private final AwsCallRunner runner;
    private final Journal journal;
    private final ApplyListener listener;
    private final RunStyle style;
    /** One pool per Identity Store kind: AWS limits each Identity Store operation on its own. */
    private final Map<Category, ExecutorService> identityPools = new EnumMap<>(Category.class);
    private final ExecutorService adminPool;
    private final AssignmentScheduler assignments;
    private final ConcurrentLinkedQueue<ItemResult> results = new ConcurrentLinkedQueue<>();
    private final Map<Category, AtomicInteger> done = new ConcurrentHashMap<>();
    private final Map<Category, Integer> total = new EnumMap<>(Category.class);
    private final AtomicInteger failed = new AtomicInteger();
    private final CancelGate gate = new CancelGate();

    public Applier(InstanceWriter writer, AwsCallRunner runner, Journal journal, ApplyListener listener) {
        this(writer, runner, journal, listener, RunStyle.IMPORT);
    }

    /**
     * An applier for another kind of run built on the same engine (an undo): its own journal entry
     * type, its own name in reasons, and a check right before each write.
     */
    public Applier(InstanceWriter writer, AwsCallRunner runner, Journal journal, ApplyListener listener,
                   RunStyle style) {
        this.writer = writer;
        this.runner = runner;
        this.journal = journal;
        this.listener = listener;
        this.style = style;
        int threads = runner.settings().concurrency();
        // Threads waiting for one operation's limit must not hold up another's: users, groups and
        // memberships are written side by side, each at up to its own rate.
        for (MigratedKind<?, ?> kind : Kinds.migrated()) {
            if (kind.lane() == Lane.IDENTITY_STORE) {
                identityPools.put(kind.category(), Executors.newFixedThreadPool(threads,
                        Threads.daemon("icm-identity-" + kind.category().name().toLowerCase(Locale.ROOT))));
            }
        }
        // Assignment requests wait for AWS while holding a thread: give them their own on top.
        this.adminPool = Executors.newFixedThreadPool(threads + MAX_OUTSTANDING_ASSIGNMENTS, Threads.daemon("icm-admin"));
        this.assignments = new AssignmentScheduler(MAX_OUTSTANDING_ASSIGNMENTS, adminPool);
    }

    /** Stops starting new work; requests in flight finish. */
    public void cancel() {
        gate.cancel();
    }

    /** Applies every change of the plan that writes; returns how each ended. */
    public ApplyResult apply(Plan plan) {
        long start = System.nanoTime();
        var progress = new ProgressReporter(this::progress, listener);
        try {
            var ids = new TargetIds(plan.target());
            List<Change<?>> writes = plan.writes();
            writes.forEach(c -> total.merge(c.category(), 1, Integer::sum));
            var pending = new ArrayList<CompletableFuture<?>>();
            var deletes = new ArrayList<Change<?>>();
            var scheduled = new ArrayList<Runnable>();
            var changeIds = new HashMap<String, String>();
            var secondSteps = new LinkedHashMap<String, List<Reference>>();
            for (MigratedKind<?, ?> kind : inApplyOrder(writes)) {
                for (Change<?> change : writes) {
                    if (change.category() != kind.category()) {
                        continue;
                    }
                    if (change instanceof Change.Delete<?>) {
                        deletes.add(change);
                    } else {
                        // Every ID this run makes is promised before any write starts: a reference
                        // set afterwards (a user's manager) may name an item scheduled later.
                        CompletableFuture<String> ownId = promise(kind, change, ids);
                        scheduled.add(() -> pending.add(schedule(kind, change, ids, plan, ownId)));
                        changeIds.put(change.category() + "/" + name(kind, change), change.id());
                        secondSteps.put(change.id(), later(kind, change));
                    }
                }
            }
            secondSteps.forEach((changeId, later) -> later.forEach(reference -> {
                String target = changeIds.get(reference.to() + "/" + reference.name());
                if (target != null) {
                    gate.link(changeId, target);
                }
            }));
            scheduled.forEach(Runnable::run);
            awaitAll(pending);
            awaitAll(new Deletions(this, ids).run(deletes));
        } finally {
            identityPools.values().forEach(ExecutorService::shutdownNow);
            adminPool.shutdownNow();
            progress.close();
        }
        return new ApplyResult(new ArrayList<>(results), gate.cancelled(), runner.stats(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The kinds in dependency order, and among kinds at the same depth those with fewer changes
     * first: they start first on their pool (groups before users), so that what needs both can
     * start early.
     */
    private static List<MigratedKind<?, ?>> inApplyOrder(List<Change<?>> writes) {
        var counts = new EnumMap<Category, Integer>(Category.class);
        writes.forEach(c -> counts.merge(c.category(), 1, Integer::sum));
        var kinds = new ArrayList<>(Kinds.migrated());
        kinds.sort(Comparator.comparingInt((MigratedKind<?, ?> k) -> Kinds.depth(k))
                .thenComparingInt(k -> counts.getOrDefault(k.category(), 0)));
        return kinds;
    }

    /**
     * Starts a create or update once every item it refers to exists, on the pool of its kind's
     * lane; registers the ID it will have, for what refers to it.
     */
    /** The target ID a create or update will give its item, registered for what refers to it. */
    private static <T> CompletableFuture<String> promise(MigratedKind<?, T> kind, Change<?> change, TargetIds ids) {
        var ownId = new CompletableFuture<String>();
        String name = name(kind, change);
        if (name != null && kind.idName() != null) {
            ids.pending(kind, name, ownId);
        }
        return ownId;
    }

    @SuppressWarnings("unchecked")
    private static <T> String name(MigratedKind<?, T> kind, Change<?> change) {
        return kind.name((T) change.item());
    }

    /** What a change sets afterwards, once what it names exists (a user's manager). */
    @SuppressWarnings("unchecked")
    private static <T> List<Reference> later(MigratedKind<?, T> kind, Change<?> change) {
        T current = change instanceof Change.Update<?> update ? (T) update.current() : null;
        return kind.laterReferences().of((T) change.item(), current);
    }

    @SuppressWarnings("unchecked")
    private <T> CompletableFuture<?> schedule(MigratedKind<?, T> kind, Change<?> change, TargetIds ids, Plan plan,
                                              CompletableFuture<String> ownId) {
        T item = (T) change.item();
        T current = change instanceof Change.Update<?> update ? (T) update.current() : null;
        // What is set afterwards (a user's manager) is not waited for before the item's own write.
        List<Reference> later = later(kind, change);
        var resolved = resolve(kind.references(item).stream().filter(r -> !later.contains(r)).toList(), ids);
        CompletableFuture<Map<String, String>> written = CompletableFuture
                .allOf(resolved.values().toArray(CompletableFuture[]::new))
                .handle((ok, error) -> {
                    if (error != null) {
                        return run(change, pool(kind), () -> {
                            rethrow(firstFailure(resolved));
                            return Map.<String, String>of();
                        });
                    }
                    Resolved known = reference -> resolved.get(reference).join();
                    Supplier<Map<String, String>> work = () -> change instanceof Change.Update<?>
                            ? kind.update(item, current, ((Change.Update<?>) change).fields(), known, writer, plan.target())
                            : kind.create(item, known, writer);
                    if (later.isEmpty()) {
                        return write(kind, change, work);
                    }
                    return run(change, pool(kind), work, produced -> {
                        ownId.complete(produced.get(kind.idName()));
                        return setLater(kind, change, item, produced.get(kind.idName()), later, ids);
                    });
                }).thenCompose(f -> f);
        written.whenComplete((r, e) -> {
            if (e != null) {
                ownId.completeExceptionally(e);
            } else {
                ownId.complete(kind.idName() == null ? null : r.get(kind.idName()));
            }
        });
        return written;
    }

    /** The target IDs of what the references name, as they become known, each failing with a reason. */
    private static Map<Reference, CompletableFuture<String>> resolve(List<Reference> references, TargetIds ids) {
        var resolved = new LinkedHashMap<Reference, CompletableFuture<String>>();
        for (Reference reference : references) {
            resolved.put(reference, needs(reference.describe(), ids.of(reference)));
        }
        return resolved;
    }

    /**
     * The second step of a change written in two: once what the later references name exists, set
     * them on the item's pool. Fails with a reason that says the item itself was written.
     */
    private <T> CompletableFuture<?> setLater(MigratedKind<?, T> kind, Change<?> change, T item, String id,
                                              List<Reference> later, TargetIds ids) {
        var resolved = resolve(later, ids);
        String written = change instanceof Change.Update<?> ? "updated" : "created";
        String fields = String.join(", ", later.stream().map(Reference::field).distinct().toList());
        return CompletableFuture.allOf(resolved.values().toArray(CompletableFuture[]::new))
                .handleAsync((ok, error) -> {
                    try {
                        if (error != null) {
                            rethrow(firstFailure(resolved));
                        }
                        // No check for a cancel here: the change was under way, and what it names
                        // was let through the gate to be there (CancelGate).
                        kind.laterReferences().write(item, id, later, reference -> resolved.get(reference).join(),
                                writer);
                        return null;
                    } catch (RuntimeException e) {
                        throw new WrittenInPart(written + ", but " + fields + " was not set: " + reason(unwrap(e)));
                    }
                }, pool(kind));
    }

    /** The first reference that failed, in the order the kind lists them. */
    private static Throwable firstFailure(Map<Reference, CompletableFuture<String>> resolved) {
        for (CompletableFuture<String> future : resolved.values()) {
            if (future.isCompletedExceptionally()) {
                try {
                    future.join();
                } catch (CompletionException | CancellationException e) {
                    return e;
                }
            }
        }
        return new IllegalStateException("no reference failed");
    }

    /** Runs a write on its kind's lane: a pool, or the account queue of asynchronous account requests. */
    <T> CompletableFuture<Map<String, String>> write(MigratedKind<?, T> kind, Change<?> change,
                                                     Supplier<Map<String, String>> work) {
        if (!(kind instanceof AccountRequestKind<?, T> perAccount)) {
            return run(change, pool(kind), work);
        }
        @SuppressWarnings("unchecked")
        String account = perAccount.account((T) change.item());
        var result = new CompletableFuture<Map<String, String>>();
        assignments.submit(account, () -> run(change, Runnable::run, work).whenComplete((r, e) -> {
            if (e != null) {
                result.completeExceptionally(e);
            } else {
                result.complete(r);
            }
        }));
        return result;
    }

    private ExecutorService pool(MigratedKind<?, ?> kind) {
        return switch (kind.lane()) {
            case IDENTITY_STORE -> identityPools.get(kind.category());
            case ADMIN, ACCOUNT -> adminPool;
        };
    }

    /**
     * Runs one change on a pool: journals its start and end, records its result, and completes
     * with the IDs it produced. Never throws: failures complete the future exceptionally.
     */
    CompletableFuture<Map<String, String>> run(Change<?> change, java.util.concurrent.Executor pool,
                                               Supplier<Map<String, String>> work) {
        return run(change, pool, work, null);
    }

    /**
     * Runs one change, and when {@code then} is given, its second step: started with the IDs the
     * first produced, the change ends when it does (failed, with those IDs on record, if it fails).
     */
    private CompletableFuture<Map<String, String>> run(Change<?> change, java.util.concurrent.Executor pool,
                                                       Supplier<Map<String, String>> work,
                                                       Function<Map<String, String>, CompletableFuture<?>> then) {
        var result = new CompletableFuture<Map<String, String>>();
        Runnable task = () -> {
            try {
                if (!gate.mayStart(change.id())) {
                    throw new NotAttempted("the " + style.noun() + " was cancelled before it got to this");
                }
                String objection = style.guard().objection(change);
                if (objection != null) {
                    throw new NotAttempted(objection);
                }
                journal.write(style.changeType(), entry(change, "started", null, null));
                Map<String, String> produced = work.get();
                if (then != null) {
                    then.apply(produced).whenComplete((ok, error) -> {
                        if (error == null) {
                            finish(change, Outcome.SUCCEEDED, null, produced);
                            result.complete(produced);
                        } else {
                            Throwable cause = unwrap(error);
                            finish(change, Outcome.FAILED, reason(cause), produced);
                            result.completeExceptionally(cause);
                        }
                    });
                    return;
                }
                finish(change, Outcome.SUCCEEDED, null, produced);
                result.complete(produced);
            } catch (Throwable t) {
                Throwable cause = unwrap(t);
                boolean stopped = cause instanceof CancellationException;
                Outcome outcome = cause instanceof NotAttempted || stopped ? Outcome.NOT_ATTEMPTED : Outcome.FAILED;
                finish(change, outcome, stopped ? "the " + style.noun() + " was cancelled" : reason(cause), null);
                result.completeExceptionally(cause);
            }
        };
        try {
            pool.execute(task);
        } catch (RuntimeException rejected) {
            finish(change, Outcome.NOT_ATTEMPTED, "the " + style.noun() + " was stopped", null);
            result.completeExceptionally(rejected);
        }
        return result;
    }

    private void finish(Change<?> change, Outcome outcome, String reason, Map<String, String> ids) {
        var item = new ItemResult(change.id(), change.category(), change.label(), outcome, reason);
        results.add(item);
        done.computeIfAbsent(change.category(), k -> new AtomicInteger()).incrementAndGet();
        if (outcome != Outcome.SUCCEEDED) {
            failed.incrementAndGet();
        }
        journal.write(style.changeType(), entry(change, outcome.name(), reason, ids));
        listener.onItem(item);
    }

    private static Map<String, Object> entry(Change<?> change, String status, String reason, Map<String, String> ids) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("changeId", change.id());
        fields.put("category", change.category().name());
        fields.put("kind", change.kind().name());
        fields.put("label", change.label());
        fields.put("status", status);
        fields.put("reason", reason);
        fields.put("ids", ids);
        // The started line is on disk before the first write, so it carries everything an undo
        // needs even when the run is killed mid-change: the item before and after the change.
        boolean started = "started".equals(status);
        if (change instanceof Change.Update<?> update) {
            fields.put("before", update.current());
            fields.put("fields", update.fields().stream().map(f -> f.path()).toList());
            if (started) {
                fields.put("after", update.item());
            }
        } else if (change instanceof Change.Delete<?> delete) {
            fields.put("before", delete.item());
        } else if (change instanceof Change.Create<?> && started) {
            fields.put("after", change.item());
        }
        return fields;
    }

    /** A dependency whose failure makes a change not attempted, naming what failed. */
    private static CompletableFuture<String> needs(String what, CompletableFuture<String> id) {
        return id.handle((value, error) -> {
            if (error != null) {
                Throwable cause = unwrap(error);
                if (cause instanceof NotAttempted n && n.getMessage().endsWith("does not exist in the target")) {
                    throw n;
                }
                throw new NotAttempted(what + " was not created or updated (" + reason(cause) + ")");
            }
            return value;
        });
    }

    private static void rethrow(Throwable error) {
        if (error != null) {
            Throwable cause = unwrap(error);
            if (cause instanceof RuntimeException e) {
                throw e;
            }
            throw new NotAttempted(reason(cause));
        }
    }

    static Throwable unwrap(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    static String reason(Throwable t) {
        if (t instanceof AsyncRequestFailed f) {
            return f.getMessage();
        }
        if (t instanceof SdkException e) {
            return AwsProblems.describe(e);
        }
        if (t instanceof MigratorException || t instanceof NotAttempted || t instanceof WrittenInPart) {
            return t.getMessage();
        }
        if (t instanceof CancellationException) {
            return "the import was cancelled";
        }
        return t.toString();
    }

    private static void awaitAll(List<CompletableFuture<?>> futures) {
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        } catch (CancellationException e) {
            // Individual results are already recorded.
        }
    }

    InstanceWriter writer() {
        return writer;
    }

    private ApplyProgress progress(boolean finished) {
        var doneNow = new EnumMap<Category, Integer>(Category.class);
        done.forEach((k, v) -> doneNow.put(k, v.get()));
        var stats = runner.stats().total();
        return ProgressReporter.progress(doneNow, total, failed.get(), stats.calls(), stats.throttled(), finished);
    }
}
