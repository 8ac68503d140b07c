package co.pump.icm.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error the sandbox answers the way AWS does: an HTTP status, the AWS error code (the
 * {@code __type} of the JSON protocols), a message, and any extra members of the error shape
 * (e.g. {@code Reason} of an Identity Store ConflictException).
 *
 * <p>Client errors use HTTP 400 as AWS does on the wire (docs/aws-behaviour.md, "Protocols and
 * errors": the models say 409/404/429 but observed responses are 400), throttling uses 400 too,
 * internal errors 500.
 */
public final class AwsError extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, Object> fields;

    public AwsError(int status, String code, String message, Map<String, Object> fields) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.fields = new LinkedHashMap<>(fields);
    }

    public AwsError(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public static AwsError validation(String message) {
        return new AwsError(400, "ValidationException", message);
    }

    public static AwsError conflict(String message) {
        return new AwsError(400, "ConflictException", message);
    }

    public static AwsError notFound(String message) {
        return new AwsError(400, "ResourceNotFoundException", message);
    }

    public static AwsError accessDenied(String message) {
        return new AwsError(400, "AccessDeniedException", message);
    }

    public static AwsError throttling(String message) {
        return new AwsError(400, "ThrottlingException", message);
    }

    public static AwsError quotaExceeded(String message) {
        return new AwsError(400, "ServiceQuotaExceededException", message);
    }

    public static AwsError internal(String message) {
        return new AwsError(500, "InternalServerException", message);
    }

    /** Returns a copy with one more member in the error body. */
    public AwsError with(String field, Object value) {
        var copy = new LinkedHashMap<>(fields);
        copy.put(field, value);
        return new AwsError(status, code, getMessage(), copy);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Extra members of the error body besides the message. */
    public Map<String, Object> fields() {
        return Map.copyOf(fields);
    }
}
