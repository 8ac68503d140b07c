package co.pump.icm.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The AWS JSON 1.1 protocol on the wire: request bodies in, responses and errors out. Errors carry
 * {@code __type} in the body and in the {@code X-Amzn-ErrorType} header, as the Smithy awsJson1_1
 * specification describes.
 */
final class JsonWire {
    static final String CONTENT_TYPE = "application/x-amz-json-1.1";

    private JsonWire() {
    }

    /**
     * The request body as an object; an empty body means {@code {}}.
     *
     * @throws AwsError SerializationException when the body is not a JSON object
     */
    static ObjectNode parse(byte[] body) {
        if (body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
            return AwsJson.object();
        }
        JsonNode node;
        try {
            node = AwsJson.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new AwsError(400, "SerializationException", "Start of structure or map found where not expected.");
        }
        if (node == null || node.isMissingNode()) {
            return AwsJson.object();
        }
        if (!node.isObject()) {
            throw new AwsError(400, "SerializationException", "Start of list found where not expected");
        }
        return (ObjectNode) node;
    }

    static WireResponse ok(JsonNode body, String requestId) {
        byte[] bytes = bytes(body == null ? AwsJson.object() : body);
        return new WireResponse(200, CONTENT_TYPE, Map.of("x-amzn-RequestId", requestId), bytes, null);
    }

    /**
     * An error response.
     *
     * @param messageMember {@code Message} for errors of a service's model, {@code message} for
     *                      errors of the AWS front end (signature, serialization), as AWS writes them
     * @param withRequestId true to copy the request ID into the body (Identity Store errors have it)
     */
    static WireResponse error(AwsError error, String requestId, String messageMember, boolean withRequestId) {
        ObjectNode body = AwsJson.object();
        body.put("__type", error.code());
        if (error.getMessage() != null) {
            body.put(messageMember, error.getMessage());
        }
        error.fields().forEach((name, value) -> body.set(name, AwsJson.MAPPER.valueToTree(value)));
        if (withRequestId && !body.has("RequestId")) {
            body.put("RequestId", requestId);
        }
        var headers = new LinkedHashMap<String, String>();
        headers.put("x-amzn-RequestId", requestId);
        headers.put("X-Amzn-ErrorType", error.code());
        if (error.code().startsWith("Throttling") || error.code().equals("TooManyRequestsException")) {
            headers.put("Retry-After", "1");
        }
        return new WireResponse(error.status(), CONTENT_TYPE, headers, bytes(body), error.code());
    }

    /**
     * Writes with the sandbox's mapper: {@code JsonNode.toString()} would use Jackson's default
     * settings and write timestamps such as {@code 1.7E+9}.
     */
    private static byte[] bytes(JsonNode body) {
        try {
            return AwsJson.MAPPER.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a JSON response", e);
        }
    }
}
