package co.pump.icm.cli;

import co.pump.icm.aws.AwsTarget;
import co.pump.icm.aws.signin.ProfileResolution;
import co.pump.icm.aws.signin.ProfileSignIn;
import co.pump.icm.model.MigratorException;

/**
 * The target of the AWS options, signed in: a profile ({@code --profile} or {@code AWS_PROFILE})
 * through {@link ProfileSignIn}, so that an IAM Identity Center profile whose sign-in has expired
 * says so and how to sign in again; otherwise the SDK's default credentials.
 */
final class SignedInTarget {

    private SignedInTarget() {
    }

    /**
     * @throws MigratorException (AWS access) when the profile cannot give credentials, including
     *                           when its IAM Identity Center sign-in is needed first
     */
    static AwsTarget of(AwsOptions aws) {
        AwsTarget target = aws.target();
        String profile = target.profile() != null ? target.profile() : target.environment().apply("AWS_PROFILE");
        if (profile == null || profile.isBlank()) {
            return target;
        }
        ProfileResolution resolution = ProfileSignIn.defaults().resolve(profile, target.region(), target.endpoint());
        if (resolution instanceof ProfileResolution.LoginNeeded needed) {
            throw new MigratorException(MigratorException.Kind.AWS_ACCESS, needed.reason() + " Sign in with: icm login "
                    + "--start-url " + needed.portal().startUrl() + " --region " + needed.portal().region() + ", or run: "
                    + needed.awsCliCommand());
        }
        return ((ProfileResolution.Ready) resolution).target();
    }
}
