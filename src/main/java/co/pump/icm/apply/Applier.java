package co.pump.icm.apply;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
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
import java.util.function.Supplier;

import co.pump.icm.aws.AsyncRequestFailed;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsProblems;
import co.pump.icm.aws.InstanceWriter;
import co.pump.icm.compare.Category;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.MigratorException;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.User;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.Plan;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Applies a plan. Every change becomes a task that starts as soon as what it needs exists:
 * groups and users at once on the Identity Store side, permission sets at once on the admin API
 * side, a membership when its user and group exist, an assignment when its principal and its
 * permission set are ready (through the {@link AssignmentScheduler}). Deletions, when the plan has
 * any, run last, in reverse dependency order.
 *
 * <p>A change that fails is recorded with AWS's reason and does not stop the others; what depends
 * on it is not attempted, with the reason. Cancelling lets the requests in flight finish and
 * starts nothing new.
 */
public final class Applier {

    /** AWS allows 15 outstanding CreateAccountAssignment requests per instance (docs/aws-behaviour.md, "Limits"). */
    static final int MAX_OUTSTANDING_ASSIGNMENTS = 15;
    /** The Identity Store categories, each with its own pool: AWS limits each Identity Store operation on its own. */
    private static final List<Category> IDENTITY_CATEGORIES = List.of(Category.USERS, Category.GROUPS,
            Category.MEMBERSHIPS);

    private final InstanceWriter writer;
    private final AwsCallRunner runner;
    private final Journal journal;
    private final ApplyListener listener;
    private final RunStyle style;
    private final Map<Category, ExecutorService> identityPools = new EnumMap<>(Category.class);
    private final ExecutorService adminPool;
    private final AssignmentScheduler assignments;
    private final ConcurrentLinkedQueue<ItemResult> results = new ConcurrentLinkedQueue<>();
    private final Map<Category, AtomicInteger> done = new ConcurrentHashMap<>();
    private final Map<Category, Integer> total = new EnumMap<>(Category.class);
    private final AtomicInteger failed = new AtomicInteger();
    private volatile boolean cancelled;

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
        for (Category category : IDENTITY_CATEGORIES) {
            identityPools.put(category, Executors.newFixedThreadPool(threads,
                    Threads.daemon("icm-identity-" + category.name().toLowerCase(Locale.ROOT))));
        }
        // Assignment requests wait for AWS while holding a thread: give them their own on top.
        this.adminPool = Executors.newFixedThreadPool(threads + MAX_OUTSTANDING_ASSIGNMENTS, Threads.daemon("icm-admin"));
        this.assignments = new AssignmentScheduler(MAX_OUTSTANDING_ASSIGNMENTS, adminPool);
    }

    /** Stops starting new work; requests in flight finish. */
    public void cancel() {
        cancelled = true;
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
            // Groups before users: memberships need both, and there are fewer groups.
            for (Category category : List.of(Category.GROUPS, Category.USERS, Category.PERMISSION_SETS,
                    Category.MEMBERSHIPS, Category.ASSIGNMENTS)) {
                for (Change<?> change : writes) {
                    if (change.category() != category) {
                        continue;
                    }
                    if (change instanceof Change.Delete<?>) {
                        deletes.add(change);
                    } else {
                        pending.add(schedule(change, ids, plan));
                    }
                }
            }
            awaitAll(pending);
            awaitAll(new Deletions(this, ids).run(deletes));
        } finally {
            identityPools.values().forEach(ExecutorService::shutdownNow);
            adminPool.shutdownNow();
            progress.close();
        }
        return new ApplyResult(new ArrayList<>(results), cancelled, runner.stats(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private CompletableFuture<?> schedule(Change<?> change, TargetIds ids, Plan plan) {
        return switch (change.category()) {
            case USERS -> scheduleUser(change, ids);
            case GROUPS -> scheduleGroup(change, ids);
            case MEMBERSHIPS -> scheduleMembership(change, ids);
            case PERMISSION_SETS -> schedulePermissionSet(change, ids, plan);
            case ASSIGNMENTS -> scheduleAssignment(change, ids);
            default -> throw new IllegalArgumentException("Not a migrated category: " + change.category());
        };
    }

    private CompletableFuture<?> scheduleUser(Change<?> change, TargetIds ids) {
        User user = (User) change.item();
        CompletableFuture<String> id;
        if (change instanceof Change.Update<?> update) {
            String existing = ((User) update.current()).origin().id();
            id = run(change, identityPool(Category.USERS), () -> {
                writer.updateUser(existing, user, fieldsOf(update));
                return Map.of("userId", existing);
            }).thenApply(r -> existing);
        } else {
            id = run(change, identityPool(Category.USERS), () -> Map.of("userId", writer.createUser(user)))
                    .thenApply(r -> r.get("userId"));
        }
        ids.userPending(user.userName(), id);
        return id;
    }

    private CompletableFuture<?> scheduleGroup(Change<?> change, TargetIds ids) {
        Group group = (Group) change.item();
        CompletableFuture<String> id;
        if (change instanceof Change.Update<?> update) {
            String existing = ((Group) update.current()).origin().id();
            id = run(change, identityPool(Category.GROUPS), () -> {
                writer.updateGroupDescription(existing, group);
                return Map.of("groupId", existing);
            }).thenApply(r -> existing);
        } else {
            id = run(change, identityPool(Category.GROUPS), () -> Map.of("groupId", writer.createGroup(group)))
                    .thenApply(r -> r.get("groupId"));
        }
        ids.groupPending(group.displayName(), id);
        return id;
    }

    private CompletableFuture<?> scheduleMembership(Change<?> change, TargetIds ids) {
        GroupMembership membership = (GroupMembership) change.item();
        var user = needs("user " + membership.userName(), ids.user(membership.userName()));
        var group = needs("group " + membership.groupName(), ids.group(membership.groupName()));
        return user.thenCombine(group, (userId, groupId) -> new String[] {userId, groupId})
                .handle((pair, error) -> run(change, identityPool(Category.MEMBERSHIPS), () -> {
                    rethrow(error);
                    return Map.of("membershipId", writer.createMembership(pair[1], pair[0], change.label()));
                })).thenCompose(f -> f);
    }

    private CompletableFuture<?> schedulePermissionSet(Change<?> change, TargetIds ids, Plan plan) {
        PermissionSet set = (PermissionSet) change.item();
        CompletableFuture<String> arn;
        if (change instanceof Change.Update<?> update) {
            String existing = ((PermissionSet) update.current()).origin().id();
            boolean provisioned = plan.target().assignments().stream()
                    .anyMatch(a -> a.permissionSetName().equals(set.name()));
            arn = run(change, adminPool, () -> {
                new PermissionSetUpdate(writer, existing, set, update.fields()).run();
                if (provisioned) {
                    writer.provisionToAllAccounts(existing, set.name());
                }
                return Map.of("permissionSetArn", existing);
            }).thenApply(r -> existing);
        } else {
            arn = run(change, adminPool, () -> {
                String created = writer.createPermissionSet(set);
                new PermissionSetUpdate(writer, created, set, List.of()).attachAll();
                return Map.of("permissionSetArn", created);
            }).thenApply(r -> r.get("permissionSetArn"));
        }
        ids.permissionSetPending(set.name(), arn);
        return arn;
    }

    private CompletableFuture<?> scheduleAssignment(Change<?> change, TargetIds ids) {
        AccountAssignment a = (AccountAssignment) change.item();
        var principal = needs(a.principalType().name().toLowerCase() + " " + a.principalName(), ids.principal(a));
        var set = needs("permission set " + a.permissionSetName(), ids.permissionSet(a.permissionSetName()));
        return principal.thenCombine(set, (principalId, arn) -> new String[] {principalId, arn})
                .handle((pair, error) -> {
                    if (error != null) {
                        return run(change, adminPool, () -> {
                            rethrow(error);
                            return Map.<String, String>of();
                        });
                    }
                    var result = new CompletableFuture<Map<String, String>>();
                    assignments.submit(a.accountId(), () -> run(change, Runnable::run, () -> {
                        writer.createAssignment(a.accountId(), pair[1], a.principalType(), pair[0], change.label());
                        return Map.of("accountId", a.accountId(), "permissionSetArn", pair[1], "principalId", pair[0]);
                    }).whenComplete((r, e) -> {
                        if (e != null) {
                            result.completeExceptionally(e);
                        } else {
                            result.complete(r);
                        }
                    }));
                    return result;
                }).thenCompose(f -> f);
    }

    /**
     * Runs one change on a pool: journals its start and end, records its result, and completes
     * with the IDs it produced. Never throws: failures complete the future exceptionally.
     */
    CompletableFuture<Map<String, String>> run(Change<?> change, java.util.concurrent.Executor pool,
                                               Supplier<Map<String, String>> work) {
        var result = new CompletableFuture<Map<String, String>>();
        Runnable task = () -> {
            try {
                if (cancelled) {
                    throw new NotAttempted("the " + style.noun() + " was cancelled before it got to this");
                }
                String objection = style.guard().objection(change);
                if (objection != null) {
                    throw new NotAttempted(objection);
                }
                journal.write(style.changeType(), entry(change, "started", null, null));
                Map<String, String> produced = work.get();
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
        if (t instanceof MigratorException || t instanceof NotAttempted) {
            return t.getMessage();
        }
        if (t instanceof CancellationException) {
            return "the import was cancelled";
        }
        return t.toString();
    }

    private static List<String> fieldsOf(Change.Update<?> update) {
        return update.fields().stream().map(f -> f.field()).distinct().toList();
    }

    private static void awaitAll(List<CompletableFuture<?>> futures) {
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        } catch (CancellationException e) {
            // Individual results are already recorded.
        }
    }

    /** The pool of an Identity Store category's requests. */
    ExecutorService identityPool(Category category) {
        return identityPools.get(category);
    }

    ExecutorService adminPool() {
        return adminPool;
    }

    AssignmentScheduler assignments() {
        return assignments;
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
