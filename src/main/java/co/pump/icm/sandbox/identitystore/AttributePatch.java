package co.pump.icm.sandbox.identitystore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.JsonInput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * UpdateUser/UpdateGroup AttributeOperations, applied to a user's or group's attributes (held as
 * the request JSON, e.g. {@code {"DisplayName": ..., "Name": {"GivenName": ...}}}). Each
 * operation sets the attribute at {@code AttributePath} (camelCase, dotted for sub-attributes:
 * {@code displayName}, {@code name.givenName}; paths are case-sensitive) to
 * {@code AttributeValue}, or removes it when the value is null or absent. The result is then
 * checked like a create request, so removing a required attribute is a ValidationException.
 *
 * <p>Multi-valued attributes ({@code emails}, {@code addresses}, {@code phoneNumbers},
 * {@code photos}) can only be replaced whole, with a list of PascalCase structures
 * ({@code [{"Value": ..., "Type": ..., "Primary": true}]}); sub-paths such as
 * {@code emails[0].value} are refused with the message AWS gives (quoted from a field report).
 * {@code userName} cannot be changed once the user exists (IAM Identity Center keeps it fixed;
 * the exact AWS error is unconfirmed).
 */
final class AttributePatch {

    /** What an attribute path may name. */
    enum Kind { TEXT, STRUCTURE, LIST, IMMUTABLE }

    /** One checked operation. */
    record Operation(String path, JsonNode value) {
    }

    /** The user attribute paths UpdateUser accepts (the User shape's members). */
    static final Map<String, Kind> USER_PATHS = Map.ofEntries(
            Map.entry("userName", Kind.IMMUTABLE),
            Map.entry("displayName", Kind.TEXT),
            Map.entry("nickName", Kind.TEXT),
            Map.entry("profileUrl", Kind.TEXT),
            Map.entry("userType", Kind.TEXT),
            Map.entry("title", Kind.TEXT),
            Map.entry("preferredLanguage", Kind.TEXT),
            Map.entry("locale", Kind.TEXT),
            Map.entry("timezone", Kind.TEXT),
            Map.entry("website", Kind.TEXT),
            Map.entry("birthdate", Kind.TEXT),
            // No userStatus: it is an output member; only the console disables users
            // (docs/aws-behaviour.md, "Identity Store users").
            Map.entry("name", Kind.STRUCTURE),
            Map.entry("name.formatted", Kind.TEXT),
            Map.entry("name.familyName", Kind.TEXT),
            Map.entry("name.givenName", Kind.TEXT),
            Map.entry("name.middleName", Kind.TEXT),
            Map.entry("name.honorificPrefix", Kind.TEXT),
            Map.entry("name.honorificSuffix", Kind.TEXT),
            Map.entry("emails", Kind.LIST),
            Map.entry("addresses", Kind.LIST),
            Map.entry("phoneNumbers", Kind.LIST),
            Map.entry("photos", Kind.LIST),
            Map.entry("roles", Kind.LIST),
            // The enterprise extension whole, or one of its parts (EnterpriseJson).
            Map.entry(EnterpriseJson.NAME, Kind.STRUCTURE),
            Map.entry(EnterpriseJson.NAME + ".employeeNumber", Kind.TEXT),
            Map.entry(EnterpriseJson.NAME + ".costCenter", Kind.TEXT),
            Map.entry(EnterpriseJson.NAME + ".organization", Kind.TEXT),
            Map.entry(EnterpriseJson.NAME + ".division", Kind.TEXT),
            Map.entry(EnterpriseJson.NAME + ".department", Kind.TEXT),
            Map.entry(EnterpriseJson.NAME + ".manager", Kind.STRUCTURE),
            Map.entry(EnterpriseJson.NAME + ".manager.value", Kind.TEXT));

    /** The group attribute paths UpdateGroup accepts. */
    static final Map<String, Kind> GROUP_PATHS = Map.of(
            "displayName", Kind.TEXT,
            "description", Kind.TEXT);

    private AttributePatch() {
    }

    /**
     * Reads and checks the request's {@code Operations}, together with the violations already
     * recorded for the request.
     *
     * @throws AwsError ValidationException for a bad operation list, path or value
     */
    static List<Operation> read(JsonInput request, Map<String, Kind> paths) {
        List<JsonInput> inputs = request.objects("Operations", 1, 100, true);
        var operations = new ArrayList<Operation>();
        for (JsonInput input : inputs) {
            JsonNode rawPath = input.document("AttributePath");
            if (rawPath != null && rawPath.isTextual()) {
                refuseMultiValueSubPath(rawPath.asText(), paths);
            }
            String path = input.string("AttributePath", Shapes.ATTRIBUTE_PATH, true);
            operations.add(new Operation(path, input.document("AttributeValue")));
        }
        request.violations().throwIfAny();
        for (Operation operation : operations) {
            Kind kind = paths.get(operation.path());
            if (kind == null) {
                throw AwsError.validation("Invalid attribute path: " + operation.path());
            }
            if (kind == Kind.IMMUTABLE) {
                throw AwsError.validation("The attribute " + operation.path() + " cannot be updated.");
            }
            requireType(operation, kind);
        }
        return operations;
    }

    /** Applies checked operations, in order, to the attributes. */
    static void apply(ObjectNode attributes, List<Operation> operations) {
        for (Operation operation : operations) {
            set(attributes, operation.path(), operation.value(), true);
        }
    }

    /** The operations on the attribute {@code name} or its parts. */
    static List<Operation> within(List<Operation> operations, String name) {
        return operations.stream().filter(o -> o.path().equals(name) || o.path().startsWith(name + ".")).toList();
    }

    /** The operations on every other attribute. */
    static List<Operation> outside(List<Operation> operations, String name) {
        return operations.stream().filter(o -> !o.path().equals(name) && !o.path().startsWith(name + ".")).toList();
    }

    private static void requireType(Operation operation, Kind kind) {
        JsonNode value = operation.value();
        boolean fits = value == null
                || (kind == Kind.TEXT && value.isTextual())
                || (kind == Kind.STRUCTURE && value.isObject())
                || (kind == Kind.LIST && value.isArray());
        if (!fits) {
            String expected = switch (kind) {
                case TEXT -> "a string";
                case STRUCTURE -> "a structure";
                default -> "a list";
            };
            throw AwsError.validation("Invalid value for attribute path " + operation.path() + ": expected " + expected);
        }
    }

    /**
     * Sets (or, for a null value, removes) the member at a dotted path, making the structures on
     * the way.
     *
     * @param pascalCase true for the User shape's members ({@code name.givenName} is
     *                   {@code Name.GivenName}), false for a document kept as written (an extension)
     */
    static void set(ObjectNode attributes, String path, JsonNode value, boolean pascalCase) {
        String[] segments = path.split("\\.");
        ObjectNode parent = attributes;
        for (int i = 0; i < segments.length - 1; i++) {
            String member = pascalCase ? memberName(segments[i]) : segments[i];
            JsonNode child = parent.get(member);
            if (!(child instanceof ObjectNode)) {
                if (value == null) {
                    return;
                }
                child = parent.putObject(member);
            }
            parent = (ObjectNode) child;
        }
        String last = segments[segments.length - 1];
        String member = pascalCase ? memberName(last) : last;
        if (value == null) {
            parent.remove(member);
        } else {
            parent.set(member, value.deepCopy());
        }
    }

    private static void refuseMultiValueSubPath(String path, Map<String, Kind> paths) {
        int end = path.length();
        for (char c : new char[] {'.', '['}) {
            int at = path.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String head = path.substring(0, end);
        if (end < path.length() && paths.get(head) == Kind.LIST) {
            throw AwsError.validation("Unsupported update operation on multi-value attribute " + head
                    + ", please provide full replacement of Multi-Value attribute types");
        }
    }

    /** {@code givenName} → {@code GivenName}. */
    private static String memberName(String segment) {
        return segment.substring(0, 1).toUpperCase(Locale.ROOT) + segment.substring(1);
    }
}
