package co.pump.icm.sandbox;

import java.util.Map;

/**
 * A response ready to send.
 *
 * @param errorCode the AWS error code it carries, for the call log, or null on success
 */
record WireResponse(int status, String contentType, Map<String, String> headers, byte[] body, String errorCode) {
}
