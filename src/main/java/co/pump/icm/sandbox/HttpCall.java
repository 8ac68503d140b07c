package co.pump.icm.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;

/**
 * One HTTP request as received, read fully.
 *
 * @param rawPath  the path as sent on the wire (still percent-encoded)
 * @param rawQuery the query as sent on the wire, or null
 * @param headers  header values by lower-case name
 */
record HttpCall(String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {

    static HttpCall read(HttpExchange exchange) throws IOException {
        var headers = new LinkedHashMap<String, List<String>>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).addAll(values));
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            var buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            body = buffer.toByteArray();
        }
        String path = exchange.getRequestURI().getRawPath();
        return new HttpCall(exchange.getRequestMethod(), path == null || path.isEmpty() ? "/" : path,
                exchange.getRequestURI().getRawQuery(), headers, body);
    }

    /** The first value of a header, or null. */
    String header(String lowerCaseName) {
        List<String> values = headers.get(lowerCaseName);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Decoded query parameters, first value of each, in order. */
    Map<String, String> queryParameters() {
        return FormEncoding.decode(rawQuery);
    }

    /** The path with percent-escapes decoded. */
    String path() {
        return FormEncoding.percentDecode(rawPath, false);
    }
}
