package co.pump.icm.aws.signin;

import java.net.URI;
import java.time.Clock;

import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.model.MigratorException;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.InstanceProfileCredentialsProvider;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.AssumeRoleRequest;

/**
 * Assume-role and IAM Identity Center credentials of a profile when requests go to an endpoint
 * override (the sandbox): the SDK's profile providers build their STS and portal clients without
 * it, so here the same SDK provider ({@link StsAssumeRoleCredentialsProvider}) and our own portal
 * path ({@link PortalSession}) get clients pointed at the endpoint.
 */
final class EndpointCredentials {

    /** STS is global; its regional endpoints all work, and the sandbox answers any. */
    private static final String DEFAULT_STS_REGION = "us-east-1";

    private final ProfileSignIn signIn;
    private final AwsCallRunner runner;
    private final Clock clock;

    EndpointCredentials(ProfileSignIn signIn, AwsCallRunner runner, Clock clock) {
        this.signIn = signIn;
        this.runner = runner;
        this.clock = clock;
    }

    AwsCredentialsProvider assumeRole(AwsProfile profile, String region, URI endpoint, int depth) {
        Profile settings = signIn.sdkProfile(profile);
        AwsCredentialsProvider source;
        String sourceProfile = settings.property("source_profile").orElse(null);
        if (sourceProfile != null) {
            ProfileResolution resolved = signIn.resolveSource(sourceProfile, region, endpoint, depth + 1);
            if (resolved instanceof ProfileResolution.LoginNeeded needed) {
                throw ProfileSignIn.problem("The profile '" + profile.name() + "' assumes its role with the "
                        + "credentials of the profile '" + sourceProfile + "'. " + needed.reason() + " Run: "
                        + needed.awsCliCommand());
            }
            source = ((ProfileResolution.Ready) resolved).target().credentials();
        } else {
            source = credentialSource(profile, settings.property("credential_source").orElse(""));
        }
        var request = AssumeRoleRequest.builder()
                .roleArn(settings.property("role_arn").orElseThrow())
                .roleSessionName(settings.property("role_session_name").orElse("icm-" + clock.millis()))
                .externalId(settings.property("external_id").orElse(null))
                .durationSeconds(durationSeconds(profile, settings))
                .build();
        var sts = SignInClients.sts(SignInClients.http(4), source, region != null ? region : DEFAULT_STS_REGION, endpoint);
        return StsAssumeRoleCredentialsProvider.builder().stsClient(sts).refreshRequest(request).build();
    }

    AwsCredentialsProvider identityCenter(PortalLocation portal, CachedSsoToken cached, IdentityCenterProfile sso) {
        // The session stays open for as long as the credentials are used: it renews them.
        var session = new PortalSession(portal, cached.accessToken(), cached.expiresAt(), runner, clock);
        return session.credentials(sso.accountId(), sso.roleName());
    }

    private static AwsCredentialsProvider credentialSource(AwsProfile profile, String source) {
        return switch (source) {
            case "Environment" -> EnvironmentVariableCredentialsProvider.create();
            case "Ec2InstanceMetadata" -> InstanceProfileCredentialsProvider.create();
            case "EcsContainer" -> ContainerCredentialsProvider.builder().build();
            default -> throw ProfileSignIn.problem("The profile '" + profile.name() + "' has credential_source '"
                    + source + "'; use Environment, Ec2InstanceMetadata or EcsContainer.");
        };
    }

    private static Integer durationSeconds(AwsProfile profile, Profile settings) {
        String value = settings.property("duration_seconds").orElse(null);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw MigratorException.badInput("The duration_seconds of the profile '" + profile.name()
                    + "' is not a number of seconds.");
        }
    }
}
