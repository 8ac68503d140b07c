package co.pump.icm.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pump.icm.sandbox.state.SandboxCredential;

/**
 * Hand-made HTTP requests to a sandbox, signed (or mis-signed) with the sandbox's own SigV4 code,
 * for what the SDK will not send: malformed bodies, unknown targets, bad headers.
 */
final class RawHttp {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private RawHttp() {
    }

    /** A response as text. */
    record Answer(int status, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    /** Signs a POST to {@code /} with the given headers and body. */
    static Map<String, String> sign(URI endpoint, SandboxCredential credential, String service,
                                    Map<String, String> headers, String body) {
        String amzDate = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        var all = new LinkedHashMap<String, String>(headers);
        all.put("x-amz-date", amzDate);
        if (credential.sessionToken() != null) {
            all.put("x-amz-security-token", credential.sessionToken());
        }
        var lower = new LinkedHashMap<String, List<String>>();
        all.forEach((k, v) -> lower.put(k.toLowerCase(), List.of(v)));
        lower.put("host", List.of(endpoint.getHost() + ":" + endpoint.getPort()));
        List<String> signed = lower.keySet().stream().sorted().toList();
        var auth = new SigV4.Authorization(credential.accessKeyId(), amzDate.substring(0, 8), TestWorld.REGION, service,
                signed, "");
        String canonical = SigV4.canonicalRequest("POST", "/", null, lower, signed,
                SigV4.sha256Hex(body.getBytes(StandardCharsets.UTF_8)));
        String signature = SigV4.signature(credential.secretAccessKey(), amzDate, auth, canonical);
        all.put("Authorization", SigV4.ALGORITHM + " Credential=" + credential.accessKeyId() + "/" + auth.scope()
                + ", SignedHeaders=" + String.join(";", signed) + ", Signature=" + signature);
        return all;
    }

    /** A signed AWS JSON 1.1 request. */
    static Answer json(URI endpoint, SandboxCredential credential, String service, String target, String body) {
        var headers = Map.of("Content-Type", "application/x-amz-json-1.1", "X-Amz-Target", target);
        return post(endpoint, "/", sign(endpoint, credential, service, headers, body), body);
    }

    static Answer post(URI endpoint, String path, Map<String, String> headers, String body) {
        var request = HttpRequest.newBuilder(endpoint.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    static Answer get(URI endpoint, String path) {
        return send(HttpRequest.newBuilder(endpoint.resolve(path)).GET().build());
    }

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
