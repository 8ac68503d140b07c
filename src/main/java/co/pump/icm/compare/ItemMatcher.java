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
public final class ItemMatcher {

    /** Takes the slot of a left item once a right item has matched it. */
    private static final Object MATCHED = new Object();
    /** Takes the slot of a right item that matched nothing on the left. */
    private static final Object RIGHT_ONLY = new Object();

    private ItemMatcher() {
    }

    public static <K, T> CategoryComparison<K, T> match(Category category, List<T> left, List<T> right,
                                                 KeyRules<K, T> rules, CompareOptions options,
                                                 CategoryBuilder.Fields<T> fields) {
        if (!options.includes(category)) {
            return CategoryComparison.notCompared(category);
        }
        var result = new CategoryBuilder<K, T>(category, rules.key(), rules.order(), options, fields);
        // By match key: a left item not matched yet, or one of the two markers (shared, so that
        // matching allocates nothing per item).
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
            Object slot = slots.get(matchKey);
            if (slot == null) {
                slots.put(matchKey, RIGHT_ONLY);
                result.onlyRight(item);
            } else if (slot == MATCHED || slot == RIGHT_ONLY) {
                throw duplicate(rules, Side.SECOND, firstWithKey(right, matchKey, rules), key);
            } else {
                slots.put(matchKey, MATCHED);
                result.both(cast(slot), item);
            }
        }
        for (Object slot : slots.values()) {
            if (slot != MATCHED && slot != RIGHT_ONLY) {
                result.onlyLeft(cast(slot));
            }
        }
        return result.build();
    }

    // Only on the way to an error, so a scan is fine.
    private static <K, T> K firstWithKey(List<T> items, Object matchKey, KeyRules<K, T> rules) {
        for (T item : items) {
            K key = rules.key().apply(item);
            if (rules.matchKey().apply(key).equals(matchKey)) {
                return key;
            }
        }
        throw new IllegalStateException("No item with key " + matchKey);
    }

    /** Which configuration broke a rule, in the words a person uses for the two files compared. */
    public enum Side {
        FIRST("first"), SECOND("second");

        public final String word;

        Side(String word) {
            this.word = word;
        }
    }

    public static MigratorException missingKey(String what, Side side) {
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
