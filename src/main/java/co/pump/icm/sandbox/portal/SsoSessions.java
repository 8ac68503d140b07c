package co.pump.icm.sandbox.portal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the sign-in services remember between calls: registered clients, device authorizations
 * and sessions. Shared by the OIDC service, the approval page and the portal; like the world, it
 * is only touched inside {@code synchronized (world)}.
 */
final class SsoSessions {
    private final Map<String, RegisteredClient> clients = new HashMap<>();
    private final Map<String, DeviceAuthorization> byDeviceCode = new HashMap<>();
    private final Map<String, DeviceAuthorization> byUserCode = new HashMap<>();
    private final Map<String, SsoSession> byAccessToken = new HashMap<>();
    private final Map<String, SsoSession> byRefreshToken = new HashMap<>();

    void addClient(RegisteredClient client) {
        clients.put(client.clientId(), client);
    }

    Optional<RegisteredClient> client(String clientId) {
        return Optional.ofNullable(clientId == null ? null : clients.get(clientId));
    }

    void addAuthorization(DeviceAuthorization authorization) {
        byDeviceCode.put(authorization.deviceCode, authorization);
        byUserCode.put(authorization.userCode, authorization);
    }

    boolean userCodeInUse(String userCode) {
        return byUserCode.containsKey(userCode);
    }

    Optional<DeviceAuthorization> byDeviceCode(String deviceCode) {
        return Optional.ofNullable(deviceCode == null ? null : byDeviceCode.get(deviceCode));
    }

    Optional<DeviceAuthorization> byUserCode(String userCode) {
        return Optional.ofNullable(userCode == null ? null : byUserCode.get(userCode));
    }

    void addSession(SsoSession session) {
        byAccessToken.put(session.accessToken(), session);
        byRefreshToken.put(session.refreshToken(), session);
    }

    Optional<SsoSession> byAccessToken(String accessToken) {
        return Optional.ofNullable(accessToken == null ? null : byAccessToken.get(accessToken));
    }

    Optional<SsoSession> byRefreshToken(String refreshToken) {
        return Optional.ofNullable(refreshToken == null ? null : byRefreshToken.get(refreshToken));
    }

    /** Forgets a session: its access token and its refresh token stop working. */
    void removeSession(SsoSession session) {
        byAccessToken.remove(session.accessToken());
        byRefreshToken.remove(session.refreshToken());
    }
}
