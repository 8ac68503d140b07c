package co.pump.icm.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The awsQuery protocol on the wire (STS): XML responses wrapped in
 * {@code <ActionResponse><ActionResult>} with {@code ResponseMetadata/RequestId}, and the
 * {@code ErrorResponse} error shape.
 */
final class QueryWire {
    static final String CONTENT_TYPE = "text/xml";

    private QueryWire() {
    }

    static WireResponse ok(String action, String namespace, String resultXml, String requestId) {
        String xml = "<" + action + "Response xmlns=\"" + namespace + "\">\n"
                + "  <" + action + "Result>\n" + resultXml + "  </" + action + "Result>\n"
                + "  <ResponseMetadata>\n    <RequestId>" + requestId + "</RequestId>\n  </ResponseMetadata>\n"
                + "</" + action + "Response>\n";
        return new WireResponse(200, CONTENT_TYPE, Map.of("x-amzn-RequestId", requestId),
                xml.getBytes(StandardCharsets.UTF_8), null);
    }

    static WireResponse error(AwsError error, String namespace, String requestId) {
        String type = error.status() >= 500 ? "Receiver" : "Sender";
        String xml = "<ErrorResponse xmlns=\"" + namespace + "\">\n"
                + "  <Error>\n    <Type>" + type + "</Type>\n    <Code>" + escape(error.code()) + "</Code>\n"
                + "    <Message>" + escape(String.valueOf(error.getMessage())) + "</Message>\n  </Error>\n"
                + "  <RequestId>" + requestId + "</RequestId>\n</ErrorResponse>\n";
        return new WireResponse(error.status(), CONTENT_TYPE, Map.of("x-amzn-RequestId", requestId),
                xml.getBytes(StandardCharsets.UTF_8), error.code());
    }

    /** Escapes text for an XML element. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }
}
