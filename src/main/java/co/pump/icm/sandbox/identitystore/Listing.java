package co.pump.icm.sandbox.identitystore;

import java.util.function.Function;

import co.pump.icm.sandbox.AwsJson;
import co.pump.icm.sandbox.JsonInput;
import co.pump.icm.sandbox.Pagination;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Paging of the Identity Store's List operations: {@code MaxResults} 1–100, or the sandbox's
 * page size when absent, and opaque {@code NextToken}s tied to the list they came from.
 */
final class Listing {
    private final int defaultPageSize;

    Listing(int defaultPageSize) {
        this.defaultPageSize = defaultPageSize;
    }

    /** MaxResults and NextToken of a List request, read and checked (violations recorded). */
    record PageRequest(int size, String token) {
    }

    PageRequest read(JsonInput in) {
        Integer max = in.integer("MaxResults", 1, Shapes.MAX_RESULTS);
        String token = in.string("NextToken", Shapes.NEXT_TOKEN, false);
        return new PageRequest(max == null ? defaultPageSize : max, token);
    }

    /**
     * The response of a List operation: one page of {@code all} under {@code member}, and
     * NextToken when more remain.
     */
    static <T> ObjectNode respond(Iterable<T> all, String scope, PageRequest request, String member,
                                  Function<T, JsonNode> toJson) {
        Pagination.Page<T> page;
        try {
            page = Pagination.page(all, scope, request.token(), request.size());
        } catch (Pagination.InvalidTokenException e) {
            throw Errors.invalidNextToken();
        }
        ObjectNode response = AwsJson.object();
        ArrayNode items = response.putArray(member);
        page.items().forEach(item -> items.add(toJson.apply(item)));
        if (page.nextToken() != null) {
            response.put("NextToken", page.nextToken());
        }
        return response;
    }
}
