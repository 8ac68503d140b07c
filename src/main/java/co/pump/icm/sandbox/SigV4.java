package co.pump.icm.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4, as servers check it: parse the {@code Authorization} header, rebuild
 * the canonical request from what was received, and compute the signature the secret key gives.
 * Follows the SigV4 steps of the AWS "Create a signed AWS API request" guide.
 */
final class SigV4 {
    static final String ALGORITHM = "AWS4-HMAC-SHA256";

    private SigV4() {
    }

    /** The parts of a SigV4 {@code Authorization} header. */
    record Authorization(String accessKeyId, String date, String region, String service,
                         List<String> signedHeaders, String signature) {

        String scope() {
            return date + "/" + region + "/" + service + "/aws4_request";
        }
    }

    /**
     * Parses {@code AWS4-HMAC-SHA256 Credential=AKID/date/region/service/aws4_request,
     * SignedHeaders=a;b, Signature=hex}.
     *
     * @throws AuthFailure INCOMPLETE when a part is missing or malformed
     */
    static Authorization parse(String header) {
        String trimmed = header.trim();
        if (!trimmed.startsWith(ALGORITHM + " ")) {
            throw AuthFailure.incomplete("Authorization header requires the " + ALGORITHM + " algorithm.");
        }
        String credential = null;
        String signedHeaders = null;
        String signature = null;
        for (String part : trimmed.substring(ALGORITHM.length()).split(",")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            if (eq < 0) {
                throw AuthFailure.incomplete("Authorization header requires each component to be of the form key=value.");
            }
            String value = p.substring(eq + 1).trim();
            switch (p.substring(0, eq).trim()) {
                case "Credential" -> credential = value;
                case "SignedHeaders" -> signedHeaders = value;
                case "Signature" -> signature = value;
                default -> { /* AWS ignores nothing else, but unknown parts do not matter here */ }
            }
        }
        if (credential == null || signedHeaders == null || signature == null) {
            throw AuthFailure.incomplete("Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters.");
        }
        String[] scope = credential.split("/");
        if (scope.length != 5 || !"aws4_request".equals(scope[4]) || scope[0].isEmpty()) {
            throw AuthFailure.incomplete("Credential should be of the form <AccessKeyId>/<date>/<region>/<service>/aws4_request.");
        }
        List<String> headers = Arrays.stream(signedHeaders.split(";"))
                .map(h -> h.trim().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
        return new Authorization(scope[0], scope[1], scope[2], scope[3], headers, signature);
    }

    /** The canonical request of SigV4, step 1 of the guide. */
    static String canonicalRequest(String method, String rawPath, String rawQuery,
                                   Map<String, List<String>> headers, List<String> signedHeaders, String payloadHash) {
        var sb = new StringBuilder();
        sb.append(method).append('\n');
        sb.append(uriEncode(rawPath.isEmpty() ? "/" : rawPath, false)).append('\n');
        sb.append(canonicalQuery(rawQuery)).append('\n');
        for (String name : signedHeaders) {
            List<String> values = headers.getOrDefault(name, List.of());
            sb.append(name).append(':')
                    .append(values.stream().map(SigV4::trimAll).collect(Collectors.joining(","))).append('\n');
        }
        sb.append('\n');
        sb.append(String.join(";", signedHeaders)).append('\n');
        sb.append(payloadHash);
        return sb.toString();
    }

    /** The signature (lower-case hex) that {@code secret} gives to the canonical request. */
    static String signature(String secret, String amzDate, Authorization auth, String canonicalRequest) {
        String stringToSign = ALGORITHM + "\n" + amzDate + "\n" + auth.scope() + "\n"
                + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        byte[] key = hmac(("AWS4" + secret).getBytes(StandardCharsets.UTF_8), auth.date());
        key = hmac(key, auth.region());
        key = hmac(key, auth.service());
        key = hmac(key, "aws4_request");
        return HexFormat.of().formatHex(hmac(key, stringToSign));
    }

    static String sha256Hex(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Constant-time comparison of two signatures. */
    static boolean same(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Percent-encodes every byte except the unreserved characters {@code A-Z a-z 0-9 - _ . ~}
     * (and {@code /} when encoding a path), as SigV4 requires.
     */
    static String uriEncode(String text, boolean encodeSlash) {
        var sb = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~' || (c == '/' && !encodeSlash)) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return sb.toString();
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        var pairs = new ArrayList<String[]>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = FormEncoding.percentDecode(eq < 0 ? pair : pair.substring(0, eq), false);
            String value = eq < 0 ? "" : FormEncoding.percentDecode(pair.substring(eq + 1), false);
            pairs.add(new String[] {uriEncode(key, true), uriEncode(value, true)});
        }
        pairs.sort((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]));
        return pairs.stream().map(p -> p[0] + "=" + p[1]).collect(Collectors.joining("&"));
    }

    private static String trimAll(String value) {
        return value.trim().replaceAll(" +", " ");
    }

    private static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
