package co.pump.icm.aws;

import java.net.URI;
import java.util.Map;
import java.util.function.Function;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Which AWS account and region to talk to, following AWS conventions: a named profile from the
 * shared config files, a region, an endpoint override, or credentials given directly (access keys
 * typed in, or from an IAM Identity Center sign-in). Anything left null is taken from the
 * environment ({@code AWS_PROFILE}, {@code AWS_REGION}, {@code AWS_ENDPOINT_URL}) and the profile.
 *
 * @param profile     a profile name, or null for {@code AWS_PROFILE} / the default chain
 * @param region      a region, or null for the profile's or the environment's
 * @param endpoint    an endpoint override (e.g. the sandbox), or null for the profile's
 *                    {@code endpoint_url}, {@code AWS_ENDPOINT_URL}, or AWS itself
 * @param credentials credentials to use instead of the profile's, or null
 * @param profileFile the shared config and credentials files, or null for the default ones
 *                    (which honour {@code AWS_CONFIG_FILE} and {@code AWS_SHARED_CREDENTIALS_FILE})
 * @param environment reads environment variables; {@code System::getenv} outside tests
 */
public record AwsTarget(String profile, String region, URI endpoint, AwsCredentialsProvider credentials,
                        ProfileFile profileFile, Function<String, String> environment) {

    /** A target from command-line style options, reading the real environment. */
    public static AwsTarget of(String profile, String region, URI endpoint) {
        return new AwsTarget(profile, region, endpoint, null, null, System::getenv);
    }

    /** A target with credentials given directly. */
    public static AwsTarget withCredentials(AwsCredentialsProvider credentials, String region, URI endpoint) {
        return new AwsTarget(null, region, endpoint, credentials, null, System::getenv);
    }

    /** The same target reading the given environment variables instead of the real ones (tests). */
    public AwsTarget withEnvironment(Map<String, String> variables) {
        return new AwsTarget(profile, region, endpoint, credentials, profileFile, variables::get);
    }

    /** The same target reading the given shared config files. */
    public AwsTarget withProfileFile(ProfileFile file) {
        return new AwsTarget(profile, region, endpoint, credentials, file, environment);
    }
}
