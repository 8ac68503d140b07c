package co.pump.icm.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the members of a JSON request structure and checks them against the model's constraints,
 * recording violations in {@link Violations} under AWS's member paths ({@code name.givenName},
 * {@code operations.1.member.attributePath}). A member of the wrong JSON type is a
 * SerializationException, raised at once, as AWS's protocol layer does.
 *
 * <p>JSON {@code null} is read as an absent member.
 */
public final class JsonInput {
    private final ObjectNode node;
    private final String path;
    private final Violations violations;
    private final String typeErrorCode;

    private JsonInput(ObjectNode node, String path, Violations violations, String typeErrorCode) {
        this.node = node;
        this.path = path;
        this.violations = violations;
        this.typeErrorCode = typeErrorCode;
    }

    /** The request body. */
    public static JsonInput of(ObjectNode body, Violations violations) {
        return new JsonInput(body, "", violations, "SerializationException");
    }

    /**
     * A JSON document given as a value (e.g. an UpdateUser AttributeValue), where a wrong type is
     * a validation error of that value rather than a serialization error of the request.
     */
    public static JsonInput document(ObjectNode document, Violations violations) {
        return new JsonInput(document, "", violations, "ValidationException");
    }

    public Violations violations() {
        return violations;
    }

    /** The AWS path of a member: the member name with a lower-case first letter, under this structure's path. */
    public String path(String member) {
        String name = member.substring(0, 1).toLowerCase(Locale.ROOT) + member.substring(1);
        return path.isEmpty() ? name : path + "." + name;
    }

    /** True when the member is present and not null. */
    public boolean has(String member) {
        JsonNode value = node.get(member);
        return value != null && !value.isNull();
    }

    /** A string member, checked against its shape; null when absent (recorded as missing when required). */
    public String string(String member, StringShape shape, boolean required) {
        JsonNode value = present(member, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw typeError(member, "a string");
        }
        check(path(member), value.asText(), shape);
        return value.asText();
    }

    /** Checks a string value against a shape, recording violations at {@code at}. */
    public void check(String at, String text, StringShape shape) {
        String shown = shape.sensitive() ? null : text;
        int length = text.codePointCount(0, text.length());
        if (shape.compiled() != null && !shape.compiled().matcher(text).matches()) {
            violations.add(at, shown, "Member must satisfy regular expression pattern: " + shape.pattern());
        }
        if (length < shape.min()) {
            violations.add(at, shown, "Member must have length greater than or equal to " + shape.min());
        }
        if (length > shape.max()) {
            violations.add(at, shown, "Member must have length less than or equal to " + shape.max());
        }
    }

    /** A string member restricted to an enumeration; null when absent. */
    public String enumeration(String member, List<String> values, boolean required) {
        JsonNode value = present(member, required);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw typeError(member, "a string");
        }
        if (!values.contains(value.asText())) {
            violations.add(path(member), value.asText(),
                    "Member must satisfy enum value set: [" + String.join(", ", values) + "]");
        }
        return value.asText();
    }

    /** An integer member within a range; null when absent. */
    public Integer integer(String member, int min, int max) {
        JsonNode value = present(member, false);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw typeError(member, "an integer");
        }
        int number = value.asInt();
        if (number < min) {
            violations.add(path(member), String.valueOf(number), "Member must have value greater than or equal to " + min);
        } else if (number > max) {
            violations.add(path(member), String.valueOf(number), "Member must have value less than or equal to " + max);
        }
        return number;
    }

    /** A boolean member; null when absent. */
    public Boolean bool(String member) {
        JsonNode value = present(member, false);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            throw typeError(member, "a boolean");
        }
        return value.asBoolean();
    }

    /** A structure member; null when absent. */
    public JsonInput object(String member, boolean required) {
        JsonNode value = present(member, required);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw typeError(member, "a structure");
        }
        return new JsonInput((ObjectNode) value, path(member), violations, typeErrorCode);
    }

    /** A list of structures with a length range; empty when absent. */
    public List<JsonInput> objects(String member, int min, int max, boolean required) {
        var items = new ArrayList<JsonInput>();
        JsonNode value = list(member, min, max, required);
        if (value == null) {
            return items;
        }
        int index = 1;
        for (JsonNode item : value) {
            if (!item.isObject()) {
                throw typeError(member, "a list of structures");
            }
            items.add(new JsonInput((ObjectNode) item, path(member) + "." + index + ".member", violations, typeErrorCode));
            index++;
        }
        return items;
    }

    /** A list of strings with a length range, each checked against its shape; empty when absent. */
    public List<String> strings(String member, StringShape shape, int min, int max, boolean required) {
        var items = new ArrayList<String>();
        JsonNode value = list(member, min, max, required);
        if (value == null) {
            return items;
        }
        int index = 1;
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw typeError(member, "a list of strings");
            }
            check(path(member) + "." + index + ".member", item.asText(), shape);
            items.add(item.asText());
            index++;
        }
        return items;
    }

    /** A member of any JSON type (a document), or null when absent or null. */
    public JsonNode document(String member) {
        JsonNode value = node.get(member);
        return value == null || value.isNull() ? null : value;
    }

    private JsonNode list(String member, int min, int max, boolean required) {
        JsonNode value = present(member, required);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw typeError(member, "a list");
        }
        if (value.size() < min) {
            violations.add(path(member), null, "Member must have length greater than or equal to " + min);
        }
        if (value.size() > max) {
            violations.add(path(member), null, "Member must have length less than or equal to " + max);
        }
        return value;
    }

    private JsonNode present(String member, boolean required) {
        JsonNode value = node.get(member);
        if (value == null || value.isNull()) {
            if (required) {
                violations.missing(path(member));
            }
            return null;
        }
        return value;
    }

    private AwsError typeError(String member, String expected) {
        return new AwsError(400, typeErrorCode, "Expected " + expected + " at '" + path(member) + "'");
    }
}
