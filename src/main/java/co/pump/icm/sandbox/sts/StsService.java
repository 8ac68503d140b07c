package co.pump.icm.sandbox.sts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.QueryService;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * AWS STS in the awsQuery protocol: GetCallerIdentity, which needs no permission (an explicit
 * deny still succeeds, per the API reference), and, when the service has a world, AssumeRole
 * (see {@link RoleAssumption}).
 */
public final class StsService implements QueryService {

    private final RoleAssumption roles;

    /** STS over a world: GetCallerIdentity and AssumeRole. */
    public StsService(SandboxWorld world) {
        this.roles = new RoleAssumption(world);
    }

    /** STS without a world: GetCallerIdentity only. */
    public StsService() {
        this.roles = null;
    }

    @Override
    public String serviceName() {
        return "sts";
    }

    @Override
    public String xmlNamespace() {
        return "https://sts.amazonaws.com/doc/2011-06-15/";
    }

    @Override
    public String call(String action, Caller caller, Map<String, String> parameters) {
        if ("AssumeRole".equals(action) && roles != null) {
            return roles.assume(caller, parameters);
        }
        if (!"GetCallerIdentity".equals(action)) {
            throw new AwsError(400, "InvalidAction", "Could not find operation " + action + " for version "
                    + parameters.getOrDefault("Version", "NO_VERSION_SPECIFIED"));
        }
        return "    " + QueryService.element("Arn", caller.arn()) + "\n"
                + "    " + QueryService.element("UserId", userId(caller)) + "\n"
                + "    " + QueryService.element("Account", caller.accountId()) + "\n";
    }

    /**
     * The {@code aws:userid} of the caller, as the IAM policy-variables table defines it: the
     * account ID for the root user, {@code AIDA…} for an IAM user, {@code AROA…:<session>} for an
     * assumed role. The unique-ID part is derived from the ARN so it is stable.
     */
    static String userId(Caller caller) {
        String arn = caller.arn();
        if (arn.endsWith(":root")) {
            return caller.accountId();
        }
        int assumed = arn.indexOf(":assumed-role/");
        if (assumed >= 0) {
            String rest = arn.substring(assumed + ":assumed-role/".length());
            String session = rest.substring(rest.indexOf('/') + 1);
            return "AROA" + uniquePart(arn.substring(0, arn.lastIndexOf('/'))) + ":" + session;
        }
        return "AIDA" + uniquePart(arn);
    }

    private static String uniquePart(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
            var sb = new StringBuilder();
            for (int i = 0; i < 17; i++) {
                sb.append(alphabet.charAt((digest[i] & 0xff) % alphabet.length()));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
