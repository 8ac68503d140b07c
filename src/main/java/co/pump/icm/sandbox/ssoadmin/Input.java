package co.pump.icm.sandbox.ssoadmin;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.sandbox.JsonInput;
import co.pump.icm.sandbox.ModelMembers;
import co.pump.icm.sandbox.StringShape;
import co.pump.icm.sandbox.Violations;

/**
 * The request body of one sso-admin operation, read member by member with the sandbox's shared
 * {@link JsonInput}: each read checks the member against its model shape and records every
 * violation, and {@link #validate()} then fails the request with all of them at once, worded as
 * AWS's request validation words them ({@code 1 validation error detected: Value 'x' at 'name'
 * failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]+}; the
 * format observed on AWS; docs/aws-behaviour.md, "Protocols and errors"). Values that violate a
 * constraint are returned anyway; operations call {@link #validate()} before using them.
 */
final class Input {

    private final String operation;
    private final JsonInput json;
    private final int pageSize;

    /**
     * The body of a request, first checked for members the operation does not have, which AWS
     * refuses rather than ignores ({@link ModelMembers}).
     */
    Input(String operation, ObjectNode body, int pageSize) {
        this(operation, JsonInput.of(body, new Violations()), pageSize);
        ModelMembers.requireKnown("sso-admin", operation, body);
    }

    private Input(String operation, JsonInput json, int pageSize) {
        this.operation = operation;
        this.json = json;
        this.pageSize = pageSize;
    }

    /** The operation this input belongs to, e.g. {@code CreatePermissionSet}. */
    String operation() {
        return operation;
    }

    /** The page size of List operations when the caller gives no MaxResults. */
    int pageSize() {
        return pageSize;
    }

    String required(String member, StringShape shape) {
        return json.string(member, shape, true);
    }

    String optional(String member, StringShape shape) {
        return json.string(member, shape, false);
    }

    String requiredEnum(String member, List<String> values) {
        return json.enumeration(member, values, true);
    }

    String optionalEnum(String member, List<String> values) {
        return json.enumeration(member, values, false);
    }

    /** The optional {@code MaxResults} member, 1–100. */
    Integer maxResults() {
        return json.integer("MaxResults", Shapes.MAX_RESULTS_MIN, Shapes.MAX_RESULTS_MAX);
    }

    /** The optional {@code NextToken} member; an empty token counts as none. */
    String nextToken() {
        String token = json.string("NextToken", Shapes.TOKEN, false);
        return token == null || token.isEmpty() ? null : token;
    }

    /** The optional {@code MaxResults} member of an operation with a smaller page limit, 1–max. */
    Integer maxResults(int max) {
        return json.integer("MaxResults", Shapes.MAX_RESULTS_MIN, max);
    }

    /** A boolean member; null when absent (recorded as missing when required). */
    Boolean bool(String member, boolean required) {
        Boolean value = json.bool(member);
        if (value == null && required) {
            json.violations().missing(json.path(member));
        }
        return value;
    }

    /** A document member (any JSON value), or null when absent (recorded as missing when required). */
    JsonNode document(String member, boolean required) {
        JsonNode value = json.document(member);
        if (value == null && required) {
            json.violations().missing(json.path(member));
        }
        return value;
    }

    /** True when the member is present and not null: for telling which member of a union is set. */
    boolean has(String member) {
        return json.has(member);
    }

    /** A nested structure, or null when absent (recorded as missing when required). */
    Input structure(String member, boolean required) {
        JsonInput nested = json.object(member, required);
        return nested == null ? null : new Input(operation, nested, pageSize);
    }

    /** A list of structures within the list's length limits; empty when absent. */
    List<Input> structures(String member, boolean required, int min, int max) {
        return json.objects(member, min, max, required).stream()
                .map(item -> new Input(operation, item, pageSize))
                .toList();
    }

    /** A list of strings of one shape within the list's length limits; empty when absent. */
    List<String> strings(String member, StringShape shape, boolean required, int min, int max) {
        return json.strings(member, shape, min, max, required);
    }

    /** Records a violation of a constraint the model does not state (e.g. a range), in the same wording. */
    void invalid(String member, String value, String constraint) {
        json.violations().add(json.path(member), value, constraint);
    }

    /** Fails the request with every violation recorded so far. */
    void validate() {
        json.violations().throwIfAny();
    }
}
