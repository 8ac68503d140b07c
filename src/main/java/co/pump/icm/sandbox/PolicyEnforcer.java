package co.pump.icm.sandbox;

import java.util.Set;
import java.util.function.Function;

import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * Enforces the IAM policies of {@link SandboxWorld#policies}: a request signed with a key that has
 * a policy is refused with AccessDenied unless the policy names its action. Keys without a policy
 * may do everything, so worlds that set none behave as before.
 *
 * <p>The refusal reads as AWS's does on the wire (docs/aws-behaviour.md, "Protocols and
 * errors"): {@code User: <arn> is not authorized to perform: <action> on resource: <resource>
 * because no identity-based policy allows the <action> action}.
 */
final class PolicyEnforcer {

    /** AWS answers GetCallerIdentity whatever the policies say. */
    private static final String ALWAYS_ALLOWED = "sts:GetCallerIdentity";

    private final SandboxWorld world;

    PolicyEnforcer(SandboxWorld world) {
        this.world = world;
    }

    /**
     * Refuses the request unless the caller's policy allows it.
     *
     * @param iamPrefix  the IAM service prefix, e.g. {@code sso} for sso-admin
     * @param member     reads a string member of the request's input (null when absent), to name
     *                   the resource in the refusal
     * @throws AwsError AccessDenied (JSON services) or AccessDenied with HTTP 403 (STS)
     */
    void check(Caller caller, String iamPrefix, String operation, Function<String, String> member) {
        String action = iamPrefix + ":" + operation;
        if (ALWAYS_ALLOWED.equals(action)) {
            return;
        }
        Set<String> allowed;
        synchronized (world) {
            allowed = world.policies.get(caller.accessKeyId());
        }
        if (allowed == null || allowed.contains(action)) {
            return;
        }
        String message = "User: " + caller.arn() + " is not authorized to perform: " + action + " on resource: "
                + resource(caller, member) + " because no identity-based policy allows the " + action + " action";
        throw "sts".equals(iamPrefix) ? new AwsError(403, "AccessDenied", message) : AwsError.accessDenied(message);
    }

    private static String resource(Caller caller, Function<String, String> member) {
        for (String arnMember : new String[] {"PermissionSetArn", "ApplicationArn", "TrustedTokenIssuerArn",
                "ResourceArn", "InstanceArn", "RoleArn"}) {
            String arn = member.apply(arnMember);
            if (arn != null && !arn.isBlank()) {
                return arn;
            }
        }
        String store = member.apply("IdentityStoreId");
        if (store != null && !store.isBlank()) {
            return "arn:aws:identitystore::" + caller.accountId() + ":identitystore/" + store;
        }
        return "*";
    }
}
