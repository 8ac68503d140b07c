package co.pump.icm.apply;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import co.pump.icm.compare.Category;
import co.pump.icm.kind.Kind;
import co.pump.icm.kind.Kinds;
import co.pump.icm.kind.Reference;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Origin;

/**
 * The target IDs an import needs, by kind and name: those read with the plan, and those of items
 * created in this run, as futures that complete when the item exists (so a membership can start
 * the moment its user and group exist, without looking anything up).
 */
final class TargetIds {

    private final Map<Category, Map<String, CompletableFuture<String>>> byKind = new EnumMap<>(Category.class);

    TargetIds(IdentityCenterConfig target) {
        for (Kind<?, ?> kind : Kinds.all()) {
            byKind.put(kind.category(), new ConcurrentHashMap<>());
            read(kind, target);
        }
    }

    private <T> void read(Kind<?, T> kind, IdentityCenterConfig target) {
        Map<String, CompletableFuture<String>> ids = byKind.get(kind.category());
        for (T item : kind.items(target)) {
            String name = kind.name(item);
            Origin origin = kind.origin(item);
            if (name != null && origin != null && origin.id() != null) {
                ids.put(key(kind, name), CompletableFuture.completedFuture(origin.id()));
            }
        }
    }

    /** The ID of what a reference names, once it exists; fails when it does not exist in the target. */
    CompletableFuture<String> of(Reference reference) {
        Kind<?, ?> kind = Kinds.of(reference.to());
        return byKind.get(reference.to()).getOrDefault(key(kind, reference.name()),
                missing(reference.describe()));
    }

    /** Registers an item this run will create (or update); the future completes with its ID. */
    void pending(Kind<?, ?> kind, String name, CompletableFuture<String> id) {
        byKind.get(kind.category()).put(key(kind, name), id);
    }

    private static CompletableFuture<String> missing(String what) {
        return CompletableFuture.failedFuture(new NotAttempted(what + " does not exist in the target"));
    }

    private static String key(Kind<?, ?> kind, String name) {
        return kind.namesIgnoreCase() ? name.toLowerCase(Locale.ROOT) : name;
    }
}
