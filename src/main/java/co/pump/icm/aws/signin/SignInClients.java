package co.pump.icm.aws.signin;

import java.net.URI;
import java.time.Duration;

import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The SDK clients of the sign-in, built like {@code AwsClients} builds the others: the SDK's
 * retries off (the {@code AwsCallRunner} retries), the region, and the endpoint override of the
 * sandbox when there is one. The sso-oidc and portal APIs are unsigned: anonymous credentials.
 * The Apache HTTP client, because the URL connection client cannot read the body of a 401.
 */
final class SignInClients {

    private SignInClients() {
    }

    static SdkHttpClient http(int maxConnections) {
        return ApacheHttpClient.builder()
                .maxConnections(maxConnections)
                .connectionTimeout(Duration.ofSeconds(10))
                .socketTimeout(Duration.ofSeconds(30))
                .build();
    }

    static SsoOidcClient oidc(SdkHttpClient http, String region, URI endpoint) {
        return configure(SsoOidcClient.builder(), http, AnonymousCredentialsProvider.create(), region, endpoint).build();
    }

    static SsoClient portal(SdkHttpClient http, String region, URI endpoint) {
        return configure(SsoClient.builder(), http, AnonymousCredentialsProvider.create(), region, endpoint).build();
    }

    static StsClient sts(SdkHttpClient http, AwsCredentialsProvider credentials, String region, URI endpoint) {
        return configure(StsClient.builder(), http, credentials, region, endpoint).build();
    }

    static SsoAdminClient ssoAdmin(SdkHttpClient http, AwsCredentialsProvider credentials, String region, URI endpoint) {
        return configure(SsoAdminClient.builder(), http, credentials, region, endpoint).build();
    }

    private static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(
            B builder, SdkHttpClient http, AwsCredentialsProvider credentials, String region, URI endpoint) {
        builder.region(Region.of(region))
                .credentialsProvider(credentials)
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallAttemptTimeout(Duration.ofSeconds(30))
                        .build())
                .httpClient(http);
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder;
    }
}
