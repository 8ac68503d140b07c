package co.pump.icm.sandbox;

/**
 * One AWS service spoken in the REST-JSON protocol (sso-oidc, the sso portal API, and the local
 * device-approval page), routed by HTTP method and path.
 */
public interface RestService {

    /** The name used in the call log and for the throttle family, e.g. {@code sso-oidc}. */
    String serviceName();

    /** True when this service answers the request's method and path. */
    boolean handles(String method, String path);

    /** The AWS operation name for the call log, e.g. {@code CreateToken}. */
    String operationName(RestRequest request);

    /** Answers the request, including its own AWS-shaped error responses. */
    RestResponse handle(RestRequest request);

    /** Encodes an error raised outside the service (throttling, injected faults) in this protocol's shape. */
    RestResponse error(AwsError error);
}
