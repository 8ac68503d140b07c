package co.pump.icm.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** An HTTP response from a REST-JSON service. */
public record RestResponse(int status, String contentType, Map<String, String> headers, byte[] body) {

    public static RestResponse json(int status, String json) {
        return new RestResponse(status, "application/json", Map.of(), json.getBytes(StandardCharsets.UTF_8));
    }

    public static RestResponse html(int status, String html) {
        return new RestResponse(status, "text/html; charset=utf-8", Map.of(), html.getBytes(StandardCharsets.UTF_8));
    }

    /** The AWS error code, when this response is an error; the call log records it. */
    public String errorCode() {
        return headers.get("x-amzn-ErrorType");
    }
}
