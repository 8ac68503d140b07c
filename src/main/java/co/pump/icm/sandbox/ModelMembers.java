package co.pump.icm.sandbox;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;

/**
 * Refuses a request member the operation does not have (docs/aws-behaviour.md, "Request and
 * response shapes"), instead of dropping it unread. The members each operation has are AWS's own
 * service model, as the AWS SDK for Java carries it: the request class of the operation and, for
 * nested structures, lists and maps, the shapes it refers to. Documents take any members.
 */
public final class ModelMembers {

    /** The SDK model package of each sandbox service that is checked. */
    private static final Map<String, String> MODEL_PACKAGES = Map.of(
            "identitystore", "software.amazon.awssdk.services.identitystore.model",
            "sso-admin", "software.amazon.awssdk.services.ssoadmin.model");

    /** A structure's members by JSON name; a list's or map's element under {@link #ELEMENT}. */
    private record Shape(Map<String, Shape> members) {
    }

    private static final String ELEMENT = "";
    private static final Shape ANYTHING = new Shape(null);
    private static final Map<String, Shape> OPERATIONS = new ConcurrentHashMap<>();

    private ModelMembers() {
    }

    /**
     * Checks a request body against the operation's input shape.
     *
     * @param service   a key of {@link #MODEL_PACKAGES}
     * @throws AwsError ValidationException naming the first member the operation does not have
     */
    public static void requireKnown(String service, String operation, JsonNode body) {
        Shape input = OPERATIONS.computeIfAbsent(service + "." + operation, k -> read(service, operation));
        String unknown = firstUnknown(input, body, "");
        if (unknown != null) {
            throw AwsError.validation("The " + operation + " request has a member the operation does not have: '"
                    + unknown + "'.");
        }
    }

    private static String firstUnknown(Shape shape, JsonNode value, String path) {
        if (shape == ANYTHING || value == null || value.isNull()) {
            return null;
        }
        if (value.isObject() && shape.members().containsKey(ELEMENT) && shape.members().size() == 1) {
            // A map: its keys are data, its values the element shape.
            for (JsonNode element : value) {
                String unknown = firstUnknown(shape.members().get(ELEMENT), element, path);
                if (unknown != null) {
                    return unknown;
                }
            }
            return null;
        }
        if (value.isArray()) {
            Shape element = shape.members().get(ELEMENT);
            for (JsonNode item : value) {
                String unknown = element == null ? null : firstUnknown(element, item, path);
                if (unknown != null) {
                    return unknown;
                }
            }
            return null;
        }
        if (!value.isObject()) {
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            String at = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
            Shape known = shape.members().get(member.getKey());
            if (known == null) {
                return at;
            }
            String unknown = firstUnknown(known, member.getValue(), at);
            if (unknown != null) {
                return unknown;
            }
        }
        return null;
    }

    /** The input shape of an operation, or {@link #ANYTHING} when the model does not have the operation. */
    private static Shape read(String service, String operation) {
        String type = MODEL_PACKAGES.get(service) + "." + operation + "Request";
        try {
            Object builder = Class.forName(type).getMethod("builder").invoke(null);
            return structure((SdkPojo) builder);
        } catch (ClassNotFoundException e) {
            return ANYTHING;
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("Cannot read the model of " + type, e);
        }
    }

    private static Shape structure(SdkPojo pojo) {
        var members = new HashMap<String, Shape>();
        for (SdkField<?> field : pojo.sdkFields()) {
            members.put(field.locationName(), shape(field));
        }
        return new Shape(members);
    }

    private static Shape shape(SdkField<?> field) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.SDK_POJO) {
            return structure(field.constructor().get());
        }
        if (type == MarshallingType.LIST) {
            SdkField<?> element = field.getRequiredTrait(ListTrait.class).memberFieldInfo();
            return new Shape(Map.of(ELEMENT, shape(element)));
        }
        if (type == MarshallingType.MAP) {
            SdkField<?> element = field.getRequiredTrait(MapTrait.class).valueFieldInfo();
            return new Shape(Map.of(ELEMENT, shape(element)));
        }
        return ANYTHING;
    }
}
