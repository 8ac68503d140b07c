package co.pump.icm.aws.signin;

import co.pump.icm.aws.AwsTarget;

/** What became of signing in with a profile: ready to use, or an IAM Identity Center sign-in is needed first. */
public sealed interface ProfileResolution permits ProfileResolution.Ready, ProfileResolution.LoginNeeded {

    AwsProfile profile();

    /**
     * The profile gave credentials (they were fetched once to check them).
     *
     * @param target signed with the profile's credentials, in the chosen region (null when neither
     *               the choice, the profile nor the environment names one) and at its endpoint
     */
    record Ready(AwsProfile profile, AwsTarget target) implements ProfileResolution {
    }

    /**
     * An IAM Identity Center profile whose cached sign-in is missing, expired or no longer
     * accepted. The wizard offers the in-app sign-in: {@code new DeviceLogin(portal)}, then
     * {@link #roleCredentials(PortalSession)}.
     *
     * @param portal where to sign in: the profile's start URL and IAM Identity Center region
     * @param reason why, in one sentence (e.g. {@code The IAM Identity Center sign-in of the profile 'prod' expired at ...})
     */
    record LoginNeeded(AwsProfile profile, PortalLocation portal, String reason) implements ProfileResolution {

        /** The AWS CLI command that would sign the profile in again. */
        public String awsCliCommand() {
            return "aws sso login --profile " + profile.name();
        }

        /** The reason and what to do, for the wizard. */
        public String message() {
            return reason + " Sign in with IAM Identity Center here, or run: " + awsCliCommand();
        }

        /** After the in-app sign-in: the credentials of the account and role the profile names. */
        public PortalRoleCredentials roleCredentials(PortalSession session) {
            IdentityCenterProfile sso = profile.identityCenter();
            return session.credentials(sso.accountId(), sso.roleName());
        }
    }
}
