package co.pump.icm.sandbox;

import java.net.URI;

import co.pump.icm.sandbox.state.SandboxCredential;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.sts.StsClient;

/** Real AWS SDK v2 clients pointed at a sandbox, with retries off so every answer is seen as it is. */
public final class Clients {
    private Clients() {
    }

    public static AwsCredentialsProvider credentials(SandboxCredential credential) {
        return StaticCredentialsProvider.create(credential.sessionToken() == null
                ? AwsBasicCredentials.create(credential.accessKeyId(), credential.secretAccessKey())
                : AwsSessionCredentials.create(credential.accessKeyId(), credential.secretAccessKey(), credential.sessionToken()));
    }

    public static AwsCredentialsProvider credentials(String accessKeyId, String secret) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secret));
    }

    public static ClientOverrideConfiguration noRetries() {
        return ClientOverrideConfiguration.builder().retryStrategy(AwsRetryStrategy.doNotRetry()).build();
    }

    public static IdentitystoreClient identityStore(URI endpoint, AwsCredentialsProvider credentials) {
        return IdentitystoreClient.builder().endpointOverride(endpoint).region(Region.of(TestWorld.REGION))
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(noRetries()).build();
    }

    public static IdentitystoreClient identityStore(Sandbox sandbox, SandboxCredential credential) {
        return identityStore(sandbox.endpoint(), credentials(credential));
    }

    /** An Identity Store client signing for the given Region. */
    public static IdentitystoreClient identityStore(Sandbox sandbox, SandboxCredential credential, String region) {
        return IdentitystoreClient.builder().endpointOverride(sandbox.endpoint()).region(Region.of(region))
                .credentialsProvider(credentials(credential)).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(noRetries()).build();
    }

    public static OrganizationsClient organizations(Sandbox sandbox, SandboxCredential credential) {
        return OrganizationsClient.builder().endpointOverride(sandbox.endpoint()).region(Region.AWS_GLOBAL)
                .credentialsProvider(credentials(credential)).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(noRetries()).build();
    }

    /** An sso-admin client signing for the given Region, where the instance it administers lives. */
    public static SsoAdminClient ssoAdmin(Sandbox sandbox, SandboxCredential credential, String region) {
        return SsoAdminClient.builder().endpointOverride(sandbox.endpoint()).region(Region.of(region))
                .credentialsProvider(credentials(credential)).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(noRetries()).build();
    }

    public static StsClient sts(Sandbox sandbox, AwsCredentialsProvider credentials) {
        return StsClient.builder().endpointOverride(sandbox.endpoint()).region(Region.of(TestWorld.REGION))
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(noRetries()).build();
    }
}
