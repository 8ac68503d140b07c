package co.pump.icm.sandbox.portal;

import co.pump.icm.sandbox.state.SandboxWorld;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * CreateToken's grants: the device code grant of RFC 8628 (pending, slow down, expired, denied,
 * then one token) and the refresh token grant. Callers hold the world's monitor.
 */
final class TokenGrants {
    static final String DEVICE_CODE = "urn:ietf:params:oauth:grant-type:device_code";
    static final String REFRESH_TOKEN = "refresh_token";
    private static final String AUTHORIZATION_CODE = "authorization_code";

    private final SandboxWorld world;
    private final SsoSessions sessions;
    private final SsoSettings settings;
    private final OpaqueCodes codes;

    TokenGrants(SandboxWorld world, SsoSessions sessions, SsoSettings settings, OpaqueCodes codes) {
        this.world = world;
        this.sessions = sessions;
        this.settings = settings;
        this.codes = codes;
    }

    /** Answers CreateToken for an authenticated client. */
    ObjectNode createToken(ObjectNode input, RegisteredClient client) {
        String grantType = RestJson.requiredString(input, "grantType", OidcErrors::invalidRequest);
        return switch (grantType) {
            case DEVICE_CODE -> redeemDeviceCode(required(input, "deviceCode"), client);
            case REFRESH_TOKEN -> refresh(required(input, "refreshToken"), client);
            case AUTHORIZATION_CODE -> throw OidcErrors.unsupportedGrantType(
                    "The sandbox supports only the device code and refresh token grants, not authorization_code");
            default -> throw OidcErrors.unsupportedGrantType("Unsupported grant type: " + grantType);
        };
    }

    private static String required(ObjectNode input, String member) {
        return RestJson.requiredString(input, member, OidcErrors::invalidRequest);
    }

    private ObjectNode redeemDeviceCode(String deviceCode, RegisteredClient client) {
        DeviceAuthorization authorization = sessions.byDeviceCode(deviceCode)
                .filter(a -> a.clientId.equals(client.clientId()))
                .orElseThrow(() -> OidcErrors.invalidGrant("Invalid device code provided"));
        long now = world.now();
        if (authorization.status == DeviceAuthorization.Status.REDEEMED) {
            throw OidcErrors.invalidGrant("The device code has already been used");
        }
        if (authorization.expiredAt(now)) {
            throw OidcErrors.expiredToken("The device code has expired; start the device authorization again");
        }
        if (authorization.status == DeviceAuthorization.Status.DENIED) {
            throw OidcErrors.accessDenied("The user denied the authorization request");
        }
        Long previous = authorization.lastPollAt;
        authorization.lastPollAt = now;
        if (previous != null && now - previous < settings.pollInterval().toMillis()) {
            throw OidcErrors.slowDown("Client is polling too quickly; wait at least "
                    + settings.reportedIntervalSeconds() + " s between requests and add 5 s after each slow_down");
        }
        if (authorization.status == DeviceAuthorization.Status.PENDING) {
            throw OidcErrors.pending();
        }
        authorization.status = DeviceAuthorization.Status.REDEEMED;
        return issue(client, authorization.instanceArn, authorization.userId, authorization.userName);
    }

    private ObjectNode refresh(String refreshToken, RegisteredClient client) {
        SsoSession session = sessions.byRefreshToken(refreshToken)
                .filter(s -> s.clientId().equals(client.clientId()))
                .orElseThrow(() -> OidcErrors.invalidGrant("Invalid refresh token provided"));
        sessions.removeSession(session);
        return issue(client, session.instanceArn(), session.userId(), session.userName());
    }

    private ObjectNode issue(RegisteredClient client, String instanceArn, String userId, String userName) {
        long lifetime = settings.tokenLifetime().toMillis();
        var session = new SsoSession(codes.accessToken(), codes.refreshToken(), client.clientId(), instanceArn,
                userId, userName, world.now() + lifetime);
        sessions.addSession(session);
        ObjectNode out = RestJson.newObject();
        out.put("accessToken", session.accessToken());
        out.put("tokenType", "Bearer");
        out.put("expiresIn", (int) Math.min(Integer.MAX_VALUE, lifetime / 1000));
        out.put("refreshToken", session.refreshToken());
        return out;
    }
}
