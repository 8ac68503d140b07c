package co.pump.icm.ui.signin;

import java.util.Objects;

import co.pump.icm.aws.AwsTarget;
import co.pump.icm.aws.signin.ProfileResolution;

/**
 * What a tab of the sign-in step hands over to be checked: credentials ready to use, or (an IAM
 * Identity Center profile whose sign-in is missing or expired) a sign-in to do first.
 */
sealed interface Candidate permits Candidate.Ready, Candidate.LoginFirst {

    /**
     * Credentials to check with who-am-I.
     *
     * @param method      the tab they came from
     * @param label       what was used, without secrets, e.g. {@code the profile 'prod'}
     * @param target      signed with them; its region may be null (the instance is then searched for)
     * @param holder      what keeps them in memory and must be released when they are no longer
     *                    used (access keys, an IAM Identity Center session), or null
     * @param accountName the account's name when the sign-in already told it (the access portal), or null
     */
    record Ready(SignInMethod method, String label, AwsTarget target, AutoCloseable holder, String accountName)
            implements Candidate {

        public Ready {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(target, "target");
        }
    }

    /** An IAM Identity Center profile that needs the in-app sign-in before it gives credentials. */
    record LoginFirst(ProfileResolution.LoginNeeded needed, String region) implements Candidate {
    }
}
