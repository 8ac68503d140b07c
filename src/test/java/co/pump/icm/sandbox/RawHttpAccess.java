package co.pump.icm.sandbox;

import co.pump.icm.sandbox.state.SandboxCredential;

/** Hand-made signed requests for tests in the service packages. */
public final class RawHttpAccess {
    private RawHttpAccess() {
    }

    /** A signed AWS JSON 1.1 request; returns the status and the body. */
    public static Answer json(Sandbox sandbox, SandboxCredential credential, String service, String target, String body) {
        RawHttp.Answer answer = RawHttp.json(sandbox.endpoint(), credential, service, target, body);
        return new Answer(answer.status(), answer.body());
    }

    /** A response's status and body. */
    public record Answer(int status, String body) {
    }
}
