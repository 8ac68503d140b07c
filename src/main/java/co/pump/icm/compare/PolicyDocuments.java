package co.pump.icm.compare;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Compares inline policies as JSON documents: whitespace and the order of keys do not matter, the
 * order of array elements does. Deliberately no IAM-specific rules: a {@code Statement} written as
 * one object and as a one-element array are different documents here, as are {@code "Action": "x"}
 * and {@code "Action": ["x"]}, although IAM treats them alike. A policy that is not valid JSON
 * (including one with a duplicate key or trailing text) is compared as text.
 */
public final class PolicyDocuments {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private PolicyDocuments() {
    }

    /** Whether a policy is absent: {@code null}, empty or blank (GetInlinePolicy returns "" for none). */
    public static boolean isAbsent(String policy) {
        return policy == null || policy.isBlank();
    }

    /**
     * Whether two inline policies are the same document. Each text is parsed at most once, and
     * not at all when the texts are equal.
     */
    public static boolean equivalent(String left, String right) {
        boolean leftAbsent = isAbsent(left);
        boolean rightAbsent = isAbsent(right);
        if (leftAbsent || rightAbsent) {
            return leftAbsent == rightAbsent;
        }
        if (left.equals(right)) {
            return true;
        }
        JsonNode l = parse(left);
        if (l == null) {
            return false; // not JSON: compared as text, and the texts differ
        }
        JsonNode r = parse(right);
        return r != null && l.equals(r);
    }

    /**
     * The policy as lines for a person to compare: valid JSON is pretty-printed with keys sorted,
     * so that two documents line up; anything else is split into its own lines.
     */
    static List<String> lines(String policy) {
        if (isAbsent(policy)) {
            return List.of();
        }
        JsonNode node = parse(policy);
        String text;
        if (node == null) {
            text = policy;
        } else {
            try {
                text = JSON.writeValueAsString(sorted(node));
            } catch (JsonProcessingException e) {
                text = policy;
            }
        }
        return List.of(text.split("\\R", -1));
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            var fields = new TreeMap<String, JsonNode>();
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                fields.put(field.getKey(), sorted(field.getValue()));
            }
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            fields.forEach(copy::set);
            return copy;
        }
        if (node instanceof ArrayNode array) {
            var elements = new ArrayList<JsonNode>(array.size());
            array.forEach(element -> elements.add(sorted(element)));
            return JsonNodeFactory.instance.arrayNode().addAll(elements);
        }
        return node;
    }
}
