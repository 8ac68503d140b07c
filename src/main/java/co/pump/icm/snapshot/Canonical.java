package co.pump.icm.snapshot;

import java.util.List;

import co.pump.icm.kind.Kind;
import co.pump.icm.kind.Kinds;
import co.pump.icm.model.IdentityCenterConfig;

/**
 * The canonical order of a configuration, so that two exports of the same organization give
 * byte-identical files (apart from the export time) whatever order AWS listed things in.
 *
 * <p>Each kind's items are sorted by its natural key ({@link Kind#order()}: users by user name,
 * groups by display name, memberships by (group name, user name), permission sets by name,
 * assignments by {@code AssignmentKey} order, accounts by ID, applications by ARN) and each item
 * puts its own sets in order ({@link Kind#canonical}: a permission set's tags by key, managed
 * policies by ARN and customer managed references by (path, name); the ABAC attributes by key).
 * Strings compare by their UTF-16 code units ({@link String#compareTo}), never by locale. Lists
 * that belong to one thing and whose order may mean something (a user's emails, addresses, phone
 * numbers, photos, external IDs; an attribute's sources) keep their order. A missing key sorts
 * first, so even a configuration that would not pass validation has a well-defined order.
 */
public final class Canonical {

    private Canonical() {
    }

    /** The same configuration with every keyed collection in canonical order. */
    public static IdentityCenterConfig of(IdentityCenterConfig config) {
        IdentityCenterConfig result = config;
        for (Kind<?, ?> kind : Kinds.all()) {
            result = sorted(kind, result);
        }
        return result;
    }

    private static <T> IdentityCenterConfig sorted(Kind<?, T> kind, IdentityCenterConfig config) {
        List<T> items = kind.items(config);
        if (items.isEmpty()) {
            return config;
        }
        // The sort is stable, so things with equal keys (which validation refuses) keep their order.
        List<T> canonical = items.size() < 2 ? List.of(kind.canonical(items.get(0)))
                : items.stream().map(kind::canonical).sorted(kind.order()).toList();
        return kind.with(config, canonical);
    }
}
