package co.pump.icm.kind;

import java.util.ArrayList;
import java.util.Objects;

import co.pump.icm.compare.CategoryComparison;
import co.pump.icm.compare.CompareOptions;
import co.pump.icm.compare.Comparison;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.MigratorException;

/**
 * Compares two Identity Center configurations by natural key, field by field: every kind the
 * product knows ({@link Kinds}), each with its own rules.
 *
 * <p>How items are matched (each kind's {@code keys()}):
 * <ul>
 *   <li>Users by user name <em>regardless of case</em>, because Identity Center keeps user names
 *       unique regardless of case; a user whose name differs only in case is one user, reported
 *       as changed on {@code userName}. The same holds for the user name in a membership and in a
 *       user assignment, where a change of case is not a difference (the user entry reports it).
 *   <li>Groups by display name and permission sets by name, exactly (case counts): AWS documents
 *       no case-insensitive rule for them, and an exact match never pairs two items that AWS
 *       would keep apart. A group renamed only in case shows as one removed and one added.
 *   <li>Accounts by ID; applications by ARN, then by name; the access control configuration is a
 *       single item.
 * </ul>
 * An item's {@code Origin} (IDs and audit fields of the instance it was read from) never takes
 * part.
 *
 * <p>What counts as equal, beyond plain equality of each field (where {@code null} differs from
 * an empty string):
 * <ul>
 *   <li>session durations as durations: {@code PT60M} equals {@code PT1H}, and none equals AWS's
 *       default {@code PT1H}; text that is not a duration is compared as text;
 *   <li>inline policies as JSON documents: whitespace and the order of keys do not matter, the
 *       order of array elements does, and a {@code Statement} object differs from a one-element
 *       array; text that is not valid JSON is compared as text; null, empty and blank are no policy;
 *   <li>managed policies by ARN, customer managed policies by path and name (no path is
 *       {@code /}), tags by key, external IDs as (issuer, ID) pairs: in any order;
 *   <li>emails, addresses, phone numbers and photos position by position, where an absent
 *       {@code primary} flag is false (AWS's default);
 *   <li>an absent name equals a name with no parts, and a permissions boundary with neither part
 *       equals none.
 * </ul>
 * The comparison is pure and linear in the size of the configurations.
 */
public final class ConfigurationComparer {

    private ConfigurationComparer() {
    }

    /** Compares every category, counting unchanged items without listing them. */
    public static Comparison compare(IdentityCenterConfig left, IdentityCenterConfig right) {
        return compare(left, right, CompareOptions.defaults());
    }

    /**
     * Compares two configurations.
     *
     * @param left    e.g. the snapshot (the first file of {@code icm diff})
     * @param right   e.g. the target instance (the second file)
     * @param options what to compare and whether to list unchanged items
     * @throws MigratorException (bad input) when a configuration has an item without its key or
     *                           two items with the same key; the message names the first or the
     *                           second configuration
     */
    public static Comparison compare(IdentityCenterConfig left, IdentityCenterConfig right, CompareOptions options) {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(options, "options");
        var categories = new ArrayList<CategoryComparison<?, ?>>();
        for (Kind<?, ?> kind : Kinds.all()) {
            categories.add(compare(kind, left, right, options));
        }
        return new Comparison(categories);
    }

    private static <K, T> CategoryComparison<K, T> compare(Kind<K, T> kind, IdentityCenterConfig left,
                                                           IdentityCenterConfig right, CompareOptions options) {
        if (!options.includes(kind.category())) {
            return CategoryComparison.notCompared(kind.category());
        }
        return kind.compare(kind.items(left), kind.items(right), options);
    }
}
