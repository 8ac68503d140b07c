package co.pump.icm.compare;

import java.util.Comparator;
import java.util.function.Function;

/**
 * How the items of one category are keyed: the natural key reported, the key they are matched by
 * (which may ignore case), how keys sort, and the words used when a configuration breaks the
 * rules (an item without a key, or two items with the same key).
 *
 * @param noun        what an item is called, e.g. {@code user}
 * @param key         the natural key of an item, or null when a part of it is missing
 * @param matchKey    the key items are matched by, from the natural key
 * @param order       how natural keys sort
 * @param describe    a natural key for a person, e.g. {@code 'alice@acme.com'}
 * @param missingKey  what an item without a key is, e.g. {@code a user without a user name}
 * @param uniqueness  the rule that two items with the same key break
 */
public record KeyRules<K, T>(String noun,
                      Function<T, K> key,
                      Function<K, ?> matchKey,
                      Comparator<K> order,
                      Function<K, String> describe,
                      String missingKey,
                      String uniqueness) {
}
