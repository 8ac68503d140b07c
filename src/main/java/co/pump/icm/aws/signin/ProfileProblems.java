package co.pump.icm.aws.signin;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.pump.icm.aws.ApiFamily;
import co.pump.icm.aws.AwsProblems;
import co.pump.icm.model.MigratorException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.profiles.Profile;

/**
 * Explains why a profile gave no credentials, as one sentence per kind of profile. The SDK's own
 * messages are used only where they cannot hold a value from the files or a command's output.
 */
final class ProfileProblems {

    private static final Pattern EXIT_CODE = Pattern.compile("non-zero exit value:? \\(?(-?\\d+)");

    private final AwsProfile profile;
    private final Profile settings;

    ProfileProblems(AwsProfile profile, Profile settings) {
        this.profile = profile;
        this.settings = settings;
    }

    /**
     * @param signedOut what an IAM Identity Center profile becomes when the portal refuses its token
     * @return the LoginNeeded of a refused IAM Identity Center sign-in
     * @throws MigratorException for every other problem
     */
    ProfileResolution explain(RuntimeException failure, Supplier<ProfileResolution> signedOut) {
        String name = "'" + profile.name() + "'";
        if (!(failure instanceof SdkException e)) {
            return explainSetting(failure, signedOut);
        }
        switch (profile.kind()) {
            case IDENTITY_CENTER -> {
                String code = AwsProblems.errorCode(e);
                if ("UnauthorizedException".equals(code) || mentionsToken(e)) {
                    return signedOut.get();
                }
                IdentityCenterProfile sso = profile.identityCenter();
                throw AwsProblems.explain(e, ApiFamily.SSO_PORTAL, "GetRoleCredentials",
                        "role " + sso.roleName() + " in account " + sso.accountId());
            }
            case ASSUME_ROLE -> {
                String role = "role " + settings.property("role_arn").orElse("");
                if (AwsProblems.isAccessDenied(e)) {
                    throw ProfileSignIn.problem("AWS did not let the profile " + name + " assume the " + role
                            + ". The role's trust policy must allow the identity of its source ("
                            + settings.property("source_profile").map(p -> "profile " + p)
                            .orElse(settings.property("credential_source").orElse("?"))
                            + "), and that identity's policy must allow sts:AssumeRole.");
                }
                if (e instanceof AwsServiceException) {
                    throw AwsProblems.explain(e, ApiFamily.STS, "AssumeRole", role);
                }
                throw ProfileSignIn.problem("The profile " + name + " could not assume its " + role + ": "
                        + AwsProblems.explain(e, ApiFamily.STS, "AssumeRole", role).getMessage());
            }
            case CREDENTIAL_PROCESS -> throw processFailed(e);
            default -> {
                if (missingSecret()) {
                    throw secretMissing();
                }
                throw AwsProblems.explain(e, ApiFamily.STS, "GetCallerIdentity", "the profile " + name);
            }
        }
    }

    /** The SDK's IllegalArgument and IllegalState exceptions: a setting missing or wrong, or a command that failed. */
    private ProfileResolution explainSetting(RuntimeException e, Supplier<ProfileResolution> signedOut) {
        if (profile.kind() == ProfileKind.CREDENTIAL_PROCESS) {
            throw processFailed(e);
        }
        if (profile.kind() == ProfileKind.STATIC_KEYS && missingSecret()) {
            throw secretMissing();
        }
        if (profile.kind() == ProfileKind.IDENTITY_CENTER && mentionsToken(e)) {
            return signedOut.get();
        }
        // The SDK's profile errors name settings, never their values.
        throw ProfileSignIn.problem("The profile '" + profile.name() + "' cannot be used: " + e.getMessage());
    }

    private MigratorException processFailed(Throwable e) {
        Matcher exit = null;
        for (Throwable t = e; t != null && (exit == null || !exit.find(0)); t = t.getCause()) {
            exit = EXIT_CODE.matcher(t.getMessage() == null ? "" : t.getMessage());
        }
        boolean found = exit != null && exit.find(0);
        // The command's own output is never repeated: it may hold the keys it was meant to print.
        return ProfileSignIn.problem("The credential_process of the profile '" + profile.name() + "' did not give "
                + "credentials" + (found ? " (it ended with exit code " + exit.group(1) + ")" : "")
                + ". Run the command in a terminal to see why.");
    }

    /** Only whether the secret is there, never its value. */
    private boolean missingSecret() {
        return !settings.properties().containsKey("aws_secret_access_key");
    }

    private MigratorException secretMissing() {
        return ProfileSignIn.problem("The profile '" + profile.name() + "' has an access key ID but no secret access "
                + "key (aws_secret_access_key). Add it, or choose another profile.");
    }

    private static boolean mentionsToken(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        return message.contains("SSO session") || message.contains("token");
    }
}
