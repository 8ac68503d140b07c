package co.pump.icm.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders a {@link Comparison} as JSON, for {@code icm diff --json}:
 * <pre>
 * {
 *   "hasDifferences": true,
 *   "summary": { "users": { "compared": true, "forTheRecord": false,
 *                           "onlyLeft": 2, "onlyRight": 1, "changed": 3, "unchanged": 40 }, ... },
 *   "entries": { "users": [
 *       { "key": "bob@acme.com", "status": "onlyLeft" },
 *       { "key": "alice@acme.com", "status": "changed", "changes": [
 *           { "path": "displayName", "kind": "changed", "old": "Alice", "new": "Alice Smith" } ] } ], ... },
 *   "unchanged": { "users": [ "dave@acme.com", ... ] }
 * }
 * </pre>
 * Categories are named in camel case ({@code permissionSets}, {@code accessControl}); categories
 * that were not compared have {@code "compared": false} and no entries. Keys are strings, or
 * objects for memberships ({@code groupName}, {@code userName}) and assignments ({@code accountId},
 * {@code permissionSetName}, {@code principalType}, {@code principalName}). Values are JSON forms
 * of the typed values of {@link FieldChange} (absent parts left out), {@code null} when absent.
 * {@code unchanged} is there only when unchanged items were listed.
 */
public final class ComparisonJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ComparisonJson() {
    }

    /** The comparison as a JSON tree. */
    public static JsonNode toJson(Comparison comparison) {
        ObjectNode root = NODES.objectNode();
        root.put("hasDifferences", comparison.hasDifferences());
        ObjectNode summary = root.putObject("summary");
        ObjectNode entries = root.putObject("entries");
        ObjectNode unchanged = NODES.objectNode();
        for (var category : comparison.categories()) {
            String name = name(category.category());
            summary.set(name, summary(category));
            if (!category.compared()) {
                continue;
            }
            ArrayNode items = entries.putArray(name);
            for (Difference<?, ?> difference : category.differences()) {
                items.add(entry(difference));
            }
            if (!category.unchanged().isEmpty()) {
                ArrayNode keys = unchanged.putArray(name);
                category.unchanged().forEach(same -> keys.add(value(same.key())));
            }
        }
        if (!unchanged.isEmpty()) {
            root.set("unchanged", unchanged);
        }
        return root;
    }

    /** A category's name in JSON: {@code users}, {@code permissionSets}, {@code accessControl}, ... */
    public static String name(Category category) {
        var out = new StringBuilder();
        boolean upper = false;
        for (char c : category.name().toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? c : Character.toLowerCase(c));
                upper = false;
            }
        }
        return out.toString();
    }

    private static ObjectNode summary(CategoryComparison<?, ?> category) {
        ObjectNode counts = NODES.objectNode();
        counts.put("label", category.category().label());
        counts.put("compared", category.compared());
        counts.put("forTheRecord", category.category().forTheRecord());
        if (category.compared()) {
            counts.put("onlyLeft", category.onlyLeftCount());
            counts.put("onlyRight", category.onlyRightCount());
            counts.put("changed", category.changedCount());
            counts.put("unchanged", category.unchangedCount());
        }
        return counts;
    }

    private static ObjectNode entry(Difference<?, ?> difference) {
        ObjectNode entry = NODES.objectNode();
        entry.set("key", value(difference.key()));
        if (difference instanceof Difference.OnlyLeft) {
            entry.put("status", "onlyLeft");
        } else if (difference instanceof Difference.OnlyRight) {
            entry.put("status", "onlyRight");
        } else if (difference instanceof Difference.Changed<?, ?> changed) {
            entry.put("status", "changed");
            ArrayNode changes = entry.putArray("changes");
            for (FieldChange change : changed.changes()) {
                ObjectNode node = changes.addObject();
                node.put("path", change.path());
                node.put("kind", change.kind().name().toLowerCase(java.util.Locale.ROOT));
                node.set("old", value(change.oldValue()));
                node.set("new", value(change.newValue()));
            }
        }
        return entry;
    }

    private static JsonNode value(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        return JSON.valueToTree(value);
    }
}
