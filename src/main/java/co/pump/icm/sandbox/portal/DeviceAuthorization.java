package co.pump.icm.sandbox.portal;

/**
 * One device authorization from StartDeviceAuthorization: pending until the user approves or
 * denies its user code on the approval page, then redeemed once by CreateToken. Mutable; guarded
 * by the world's monitor like the rest of the sandbox state.
 */
final class DeviceAuthorization {

    /** Where the authorization stands. */
    enum Status { PENDING, APPROVED, DENIED, REDEEMED }

    final String deviceCode;
    final String userCode;
    final String clientId;
    final String instanceArn;
    /** Epoch milliseconds. */
    final long expiresAt;

    Status status = Status.PENDING;
    /** Epoch milliseconds of the last CreateToken poll, or null before the first one. */
    Long lastPollAt;
    /** The approving user, once approved. */
    String userId;
    String userName;

    DeviceAuthorization(String deviceCode, String userCode, String clientId, String instanceArn, long expiresAt) {
        this.deviceCode = deviceCode;
        this.userCode = userCode;
        this.clientId = clientId;
        this.instanceArn = instanceArn;
        this.expiresAt = expiresAt;
    }

    boolean expiredAt(long nowMillis) {
        return nowMillis >= expiresAt;
    }

    /** Leaves the device code out: it is a bearer secret until redeemed. */
    @Override
    public String toString() {
        return "DeviceAuthorization[userCode=" + userCode + ", status=" + status + "]";
    }
}
