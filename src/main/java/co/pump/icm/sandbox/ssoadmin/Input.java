package co.pump.icm.sandbox.ssoadmin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.ssoadmin.Shapes.StringShape;

/**
 * The request body of one operation, read member by member. Each read checks the member against
 * its model shape and records every violation; {@link #validate()} then fails the request with
 * all of them at once, in the message format of AWS's request validation layer:
 * {@code 1 validation error detected: Value 'x' at 'name' failed to satisfy constraint: Member must
 * satisfy regular expression pattern: [\w+=,.@-]+} (the format AWS services answer with, e.g. in
 * the report quoted in AWS-API-NOTES §2, and widely seen in SDK error logs). Member paths use the
 * lower camel case names and {@code list.N.member} indexes that format uses.
 */
final class Input {

    private final String operation;
    private final ObjectNode node;
    private final String path;
    private final List<String> errors;

    Input(String operation, ObjectNode node) {
        this(operation, node, "", new ArrayList<>());
    }

    private Input(String operation, ObjectNode node, String path, List<String> errors) {
        this.operation = operation;
        this.node = node;
        this.path = path;
        this.errors = errors;
    }

    /** The operation this input belongs to, e.g. {@code CreatePermissionSet}. */
    String operation() {
        return operation;
    }

    /** A required string member; null (with an error recorded) when it is missing or invalid. */
    String required(String member, StringShape shape) {
        String value = text(member);
        if (value == null) {
            errors.add("Value null at '" + path(member) + "' failed to satisfy constraint: Member must not be null");
            return null;
        }
        return check(member, value, shape);
    }

    /** An optional string member; null when absent or invalid. */
    String optional(String member, StringShape shape) {
        String value = text(member);
        return value == null ? null : check(member, value, shape);
    }

    /** A required enum member. */
    String requiredEnum(String member, List<String> values) {
        String value = text(member);
        if (value == null) {
            errors.add("Value null at '" + path(member) + "' failed to satisfy constraint: Member must not be null");
            return null;
        }
        return checkEnum(member, value, values);
    }

    /** An optional enum member. */
    String optionalEnum(String member, List<String> values) {
        String value = text(member);
        return value == null ? null : checkEnum(member, value, values);
    }

    /** The optional {@code MaxResults} member, 1–100. */
    Integer maxResults() {
        JsonNode value = node.get("MaxResults");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            throw serialization("MaxResults", "an integer");
        }
        int n = value.asInt();
        if (n < Shapes.MAX_RESULTS_MIN) {
            errors.add(prefix("MaxResults", String.valueOf(n)) + "Member must have value greater than or equal to "
                    + Shapes.MAX_RESULTS_MIN);
            return null;
        }
        if (n > Shapes.MAX_RESULTS_MAX) {
            errors.add(prefix("MaxResults", String.valueOf(n)) + "Member must have value less than or equal to "
                    + Shapes.MAX_RESULTS_MAX);
            return null;
        }
        return n;
    }

    /** The optional {@code NextToken} member; an empty token counts as none. */
    String nextToken() {
        String token = optional("NextToken", Shapes.TOKEN);
        return token == null || token.isEmpty() ? null : token;
    }

    /** A nested structure member, or null when absent (recording an error when it is required). */
    Input structure(String member, boolean required) {
        JsonNode value = node.get(member);
        if (value == null || value.isNull()) {
            if (required) {
                errors.add("Value null at '" + path(member) + "' failed to satisfy constraint: Member must not be null");
            }
            return null;
        }
        if (!value.isObject()) {
            throw serialization(member, "a structure");
        }
        return new Input(operation, (ObjectNode) value, path(member), errors);
    }

    /** A list of structures, with the list's length limits; empty when absent and not required. */
    List<Input> structures(String member, boolean required, int min, int max) {
        List<JsonNode> items = list(member, required, min, max);
        List<Input> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                throw serialization(member, "a list of structures");
            }
            result.add(new Input(operation, (ObjectNode) item, path(member) + "." + (i + 1) + ".member", errors));
        }
        return result;
    }

    /** A list of strings of one shape; empty when absent and not required. */
    List<String> strings(String member, StringShape shape, boolean required, int min, int max) {
        List<JsonNode> items = list(member, required, min, max);
        List<String> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isTextual()) {
                throw serialization(member, "a list of strings");
            }
            String itemPath = member + "." + (i + 1) + ".member";
            String checked = check(itemPath, item.asText(), shape);
            if (checked != null) {
                result.add(checked);
            }
        }
        return result;
    }

    /** Records a semantic violation of a member in the same message format. */
    void invalid(String member, String value, String constraint) {
        errors.add(prefix(member, value) + constraint);
    }

    /** Fails the request when any member was invalid. */
    void validate() {
        if (errors.isEmpty()) {
            return;
        }
        String head = errors.size() == 1 ? "1 validation error detected: "
                : errors.size() + " validation errors detected: ";
        throw AwsError.validation(head + String.join("; ", errors));
    }

    private List<JsonNode> list(String member, boolean required, int min, int max) {
        JsonNode value = node.get(member);
        if (value == null || value.isNull()) {
            if (required) {
                errors.add("Value null at '" + path(member) + "' failed to satisfy constraint: Member must not be null");
            }
            return List.of();
        }
        if (!value.isArray()) {
            throw serialization(member, "a list");
        }
        if (value.size() < min) {
            errors.add(prefix(member, value.toString()) + "Member must have length greater than or equal to " + min);
        } else if (value.size() > max) {
            errors.add(prefix(member, value.toString()) + "Member must have length less than or equal to " + max);
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        return items;
    }

    private String text(String member) {
        JsonNode value = node.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw serialization(member, "a string");
        }
        return value.asText();
    }

    private String check(String member, String value, StringShape shape) {
        int length = value.codePointCount(0, value.length());
        if (length < shape.min()) {
            errors.add(prefix(member, value) + "Member must have length greater than or equal to " + shape.min());
            return null;
        }
        if (length > shape.max()) {
            errors.add(prefix(member, value) + "Member must have length less than or equal to " + shape.max());
            return null;
        }
        if (!shape.matches(value)) {
            errors.add(prefix(member, value) + "Member must satisfy regular expression pattern: " + shape.patternText());
            return null;
        }
        return value;
    }

    private String checkEnum(String member, String value, List<String> values) {
        if (!values.contains(value)) {
            errors.add(prefix(member, value) + "Member must satisfy enum value set: " + values);
            return null;
        }
        return value;
    }

    private String prefix(String member, String value) {
        return "Value '" + value + "' at '" + path(member) + "' failed to satisfy constraint: ";
    }

    private String path(String member) {
        String camel = member.substring(0, 1).toLowerCase(Locale.ROOT) + member.substring(1);
        return path.isEmpty() ? camel : path + "." + camel;
    }

    /** A member of the wrong JSON type: AWS answers these with a SerializationException. */
    private AwsError serialization(String member, String expected) {
        return new AwsError(400, "SerializationException",
                "Expected " + expected + " for member '" + path(member) + "' of " + operation + ".");
    }
}
