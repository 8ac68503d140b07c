package co.pump.icm.sandbox.ssoadmin;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Pagination;

/**
 * Pagination of the sso-admin List operations over the sandbox's shared {@link Pagination}. AWS
 * documents no default page size for sso-admin, so the sandbox's small one applies when MaxResults
 * is absent: a client that forgets to follow NextToken fails in tests rather than in a large
 * customer organization. A token is bound to the operation that issued it; any other token is a
 * ValidationException.
 */
final class Pages {

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
     * The page of {@code items} that the request's NextToken points at.
     *
     * @param maxResults the caller's MaxResults, or null for the sandbox's page size
     * @param cap        the most items the response shape allows in one page
     */
    static <T> Page<T> page(Input in, List<T> items, Integer maxResults, String nextToken, int cap) {
        int size = Math.min(maxResults == null ? in.pageSize() : maxResults, cap);
        try {
            Pagination.Page<T> page = Pagination.page(items, "sso-admin:" + in.operation(), nextToken, size);
            return new Page<>(page.items(), page.nextToken());
        } catch (Pagination.InvalidTokenException e) {
            // The wording is the sandbox's own: AWS's message for a bad token is not documented.
            throw AwsError.validation("The NextToken '" + nextToken + "' is not valid for " + in.operation() + ".");
        }
    }

    static <T> Page<T> page(Input in, List<T> items, Integer maxResults, String nextToken) {
        return page(in, items, maxResults, nextToken, Integer.MAX_VALUE);
    }
}
