package co.pump.icm.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import co.pump.icm.kind.Kinds;
import co.pump.icm.kind.MigratedKind;
import co.pump.icm.kind.Resolved;
import co.pump.icm.plan.Change;

/**
 * The deletions of a plan, in reverse dependency order: what refers to others first (assignments
 * and memberships), then what they referred to (permission sets, groups, users), each stage after
 * the previous one has finished.
 */
final class Deletions {

    private final Applier applier;
    private final TargetIds ids;

    Deletions(Applier applier, TargetIds ids) {
        this.applier = applier;
        this.ids = ids;
    }

    List<CompletableFuture<?>> run(List<Change<?>> deletes) {
        var stages = new TreeMap<Integer, List<Change<?>>>((a, b) -> Integer.compare(b, a));
        for (Change<?> change : deletes) {
            stages.computeIfAbsent(Kinds.depth(Kinds.migrated(change.category())), k -> new ArrayList<>()).add(change);
        }
        var all = new ArrayList<CompletableFuture<?>>();
        for (List<Change<?>> stage : stages.values()) {
            var futures = new ArrayList<CompletableFuture<?>>();
            for (Change<?> change : stage) {
                futures.add(delete(Kinds.migrated(change.category()), change));
            }
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
            all.addAll(futures);
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    private <T> CompletableFuture<?> delete(MigratedKind<?, T> kind, Change<?> change) {
        // What an item to delete refers to exists in the target: its IDs were read with the plan.
        Resolved known = reference -> ids.of(reference).join();
        return applier.write(kind, change, () -> kind.delete((T) change.item(), known, applier.writer()));
    }
}
