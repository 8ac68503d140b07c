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

    private static final Pattern EXIT_CODE = Pattern.compile("non-zero exit value: (-?\\d+)");

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
    ProfileResolution explain(SdkException e, Supplier<ProfileResolution> signedOut) {
        String name = "'" + profile.name() + "'";
        switch (profile.kind()) {
            case IDENTITY_CENTER -> {
                String code = AwsProblems.errorCode(e);
                String message = e.getMessage() == null ? "" : e.getMessage();
                if ("UnauthorizedException".equals(code) || message.contains("SSO session") || message.contains("token")) {
                    return signedOut.get();
                }
                IdentityCenterProfile sso = profile.identityCenter();
                throw AwsProblems.explain(e, ApiFamily.SSO_PORTAL, "GetRoleCredentials",
                        "role " + sso.roleName() + " in account " + sso.accountId());
            }
            case ASSUME_ROLE -> {
                String role = "role " + settings.property("role_arn").orElse("");
                if (e instanceof AwsServiceException) {
                    throw AwsProblems.explain(e, ApiFamily.STS, "AssumeRole", role);
                }
                throw ProfileSignIn.problem("The profile " + name + " could not assume its " + role + ": "
                        + AwsProblems.explain(e, ApiFamily.STS, "AssumeRole", role).getMessage());
            }
            case CREDENTIAL_PROCESS -> {
                Matcher exit = EXIT_CODE.matcher(e.getMessage() == null ? "" : e.getMessage());
                throw ProfileSignIn.problem("The credential_process of the profile " + name + " did not give "
                        + "credentials" + (exit.find() ? " (it ended with exit code " + exit.group(1) + ")" : "")
                        + ". Run the command in a terminal to see why.");
            }
            default -> {
                // Only whether the secret is there, never its value.
                if (!settings.properties().containsKey("aws_secret_access_key")) {
                    throw ProfileSignIn.problem("The profile " + name + " has an access key ID but no secret access "
                            + "key (aws_secret_access_key). Add it, or choose another profile.");
                }
                throw AwsProblems.explain(e, ApiFamily.STS, "GetCallerIdentity", "the profile " + name);
            }
        }
    }
}
