package co.pump.icm.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import co.pump.icm.compare.Category;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.plan.ChangeKind;

/**
 * A journal read back whole: its import runs and the undos of them, oldest first. A migration is
 * usually several runs of one snapshot into one instance (a cancelled run, then "Import the rest";
 * a retry after a fix; an undo, then a new import): {@link #migration(SourceInfo)} gathers them
 * and {@link #cumulative(List)} folds them into one run that says what the new organization
 * holds from the migration now.
 *
 * @param runs  the import runs, in the order they started
 * @param undos the undos of runs, in the order they started
 */
public record JournalHistory(List<JournalRun> runs, List<Undo> undos) {

    public JournalHistory {
        runs = List.copyOf(runs);
        undos = List.copyOf(undos);
    }

    /**
     * One undo of an import run, as journaled.
     *
     * @param runId     the undo's own ID
     * @param rollsBack the import run it undid
     * @param startedAt when it started
     * @param undone    the IDs of the run's changes it took back (AWS confirmed)
     * @param finished  true when it recorded its end
     */
    public record Undo(String runId, String rollsBack, Instant startedAt, Set<String> undone, boolean finished) {

        public Undo {
            undone = Set.copyOf(undone);
        }
    }

    /**
     * The runs of the migration the journal's last run belongs to: every run into the same
     * instance as the last one, of a snapshot exported from the same instance as
     * {@code snapshotSource} (null: any), oldest first. Empty when the journal has no run.
     */
    public List<JournalRun> migration(SourceInfo snapshotSource) {
        if (runs.isEmpty()) {
            return List.of();
        }
        JournalRun last = runs.get(runs.size() - 1);
        return runs.stream()
                .filter(r -> sameInstance(r.target(), last.target()))
                .filter(r -> snapshotSource == null || r.snapshotSource() == null
                        || sameInstance(r.snapshotSource(), snapshotSource))
                .toList();
    }

    /** The changes of a run that an undo took back. */
    public Set<String> undoneOf(String runId) {
        var result = new HashSet<String>();
        undos.stream().filter(u -> u.rollsBack().equals(runId)).forEach(u -> result.addAll(u.undone()));
        return result;
    }

    /** The undos of a run, oldest first. */
    public List<Undo> undosOf(String runId) {
        return undos.stream().filter(u -> u.rollsBack().equals(runId)).toList();
    }

    /**
     * The runs folded into one, as the report shows a whole migration: each change as it ended last
     * (a change a later run made is done, though an earlier run stopped before it), a change an
     * undo took back not at all; the plan's counts of the first run (what the migration set out to
     * do: later runs only see what is left), never fewer than were done; what is left alone and the
     * warnings as the latest run planned them; the options, target and ID of the latest run.
     *
     * @param migration runs of {@link #migration(SourceInfo)}, oldest first; not empty
     */
    public JournalRun cumulative(List<JournalRun> migration) {
        if (migration.isEmpty()) {
            throw new IllegalArgumentException("no run to fold");
        }
        JournalRun first = migration.get(0);
        JournalRun last = migration.get(migration.size() - 1);
        if (migration.size() == 1 && undoneOf(last.runId()).isEmpty()) {
            return last;
        }
        var items = new LinkedHashMap<String, ReportItem>();
        for (JournalRun run : migration) {
            Set<String> undone = undoneOf(run.runId());
            for (ReportItem item : run.items()) {
                ReportItem earlier = items.get(item.id());
                if (undone.contains(item.id())) {
                    // Taken back: whatever an earlier run made of it is gone too.
                    items.remove(item.id());
                } else if (earlier == null || earlier.status() != ItemStatus.DONE || item.status() == ItemStatus.DONE) {
                    items.remove(item.id());
                    items.put(item.id(), item);
                }
            }
        }
        List<ReportItem> folded = new ArrayList<>(items.values());
        long calls = 0;
        long elapsed = 0;
        for (JournalRun run : migration) {
            if (run.end() != null) {
                calls += run.end().calls();
                elapsed += run.end().elapsedMillis();
            }
        }
        JournalRun.End end = last.end() == null ? null : new JournalRun.End(last.end().time(),
                count(folded, ItemStatus.DONE), count(folded, ItemStatus.FAILED), count(folded, ItemStatus.NOT_ATTEMPTED),
                last.end().cancelled(), calls, elapsed);
        return new JournalRun(last.runId(), first.startedAt(), last.target(), last.snapshotSource(), last.options(),
                planned(first.planned(), folded), folded, last.leftAlone(), last.warnings(), end);
    }

    private static Map<Category, Map<ChangeKind, Integer>> planned(Map<Category, Map<ChangeKind, Integer>> first,
                                                                   List<ReportItem> folded) {
        var result = new EnumMap<Category, Map<ChangeKind, Integer>>(Category.class);
        first.forEach((category, kinds) -> {
            var copy = new EnumMap<ChangeKind, Integer>(ChangeKind.class);
            copy.putAll(kinds);
            result.put(category, copy);
        });
        var done = new EnumMap<Category, Map<ChangeKind, Integer>>(Category.class);
        for (ReportItem item : folded) {
            if (item.status() == ItemStatus.DONE) {
                done.computeIfAbsent(item.category(), c -> new EnumMap<>(ChangeKind.class)).merge(item.kind(), 1, Integer::sum);
            }
        }
        done.forEach((category, kinds) -> kinds.forEach((kind, n) ->
                result.computeIfAbsent(category, c -> new EnumMap<>(ChangeKind.class)).merge(kind, n, Math::max)));
        return result;
    }

    private static long count(List<ReportItem> items, ItemStatus status) {
        return items.stream().filter(i -> i.status() == status).count();
    }

    private static boolean sameInstance(SourceInfo a, SourceInfo b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.instanceArn() != null && b.instanceArn() != null) {
            return a.instanceArn().equals(b.instanceArn());
        }
        return Objects.equals(a.identityStoreId(), b.identityStoreId()) && Objects.equals(a.accountId(), b.accountId());
    }
}
