package co.pump.icm.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.document.Document;

/**
 * Turns what the AWS SDK returned into plain values that compare by equality: every member of a
 * response shape, by its AWS member name, walked generically through the SDK's own field list, so
 * that a member AWS adds later is compared without anyone writing it down. Lists become sorted
 * lists (order carries no meaning in what is compared here), maps sorted maps, documents their
 * plain values.
 */
final class SdkValues {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<Object> BY_TEXT = Comparator.comparing(String::valueOf);

    private SdkValues() {
    }

    /** The members of a response shape, without those named in {@code leftOut}, absent members omitted. */
    static SortedMap<String, Object> members(SdkPojo shape, Set<String> leftOut) {
        var members = new TreeMap<String, Object>();
        for (SdkField<?> field : shape.sdkFields()) {
            if (leftOut.contains(field.memberName())) {
                continue;
            }
            Object value = plain(field.getValueOrDefault(shape), leftOut);
            // The SDK gives an absent list or map as an empty one: absent and empty are the same here.
            if (value != null && !(value instanceof List<?> l && l.isEmpty()) && !(value instanceof Map<?, ?> m && m.isEmpty())) {
                members.put(field.memberName(), value);
            }
        }
        return members;
    }

    /** A value as plain data; {@code leftOut} applies to nested shapes as well. */
    static Object plain(Object value, Set<String> leftOut) {
        if (value instanceof SdkPojo shape) {
            return members(shape, leftOut);
        }
        if (value instanceof Document document) {
            return document.isNull() ? null : plain(document.unwrap(), leftOut);
        }
        if (value instanceof List<?> list) {
            var plainList = new ArrayList<Object>();
            list.forEach(item -> plainList.add(plain(item, leftOut)));
            plainList.sort(BY_TEXT);
            return plainList;
        }
        if (value instanceof Map<?, ?> map) {
            var plainMap = new TreeMap<String, Object>();
            map.forEach((k, v) -> plainMap.put(String.valueOf(k), plain(v, leftOut)));
            return plainMap;
        }
        if (value instanceof Number number) {
            // Documents unwrap numbers as SdkNumber; compare them by their decimal text.
            return new java.math.BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return value;
    }

    /** A JSON policy document as plain data, so that formatting differences do not count. */
    static Object policy(String document) {
        if (document == null || document.isBlank()) {
            return null;
        }
        try {
            return json(JSON.readTree(document));
        } catch (java.io.IOException e) {
            return "not JSON: " + document;
        }
    }

    /** A JSON tree as plain data, by the same rules as SDK values (numbers as text, lists sorted). */
    static Object json(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            var map = new TreeMap<String, Object>();
            node.fields().forEachRemaining(e -> {
                Object value = json(e.getValue());
                if (value != null) {
                    map.put(e.getKey(), value);
                }
            });
            return map;
        }
        if (node.isArray()) {
            var list = new ArrayList<Object>();
            node.forEach(item -> list.add(json(item)));
            list.sort(BY_TEXT);
            return list;
        }
        if (node.isNumber()) {
            return node.decimalValue().stripTrailingZeros().toPlainString();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asText();
    }
}
