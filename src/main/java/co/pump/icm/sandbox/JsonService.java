package co.pump.icm.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One AWS service spoken in the AWS JSON 1.1 protocol ({@code POST /} with
 * {@code X-Amz-Target: <targetPrefix>.<Operation>}).
 */
public interface JsonService {

    /** The X-Amz-Target prefix, e.g. {@code AWSIdentityStore}. */
    String targetPrefix();

    /** The name used in the call log and for the throttle family, e.g. {@code identitystore}. */
    String serviceName();

    /**
     * Runs one operation. The input is the request body ({@code {}} when the body was empty).
     *
     * @return the response body; an empty object when the operation has no output
     * @throws AwsError the error to answer, as AWS would
     */
    JsonNode call(String operation, Caller caller, ObjectNode input);

    /**
     * True when this service's error shapes have a {@code RequestId} member (Identity Store's
     * do), so the server copies the request ID into error bodies.
     */
    default boolean errorsCarryRequestId() {
        return false;
    }

    /**
     * The error code this service uses for throttling; Organizations says
     * {@code TooManyRequestsException}.
     */
    default String throttlingErrorCode() {
        return "ThrottlingException";
    }
}
