package co.pump.icm.sandbox.portal;

import java.io.IOException;
import java.util.function.Function;

import co.pump.icm.sandbox.AwsError;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads request bodies and writes response bodies of the REST-JSON services. */
final class RestJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RestJson() {
    }

    static ObjectNode newObject() {
        return MAPPER.createObjectNode();
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A response body could not be written as JSON", e);
        }
    }

    /**
     * Parses a JSON object body ({@code {}} when empty).
     *
     * @param invalid turns a description of what is wrong into the protocol's error
     */
    static ObjectNode readObject(byte[] body, Function<String, AwsError> invalid) {
        if (body == null || body.length == 0) {
            return newObject();
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (IOException e) {
            throw invalid.apply("The request body is not valid JSON");
        }
        if (node == null || node.isMissingNode()) {
            return newObject();
        }
        if (!node.isObject()) {
            throw invalid.apply("The request body must be a JSON object");
        }
        return (ObjectNode) node;
    }

    /** A string member, or null when absent or JSON null. */
    static String optionalString(ObjectNode input, String member, Function<String, AwsError> invalid) {
        JsonNode value = input.get(member);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw invalid.apply("The member '" + member + "' must be a string");
        }
        return value.textValue();
    }

    /** A string member that must be present and not blank. */
    static String requiredString(ObjectNode input, String member, Function<String, AwsError> invalid) {
        String value = optionalString(input, member, invalid);
        if (value == null || value.isBlank()) {
            throw invalid.apply("The member '" + member + "' is required");
        }
        return value;
    }
}
