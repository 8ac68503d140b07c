package co.pump.icm.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pump.icm.model.EnterpriseExtension;
import co.pump.icm.model.User;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.identitystore.model.AttributeOperation;

/**
 * A user's enterprise extension as AWS keeps it, and the UpdateUser operations that change a user.
 *
 * <p>The extension is a document under the name {@code aws:identitystore:enterprise} whose members
 * are SCIM's enterprise user attributes ({@code employeeNumber}, {@code costCenter},
 * {@code organization}, {@code division}, {@code department}) and {@code manager}, a structure
 * whose {@code value} is the manager's user ID in that identity store; UpdateUser reaches each part
 * by the path {@code aws:identitystore:enterprise.costCenter} and the like (docs/aws-behaviour.md,
 * "Identity Store users"). The model names the manager instead, so the manager is never part of
 * the document written here: it is set on its own ({@link #manager}) once both people exist.
 */
final class UserAttributes {

    /** The only extension AWS supports. */
    static final String ENTERPRISE = "aws:identitystore:enterprise";
    static final String MANAGER = "manager";

    private UserAttributes() {
    }

    /** The enterprise document without the manager, or null when nothing else is set. */
    static Document enterprise(EnterpriseExtension e) {
        if (e == null) {
            return null;
        }
        var members = new LinkedHashMap<String, Document>();
        put(members, "employeeNumber", e.employeeNumber());
        put(members, "costCenter", e.costCenter());
        put(members, "organization", e.organization());
        put(members, "division", e.division());
        put(members, "department", e.department());
        return members.isEmpty() ? null : Document.fromMap(members);
    }

    /** The extensions of CreateUser: the enterprise document without the manager, or null. */
    static Map<String, Document> extensions(EnterpriseExtension e) {
        Document document = enterprise(e);
        return document == null ? null : Map.of(ENTERPRISE, document);
    }

    /** The enterprise data AWS returned, with the manager left out (it is an ID); null when none. */
    static EnterpriseExtension enterprise(Map<String, Document> extensions) {
        Document d = extensions == null ? null : extensions.get(ENTERPRISE);
        if (d == null || !d.isMap()) {
            return null;
        }
        Map<String, Document> m = d.asMap();
        return new EnterpriseExtension(text(m, "employeeNumber"), text(m, "costCenter"), text(m, "organization"),
                text(m, "division"), text(m, "department"), null);
    }

    /** The manager's user ID AWS returned, or null. */
    static String managerId(Map<String, Document> extensions) {
        Document d = extensions == null ? null : extensions.get(ENTERPRISE);
        if (d == null || !d.isMap() || d.asMap().get(MANAGER) == null || !d.asMap().get(MANAGER).isMap()) {
            return null;
        }
        return text(d.asMap().get(MANAGER).asMap(), "value");
    }

    /**
     * The operations that set these paths of a user (field paths of a comparison, e.g.
     * {@code name.givenName} or {@code enterprise.costCenter}) to their values in {@code desired}:
     * an attribute is replaced whole, an enterprise part on its own (so that the parts left alone,
     * the manager among them, stay as they are), and a removed manager is removed.
     */
    static List<AttributeOperation> operations(User desired, List<String> paths) {
        Set<String> attributes = new LinkedHashSet<>();
        var parts = new ArrayList<AttributeOperation>();
        for (String path : paths) {
            if (path.startsWith("enterprise.")) {
                String part = path.substring("enterprise.".length());
                if (part.equals(MANAGER) && desired.manager() != null) {
                    throw new IllegalArgumentException("A manager is set once that person exists, by manager(): "
                            + desired.userName());
                }
                parts.add(AttributeOperation.builder().attributePath(ENTERPRISE + "." + part)
                        .attributeValue(part.equals(MANAGER) ? null : textOrNull(part(desired.enterprise(), part)))
                        .build());
            } else {
                attributes.add(topLevel(path));
            }
        }
        var operations = new ArrayList<AttributeOperation>();
        for (String attribute : attributes) {
            operations.add(AttributeOperation.builder().attributePath(attribute)
                    .attributeValue(ModelToSdk.userAttribute(desired, attribute)).build());
        }
        operations.addAll(parts);
        return operations;
    }

    /** The operation that points a user's manager at another user, by ID. */
    static AttributeOperation manager(String managerId) {
        return AttributeOperation.builder().attributePath(ENTERPRISE + "." + MANAGER)
                .attributeValue(Document.fromMap(Map.of("value", Document.fromString(managerId)))).build();
    }

    private static String topLevel(String path) {
        int end = path.length();
        for (char c : new char[] {'.', '['}) {
            int at = path.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return path.substring(0, end);
    }

    private static String part(EnterpriseExtension e, String part) {
        if (e == null) {
            return null;
        }
        return switch (part) {
            case "employeeNumber" -> e.employeeNumber();
            case "costCenter" -> e.costCenter();
            case "organization" -> e.organization();
            case "division" -> e.division();
            case "department" -> e.department();
            default -> throw new IllegalArgumentException("Not a part of the enterprise extension: " + part);
        };
    }

    private static void put(Map<String, Document> members, String name, String value) {
        if (value != null) {
            members.put(name, Document.fromString(value));
        }
    }

    private static Document textOrNull(String value) {
        return value == null ? null : Document.fromString(value);
    }

    private static String text(Map<String, Document> members, String name) {
        Document value = members.get(name);
        return value == null || !value.isString() ? null : value.asString();
    }
}
