package co.pump.icm.sandbox.portal;

import java.util.Locale;
import java.util.Optional;

import co.pump.icm.model.User;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * What a person does on the device approval page: approve a user code as an Identity Store user
 * of the code's instance, or deny it. Used by the page and, without HTML, by tests and the demo.
 */
final class DeviceApprovals {

    /** A code waiting for approval, as the page shows it. */
    record Pending(String userCode, String instanceLabel) {
    }

    private final SandboxWorld world;
    private final SsoSessions sessions;

    DeviceApprovals(SandboxWorld world, SsoSessions sessions) {
        this.world = world;
        this.sessions = sessions;
    }

    /** The pending authorization of a user code, for the page's heading. */
    Pending pending(String userCode) {
        synchronized (world) {
            DeviceAuthorization authorization = usable(userCode);
            return new Pending(authorization.userCode, label(instanceOf(authorization)));
        }
    }

    /**
     * Approves a user code as the named user of the code's instance.
     *
     * @return the approving user's name as the Identity Store holds it
     * @throws ApprovalRefusedException when the code or the user is not acceptable
     */
    String approve(String userCode, String userName) {
        synchronized (world) {
            DeviceAuthorization authorization = usable(userCode);
            SandboxInstance instance = instanceOf(authorization);
            if (userName == null || userName.isBlank()) {
                throw new ApprovalRefusedException("Enter your user name to approve the code.");
            }
            User user = findUser(instance, userName.trim()).orElseThrow(() -> new ApprovalRefusedException(
                    "There is no user named '" + userName.trim() + "' in " + label(instance) + "."));
            if ("DISABLED".equalsIgnoreCase(user.userStatus())) {
                throw new ApprovalRefusedException("The user '" + user.userName() + "' is disabled in "
                        + label(instance) + ".");
            }
            authorization.status = DeviceAuthorization.Status.APPROVED;
            authorization.userId = user.origin().id();
            authorization.userName = user.userName();
            return user.userName();
        }
    }

    /**
     * Denies a user code; the application's next poll gets {@code access_denied}.
     *
     * @throws ApprovalRefusedException when the code is unknown, expired or already used
     */
    void deny(String userCode) {
        synchronized (world) {
            usable(userCode).status = DeviceAuthorization.Status.DENIED;
        }
    }

    /** The user code as people type it: any case, with or without its dash. */
    static String normalize(String userCode) {
        if (userCode == null) {
            return "";
        }
        String code = userCode.trim().toUpperCase(Locale.ROOT);
        if (code.length() == 8 && code.indexOf('-') < 0) {
            code = code.substring(0, 4) + "-" + code.substring(4);
        }
        return code;
    }

    private DeviceAuthorization usable(String userCode) {
        String code = normalize(userCode);
        if (code.isEmpty()) {
            throw new ApprovalRefusedException("Enter the code shown by the application.");
        }
        DeviceAuthorization authorization = sessions.byUserCode(code).orElseThrow(() -> new ApprovalRefusedException(
                "The code '" + code + "' is not valid. Check the code shown by the application and try again."));
        if (authorization.expiredAt(world.now())) {
            throw new ApprovalRefusedException("The code '" + code
                    + "' has expired. Start signing in again in the application.");
        }
        if (authorization.status != DeviceAuthorization.Status.PENDING) {
            throw new ApprovalRefusedException("The code '" + code + "' has already been used.");
        }
        return authorization;
    }

    private SandboxInstance instanceOf(DeviceAuthorization authorization) {
        return world.instance(authorization.instanceArn).orElseThrow(() -> new ApprovalRefusedException(
                "The IAM Identity Center instance of the code '" + authorization.userCode + "' no longer exists."));
    }

    /** User names are unique in a store regardless of case, so an exact match is tried first. */
    private static Optional<User> findUser(SandboxInstance instance, String userName) {
        return instance.users.values().stream().filter(u -> u.userName().equals(userName)).findFirst()
                .or(() -> instance.users.values().stream()
                        .filter(u -> u.userName().equalsIgnoreCase(userName)).findFirst());
    }

    static String label(SandboxInstance instance) {
        return instance.name == null || instance.name.isBlank()
                ? instance.identityStoreId
                : instance.name + " (" + instance.identityStoreId + ")";
    }
}
