package co.pump.icm.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What an IAM Identity Center instance (or a snapshot of one) holds, as the test-side reader saw
 * it: for each kind, its items, each with the name that identifies it and its fields, IDs left
 * out and references written as names. Items with the same name are kept apart, so that twins
 * (the same user, membership or assignment twice) are counted rather than merged.
 *
 * @param kinds items by kind name, in the order the kinds were read
 */
public record Inventory(Map<String, List<Item>> kinds) {

    /** One item: its name (e.g. {@code alice@example.com}, {@code PROD / ReadOnly / GROUP Admins}) and fields. */
    public record Item(String key, SortedMap<String, Object> fields) {
        public Item {
            fields = new TreeMap<>(fields);
        }

        @Override
        public String toString() {
            return fields.isEmpty() ? key : key + " " + fields;
        }
    }

    public Inventory {
        var copy = new LinkedHashMap<String, List<Item>>();
        kinds.forEach((kind, items) -> copy.put(kind, List.copyOf(items)));
        kinds = java.util.Collections.unmodifiableMap(copy);
    }

    /** The items of a kind; empty when the kind was not read. */
    public List<Item> items(String kind) {
        return kinds.getOrDefault(kind, List.of());
    }

    /** The names of a kind's items, each once. */
    public Set<String> keys(String kind) {
        return items(kind).stream().map(Item::key).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Names that occur more than once within their kind, as {@code kind: name} with the count. */
    public Map<String, Long> twins() {
        var twins = new TreeMap<String, Long>();
        kinds.forEach((kind, items) -> items.stream()
                .collect(Collectors.groupingBy(Item::key, Collectors.counting()))
                .forEach((key, count) -> {
                    if (count > 1) {
                        twins.put(kind + ": " + key, count);
                    }
                }));
        return twins;
    }

    /** The same inventory without the items of a kind that match. */
    public Inventory without(String kind, Predicate<Item> leaveOut) {
        var copy = new LinkedHashMap<>(kinds);
        copy.computeIfPresent(kind, (k, items) -> items.stream().filter(leaveOut.negate()).toList());
        return new Inventory(copy);
    }

    /** The same inventory with a field left out of every item of a kind. */
    public Inventory ignoring(String kind, String field) {
        var copy = new LinkedHashMap<>(kinds);
        copy.computeIfPresent(kind, (k, items) -> items.stream().map(item -> {
            var fields = new TreeMap<>(item.fields());
            fields.remove(field);
            return new Item(item.key(), fields);
        }).toList());
        return new Inventory(copy);
    }

    /** Only the given kinds. */
    public Inventory only(Set<String> kindNames) {
        var copy = new LinkedHashMap<String, List<Item>>();
        kinds.forEach((kind, items) -> {
            if (kindNames.contains(kind)) {
                copy.put(kind, items);
            }
        });
        return new Inventory(copy);
    }

    /**
     * How this inventory differs from the expected one, one line each: items missing, items not
     * expected, items whose fields differ, and items present more times than expected. Empty
     * when they are equal, twins counted.
     */
    public List<String> differencesFrom(Inventory expected) {
        var lines = new ArrayList<String>();
        var allKinds = new java.util.LinkedHashSet<>(expected.kinds.keySet());
        allKinds.addAll(kinds.keySet());
        for (String kind : allKinds) {
            Map<String, List<Item>> want = byKey(expected.items(kind));
            Map<String, List<Item>> have = byKey(items(kind));
            for (var entry : want.entrySet()) {
                List<Item> found = have.getOrDefault(entry.getKey(), List.of());
                if (found.isEmpty()) {
                    lines.add(kind + ": missing " + entry.getValue().get(0));
                } else if (found.size() != entry.getValue().size()) {
                    lines.add(kind + ": " + entry.getKey() + " is there " + found.size() + " times, expected "
                            + entry.getValue().size());
                } else if (!sorted(found).equals(sorted(entry.getValue()))) {
                    lines.add(kind + ": " + entry.getKey() + " differs: "
                            + fieldDifferences(entry.getValue().get(0), found.get(0)));
                }
            }
            for (var entry : have.entrySet()) {
                if (!want.containsKey(entry.getKey())) {
                    lines.add(kind + ": unexpected " + entry.getValue().get(0)
                            + (entry.getValue().size() > 1 ? " (" + entry.getValue().size() + " times)" : ""));
                }
            }
        }
        return lines;
    }

    /**
     * Fails unless this inventory holds exactly what {@code expected} holds, item for item and
     * field for field, and nothing twice.
     *
     * @param what what this inventory is, for the message (e.g. {@code The target})
     */
    public void assertSameAs(Inventory expected, String what) {
        List<String> differences = differencesFrom(expected);
        Map<String, Long> twins = twins();
        if (differences.isEmpty() && twins.isEmpty()) {
            return;
        }
        var message = new StringBuilder(what + ", read back independently, is not as expected ("
                + differences.size() + " differences, " + twins.size() + " twins):");
        differences.stream().limit(40).forEach(d -> message.append("\n  ").append(d));
        twins.forEach((key, count) -> message.append("\n  twin: ").append(key).append(" ×").append(count));
        throw new AssertionError(message.toString());
    }

    /** Item counts by kind, for messages. */
    public Map<String, Integer> counts() {
        var counts = new LinkedHashMap<String, Integer>();
        kinds.forEach((kind, items) -> counts.put(kind, items.size()));
        return counts;
    }

    /** The fields in which two items differ, as {@code field expected X but found Y}. */
    private static String fieldDifferences(Item expected, Item found) {
        var names = new java.util.TreeSet<>(expected.fields().keySet());
        names.addAll(found.fields().keySet());
        return names.stream().filter(n -> !java.util.Objects.equals(expected.fields().get(n), found.fields().get(n)))
                .map(n -> n + " expected " + expected.fields().get(n) + " but found " + found.fields().get(n))
                .collect(Collectors.joining("; "));
    }

    private static Map<String, List<Item>> byKey(List<Item> items) {
        return items.stream().collect(Collectors.groupingBy(Item::key, TreeMap::new, Collectors.toList()));
    }

    private static List<String> sorted(List<Item> items) {
        return items.stream().map(i -> i.fields().toString()).sorted().toList();
    }
}
