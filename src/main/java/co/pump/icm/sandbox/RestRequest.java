package co.pump.icm.sandbox;

import java.util.List;
import java.util.Map;

/**
 * An HTTP request to a REST-JSON service.
 *
 * @param query   decoded query parameters (first value of each)
 * @param headers header values by lower-case name
 */
public record RestRequest(String method, String path, Map<String, String> query,
                          Map<String, List<String>> headers, byte[] body) {

    /** The first value of a header (name in any case), or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
