package co.pump.icm.sandbox.ssoadmin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.sandbox.AwsError;

/**
 * Pagination of the List operations. AWS documents no default page size for sso-admin, so the
 * sandbox uses a small one ({@value #DEFAULT_PAGE_SIZE}) when MaxResults is absent: any client that
 * forgets to follow NextToken fails in tests rather than in a large customer organization.
 *
 * <p>A token is the position of the next item, bound to the operation that issued it and encoded
 * in the Token alphabet ({@code [-a-zA-Z0-9+=/_]*}). A token from another operation, or one that is
 * not a sandbox token at all, is a ValidationException.
 */
final class Pages {

    static final int DEFAULT_PAGE_SIZE = 10;
    private static final String PREFIX = "sso-admin:";

    /** One page of items and the token of the next page, or null on the last page. */
    record Page<T>(List<T> items, String nextToken) {

        /**
         * Writes the items under {@code key} and the NextToken, if any, into {@code out}. For lists of
         * strings pass {@code TextNode::valueOf}.
         */
        void writeTo(ObjectNode out, String key, Function<T, ? extends JsonNode> toJson) {
            ArrayNode array = out.putArray(key);
            items.forEach(item -> array.add(toJson.apply(item)));
            if (nextToken != null) {
                out.put("NextToken", nextToken);
            }
        }
    }

    private Pages() {
    }

    /**
     * The page of {@code items} that {@code nextToken} points at.
     *
     * @param maxResults the caller's MaxResults, or null for the default page size
     * @param cap        the most items the response shape allows in one page
     */
    static <T> Page<T> page(String operation, List<T> items, Integer maxResults, String nextToken, int cap) {
        int start = nextToken == null ? 0 : decode(operation, nextToken);
        int size = Math.min(maxResults == null ? DEFAULT_PAGE_SIZE : maxResults, cap);
        // A list that shrank since the token was issued just ends early.
        int from = Math.min(start, items.size());
        int to = Math.min(from + size, items.size());
        String next = to < items.size() ? encode(operation, to) : null;
        return new Page<>(List.copyOf(items.subList(from, to)), next);
    }

    static <T> Page<T> page(String operation, List<T> items, Integer maxResults, String nextToken) {
        return page(operation, items, maxResults, nextToken, Integer.MAX_VALUE);
    }

    private static String encode(String operation, int position) {
        String plain = PREFIX + operation + ":" + position;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String operation, String token) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String expected = PREFIX + operation + ":";
            if (plain.startsWith(expected)) {
                int position = Integer.parseInt(plain.substring(expected.length()));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // Not base64 or not a number: fall through to the same answer as any other bad token.
        }
        // The wording is the sandbox's own: AWS's message for a bad token is not documented.
        throw AwsError.validation("The NextToken '" + token + "' is not valid for " + operation + ".");
    }
}
