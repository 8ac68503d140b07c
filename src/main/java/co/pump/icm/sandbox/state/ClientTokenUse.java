package co.pump.icm.sandbox.state;

/**
 * A create request made with a ClientToken: the request's members (without the token) as canonical
 * JSON, and what it created. A retry with the same token and members gets the same answer.
 */
public record ClientTokenUse(String request, String createdArn) {
}
