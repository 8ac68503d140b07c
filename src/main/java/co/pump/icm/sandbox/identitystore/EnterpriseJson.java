package co.pump.icm.sandbox.identitystore;

import java.util.List;
import java.util.Map;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.JsonInput;
import co.pump.icm.sandbox.StringShape;
import co.pump.icm.sandbox.Violations;
import co.pump.icm.sandbox.state.EnterpriseRecord;
import co.pump.icm.sandbox.state.SandboxInstance;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A user's {@code Extensions} in requests and responses. The map's keys follow the model's
 * {@code ExtensionName} (1–50 characters, {@code aws:identitystore:[a-z]{1,20}}, 1–10 of them);
 * {@code aws:identitystore:enterprise} is the only name AWS supports. Its document holds SCIM's
 * enterprise user attributes — {@code employeeNumber}, {@code costCenter}, {@code organization},
 * {@code division}, {@code department} as strings, {@code manager} as {@code {"value": <user ID>}}
 * — and nothing else; AWS documents neither the members nor their limits, so the sandbox refuses
 * any other member, an empty document, and strings outside the Identity Store's usual text shape
 * (docs/aws-behaviour.md, "Identity Store users", which marks what is a guess).
 */
final class EnterpriseJson {

    static final String NAME = "aws:identitystore:enterprise";
    static final StringShape EXTENSION_NAME = new StringShape(1, 50, "aws:identitystore:[a-z]{1,20}", false);
    static final List<String> TEXT_MEMBERS = List.of("employeeNumber", "costCenter", "organization", "division",
            "department");
    static final String MANAGER = "manager";

    private EnterpriseJson() {
    }

    /**
     * The {@code Extensions} member of a CreateUser request, checked; null when absent. Whether the
     * manager exists is checked with the store ({@link #requireManager}).
     */
    static EnterpriseRecord read(JsonInput in) {
        JsonNode extensions = in.document("Extensions");
        if (extensions == null) {
            return null;
        }
        if (!extensions.isObject()) {
            throw new AwsError(400, "SerializationException", "Expected a map at 'extensions'");
        }
        Violations violations = in.violations();
        if (extensions.isEmpty()) {
            violations.add("extensions", null, "Member must have length greater than or equal to 1");
        } else if (extensions.size() > 10) {
            violations.add("extensions", null, "Member must have length less than or equal to 10");
        }
        extensions.fieldNames().forEachRemaining(name -> keyShape(violations, "extensions", name));
        violations.throwIfAny();
        extensions.fieldNames().forEachRemaining(EnterpriseJson::requireSupported);
        return document(extensions.get(NAME));
    }

    /**
     * The extension names a DescribeUser or ListUsers request asks for: true when it asks for the
     * enterprise extension (the only one there is), false when it asks for none.
     */
    static boolean asked(JsonInput in) {
        List<String> names = in.strings("Extensions", EXTENSION_NAME, 1, 10, false);
        in.violations().throwIfAny();
        names.forEach(EnterpriseJson::requireSupported);
        return !names.isEmpty();
    }

    /** The content of the enterprise extension, checked: as a request gives it, or as an UpdateUser patch leaves it. */
    static EnterpriseRecord document(JsonNode value) {
        if (!value.isObject()) {
            throw AwsError.validation("The value of the extension " + NAME + " must be a JSON object.");
        }
        if (value.isEmpty()) {
            throw AwsError.validation("The extension " + NAME + " must have at least one attribute.");
        }
        var violations = new Violations();
        var texts = new String[TEXT_MEMBERS.size()];
        String managerId = null;
        for (Map.Entry<String, JsonNode> member : value.properties()) {
            String name = member.getKey();
            JsonNode v = member.getValue();
            int text = TEXT_MEMBERS.indexOf(name);
            if (text >= 0) {
                if (!v.isTextual()) {
                    throw AwsError.validation("The attribute " + name + " of the extension " + NAME
                            + " must be a string.");
                }
                texts[text] = v.asText();
                check(violations, NAME + "." + name, v.asText(), Shapes.TEXT);
            } else if (name.equals(MANAGER)) {
                managerId = managerId(v);
                check(violations, NAME + ".manager.value", managerId, Shapes.RESOURCE_ID);
            } else {
                throw AwsError.validation("The extension " + NAME + " has no attribute " + name + ".");
            }
        }
        violations.throwIfAny();
        return new EnterpriseRecord(texts[0], texts[1], texts[2], texts[3], texts[4], managerId);
    }

    /** The manager named by the document must be a user of the identity store. */
    static void requireManager(SandboxInstance instance, EnterpriseRecord record) {
        if (record != null && record.managerId() != null && !instance.users.containsKey(record.managerId())) {
            throw Errors.notFound("USER", record.managerId());
        }
    }

    /** The document AWS returns (and an UpdateUser patch starts from). */
    static ObjectNode write(EnterpriseRecord record) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        String[] texts = {record.employeeNumber(), record.costCenter(), record.organization(), record.division(),
                record.department()};
        for (int i = 0; i < texts.length; i++) {
            UserJson.putIfSet(json, TEXT_MEMBERS.get(i), texts[i]);
        }
        if (record.managerId() != null) {
            json.putObject(MANAGER).put("value", record.managerId());
        }
        return json;
    }

    /** The {@code Extensions} map of a user in a response. */
    static void putExtensions(ObjectNode user, EnterpriseRecord record) {
        if (record != null) {
            user.putObject("Extensions").set(NAME, write(record));
        }
    }

    private static String managerId(JsonNode manager) {
        JsonNode value = manager.isObject() && manager.size() == 1 ? manager.get("value") : null;
        if (value == null || !value.isTextual()) {
            throw AwsError.validation("The attribute manager of the extension " + NAME
                    + " must be {\"value\": <user ID>} and nothing else.");
        }
        return value.asText();
    }

    private static void requireSupported(String name) {
        if (!name.equals(NAME)) {
            throw AwsError.validation("The extension " + name + " is not supported: " + NAME
                    + " is the only supported extension name.");
        }
    }

    /** AWS's wording for a map key that breaks its shape. */
    private static void keyShape(Violations violations, String path, String key) {
        var one = new Violations();
        JsonInput.of(JsonNodeFactory.instance.objectNode(), one).check(path, key, EXTENSION_NAME);
        if (!one.isEmpty()) {
            violations.add(path, null, "Map keys must satisfy constraint: [Member must have length between 1 and 50, "
                    + "Member must satisfy regular expression pattern: " + EXTENSION_NAME.pattern() + "]");
        }
    }

    private static void check(Violations violations, String path, String text, StringShape shape) {
        JsonInput.of(JsonNodeFactory.instance.objectNode(), violations).check(path, text, shape);
    }
}
