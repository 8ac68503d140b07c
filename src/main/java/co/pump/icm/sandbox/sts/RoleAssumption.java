package co.pump.icm.sandbox.sts;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.QueryService;
import co.pump.icm.sandbox.state.SandboxCredential;
import co.pump.icm.sandbox.state.SandboxIds;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * STS AssumeRole: issues temporary keys for a role in an account of the world and registers them,
 * so that requests signed with them act as {@code arn:aws:sts::<account>:assumed-role/<role>/<session>}.
 *
 * <p>The sandbox has no IAM roles or trust policies. It stands in for the usual trust: a role may
 * be assumed from the same account or from another account of the same organization; anything
 * else is AccessDenied, worded as AWS words it.
 */
final class RoleAssumption {
    /** {@code arn:aws:iam::<account>:role/<optional path/><name>}. */
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws:iam::(\\d{12}):role/(?:[\\w+=,.@-]+/)*([\\w+=,.@-]{1,64})");
    private static final Pattern SESSION_NAME = Pattern.compile("[\\w+=,.@-]{2,64}");
    private static final int DEFAULT_SECONDS = 3600;
    private static final int MIN_SECONDS = 900;
    private static final int MAX_SECONDS = 43_200;

    private final SandboxWorld world;

    RoleAssumption(SandboxWorld world) {
        this.world = Objects.requireNonNull(world, "world");
    }

    /** Answers AssumeRole; the XML inside {@code AssumeRoleResult}. */
    String assume(Caller caller, Map<String, String> parameters) {
        String roleArn = required(parameters, "RoleArn", "roleArn");
        String sessionName = required(parameters, "RoleSessionName", "roleSessionName");
        if (!SESSION_NAME.matcher(sessionName).matches()) {
            throw validation("Value '" + sessionName + "' at 'roleSessionName' failed to satisfy constraint: Member "
                    + "must satisfy regular expression pattern: [\\w+=,.@-]* and have length between 2 and 64");
        }
        Matcher arn = ROLE_ARN.matcher(roleArn);
        if (!arn.matches()) {
            throw validation("Value '" + roleArn + "' at 'roleArn' failed to satisfy constraint: Member must be "
                    + "an IAM role ARN such as arn:aws:iam::123456789012:role/Name");
        }
        int seconds = duration(parameters.get("DurationSeconds"));
        String accountId = arn.group(1);
        String roleName = arn.group(2);
        synchronized (world) {
            if (!trusts(caller.accountId(), accountId)) {
                throw new AwsError(403, "AccessDenied", "User: " + caller.arn()
                        + " is not authorized to perform: sts:AssumeRole on resource: " + roleArn);
            }
            SandboxIds ids = world.ids();
            String assumedArn = "arn:aws:sts::" + accountId + ":assumed-role/" + roleName + "/" + sessionName;
            var credential = new SandboxCredential("ASIA" + ids.upperAlnum(16), ids.secret(),
                    "IQoJb3JpZ2luX2Vj" + ids.alnum(120), accountId, assumedArn);
            world.credentials.put(credential.accessKeyId(), credential);
            String expiration = Instant.ofEpochMilli(world.now() + seconds * 1000L).toString();
            String roleId = StsService.userId(new Caller(accountId, assumedArn, credential.accessKeyId()));
            return "    <AssumedRoleUser>\n"
                    + "      " + QueryService.element("AssumedRoleId", roleId) + "\n"
                    + "      " + QueryService.element("Arn", assumedArn) + "\n"
                    + "    </AssumedRoleUser>\n"
                    + "    <Credentials>\n"
                    + "      " + QueryService.element("AccessKeyId", credential.accessKeyId()) + "\n"
                    + "      " + QueryService.element("SecretAccessKey", credential.secretAccessKey()) + "\n"
                    + "      " + QueryService.element("SessionToken", credential.sessionToken()) + "\n"
                    + "      " + QueryService.element("Expiration", expiration) + "\n"
                    + "    </Credentials>\n";
        }
    }

    /** Stands in for the role's trust policy: the same account, or the same organization. */
    private boolean trusts(String callerAccount, String roleAccount) {
        if (world.account(roleAccount).isEmpty()) {
            return callerAccount.equals(roleAccount);
        }
        if (callerAccount.equals(roleAccount)) {
            return true;
        }
        var callerOrg = world.organizationOf(callerAccount);
        var roleOrg = world.organizationOf(roleAccount);
        return callerOrg.isPresent() && roleOrg.isPresent() && callerOrg.get().id.equals(roleOrg.get().id);
    }

    private static int duration(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_SECONDS;
        }
        int seconds;
        try {
            seconds = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw validation("Value '" + value + "' at 'durationSeconds' failed to satisfy constraint: Member must be a number");
        }
        if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
            throw validation("Value '" + seconds + "' at 'durationSeconds' failed to satisfy constraint: Member must "
                    + "have value between " + MIN_SECONDS + " and " + MAX_SECONDS);
        }
        return seconds;
    }

    private static String required(Map<String, String> parameters, String name, String memberName) {
        String value = parameters.get(name);
        if (value == null || value.isEmpty()) {
            throw validation("Value null at '" + memberName + "' failed to satisfy constraint: Member must not be null");
        }
        return value;
    }

    private static AwsError validation(String constraint) {
        return new AwsError(400, "ValidationError", "1 validation error detected: " + constraint);
    }
}
