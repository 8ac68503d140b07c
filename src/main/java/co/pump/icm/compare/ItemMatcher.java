package co.pump.icm.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.pump.icm.model.MigratorException;

/**
 * Matches the items of two lists by key in linear time: one hash map holds the left items by
 * match key, and each right item is looked up once. A configuration with an item without a key,
 * or with two items under one key, is rejected: silently keeping one of them would hide a
 * difference.
 */
final class ItemMatcher {

    /** Stands in a map slot for a right item, so that a second right item with its key is noticed. */
    private record SeenOnRight(Object key) {
    }

    private ItemMatcher() {
    }

    static <K, T> CategoryComparison<K, T> match(Category category, List<T> left, List<T> right,
                                                 KeyRules<K, T> rules, CompareOptions options,
                                                 CategoryBuilder.Fields<T> fields) {
        if (!options.includes(category)) {
            return CategoryComparison.notCompared(category);
        }
        var result = new CategoryBuilder<K, T>(category, rules.order(), options, fields);
        // Values are a left item not yet matched, or a SeenOnRight marker.
        Map<Object, Object> slots = new HashMap<>(capacity(left.size() + right.size() / 64));
        for (T item : left) {
            K key = keyOf(item, rules, Side.FIRST);
            Object previous = slots.putIfAbsent(rules.matchKey().apply(key), item);
            if (previous != null) {
                throw duplicate(rules, Side.FIRST, rules.key().apply(cast(previous)), key);
            }
        }
        for (T item : right) {
            K key = keyOf(item, rules, Side.SECOND);
            Object matchKey = rules.matchKey().apply(key);
            Object slot = slots.put(matchKey, new SeenOnRight(key));
            if (slot == null) {
                result.onlyRight(key, item);
            } else if (slot instanceof SeenOnRight seen) {
                throw duplicate(rules, Side.SECOND, cast(seen.key()), key);
            } else {
                T leftItem = cast(slot);
                result.both(rules.key().apply(leftItem), leftItem, item);
            }
        }
        for (Object slot : slots.values()) {
            if (!(slot instanceof SeenOnRight)) {
                T leftItem = cast(slot);
                result.onlyLeft(rules.key().apply(leftItem), leftItem);
            }
        }
        return result.build();
    }

    /** Which configuration broke a rule, in the words a person uses for the two files compared. */
    enum Side {
        FIRST("first"), SECOND("second");

        final String word;

        Side(String word) {
            this.word = word;
        }
    }

    static MigratorException missingKey(String what, Side side) {
        return MigratorException.badInput("The " + side.word + " configuration has " + what + ".");
    }

    private static <K, T> K keyOf(T item, KeyRules<K, T> rules, Side side) {
        K key = rules.key().apply(item);
        if (key == null) {
            throw missingKey(rules.missingKey(), side);
        }
        return key;
    }

    private static <K, T> MigratorException duplicate(KeyRules<K, T> rules, Side side, K first, K second) {
        String firstText = rules.describe().apply(first);
        String secondText = rules.describe().apply(second);
        String as = firstText.equals(secondText) ? "" : " (as " + firstText + " and " + secondText + ")";
        return MigratorException.badInput("The " + side.word + " configuration lists the " + rules.noun() + " "
                + firstText + " twice" + as + "; " + rules.uniqueness() + ".");
    }

    static int capacity(int entries) {
        return (int) (entries / 0.75f) + 16;
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object item) {
        return (T) item;
    }
}
