package co.pump.icm.sandbox;

import co.pump.icm.sandbox.state.SandboxCredential;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * Finds who signed a request: parses its SigV4 {@code Authorization} header, looks the access key
 * up in the world, and checks the signature against the key's secret and the session token
 * against {@code X-Amz-Security-Token}, refusing what AWS would refuse.
 */
final class Authenticator {
    private final SandboxWorld world;

    Authenticator(SandboxWorld world) {
        this.world = world;
    }

    /**
     * @param signingName the SigV4 service name the request must be scoped to (e.g. {@code sso}
     *                    for sso-admin), or null to accept any
     * @throws AuthFailure when the request is not signed by a known key with the right secret
     */
    Caller authenticate(HttpCall call, String signingName) {
        String header = call.header("authorization");
        if (header == null || header.isBlank()) {
            throw AuthFailure.missing();
        }
        SigV4.Authorization auth = SigV4.parse(header);
        SandboxCredential credential;
        synchronized (world) {
            credential = world.credential(auth.accessKeyId()).orElse(null);
        }
        if (credential == null) {
            throw AuthFailure.unknownKey();
        }
        if (credential.sessionToken() != null && !credential.sessionToken().equals(call.header("x-amz-security-token"))) {
            // AWS answers a temporary key without (or with the wrong) session token like an unknown key.
            throw AuthFailure.unknownKey();
        }
        if (!auth.signedHeaders().contains("host")) {
            throw AuthFailure.incomplete("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
        }
        String amzDate = call.header("x-amz-date");
        if (amzDate == null) {
            throw AuthFailure.incomplete("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }
        if (!amzDate.startsWith(auth.date())) {
            throw AuthFailure.badSignature("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '"
                    + auth.date() + "' != '" + amzDate.substring(0, Math.min(8, amzDate.length())) + "', from '" + amzDate + "'.");
        }
        if (signingName != null && !signingName.equals(auth.service())) {
            throw AuthFailure.badSignature("Credential should be scoped to correct service: '" + signingName + "'. ");
        }
        String payloadHash = call.header("x-amz-content-sha256");
        if (payloadHash == null) {
            payloadHash = SigV4.sha256Hex(call.body());
        }
        String canonical = SigV4.canonicalRequest(call.method(), call.rawPath(), call.rawQuery(), call.headers(),
                auth.signedHeaders(), payloadHash);
        String expected = SigV4.signature(credential.secretAccessKey(), amzDate, auth, canonical);
        if (!SigV4.same(expected, auth.signature())) {
            throw AuthFailure.badSignature(AuthFailure.BAD_SIGNATURE_MESSAGE);
        }
        return new Caller(credential.accountId(), credential.arn(), credential.accessKeyId(), auth.region());
    }
}
