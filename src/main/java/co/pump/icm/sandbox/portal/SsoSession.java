package co.pump.icm.sandbox.portal;

/**
 * A signed-in user: what CreateToken issued and the portal accepts.
 *
 * @param expiresAt epoch milliseconds after which the access token is refused
 */
record SsoSession(String accessToken, String refreshToken, String clientId, String instanceArn,
                  String userId, String userName, long expiresAt) {

    boolean expiredAt(long nowMillis) {
        return nowMillis >= expiresAt;
    }

    /** Leaves both tokens out. */
    @Override
    public String toString() {
        return "SsoSession[userName=" + userName + ", instanceArn=" + instanceArn + "]";
    }
}
