package co.pump.icm.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.util.function.Supplier;

import co.pump.icm.sandbox.FaultOptions;
import co.pump.icm.sandbox.Sandbox;
import co.pump.icm.sandbox.SandboxOptions;
import co.pump.icm.sandbox.TestWorld;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Each service's injected server error reaches the product through the AWS SDK with the code that
 * service's model gives it, and the product retries it as a transient failure.
 */
class ServerErrorsTest {

    private final TestWorld t = new TestWorld();

    /** One service: the error code its model uses for a server fault, and one request to it. */
    enum Service {
        IDENTITY_STORE(ApiFamily.IDENTITY_STORE, "InternalServerException", "ListUsers"),
        SSO_ADMIN(ApiFamily.SSO_ADMIN, "InternalServerException", "ListInstances"),
        ORGANIZATIONS(ApiFamily.ORGANIZATIONS, "ServiceException", "DescribeOrganization"),
        STS(ApiFamily.STS, "InternalFailure", "GetCallerIdentity"),
        SSO_OIDC(ApiFamily.SSO_OIDC, "InternalServerException", "RegisterClient"),
        SSO_PORTAL(ApiFamily.SSO_PORTAL, "InternalFailure", "ListAccounts");

        final ApiFamily family;
        final String serverError;
        final String operation;

        Service(ApiFamily family, String serverError, String operation) {
            this.family = family;
            this.serverError = serverError;
            this.operation = operation;
        }
    }

    private Supplier<Object> request(Service service, URI endpoint) {
        return switch (service) {
            case IDENTITY_STORE -> {
                var client = signed(IdentitystoreClient.builder(), endpoint);
                yield () -> client.listUsers(r -> r.identityStoreId(t.storeId()));
            }
            case SSO_ADMIN -> {
                var client = signed(SsoAdminClient.builder(), endpoint);
                yield () -> client.listInstances(r -> { });
            }
            case ORGANIZATIONS -> {
                var client = signed(OrganizationsClient.builder(), endpoint);
                yield client::describeOrganization;
            }
            case STS -> {
                var client = signed(StsClient.builder(), endpoint);
                yield client::getCallerIdentity;
            }
            case SSO_OIDC -> {
                var client = unsigned(SsoOidcClient.builder(), endpoint);
                yield () -> client.registerClient(r -> r.clientName("icm-test").clientType("public"));
            }
            case SSO_PORTAL -> {
                var client = unsigned(SsoClient.builder(), endpoint);
                yield () -> client.listAccounts(r -> r.accessToken("no-such-token"));
            }
        };
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void theServerErrorHasTheServicesOwnCodeAndIsRetried(Service service) {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(t.world)
                .withFaults(FaultOptions.none().withFailRate(1.0)))) {
            var error = catchThrowableOfType(AwsServiceException.class, () -> request(service, sandbox.endpoint()).get());
            assertThat(error.statusCode()).isEqualTo(500);
            assertThat(error.awsErrorDetails().errorCode()).isEqualTo(service.serverError);
            assertThat(AwsCallRunner.isThrottling(error)).isFalse();
            assertThat(AwsCallRunner.isTransient(error, AwsCallRunner.Retry.TRANSIENT)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void theProductRetriesTheServerErrorUntilTheRequestGoesThrough(Service service) {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(t.world).withSeed(3)
                .withFaults(FaultOptions.none().withFailRate(0.5)))) {
            var runner = new AwsCallRunner(RateSettings.AWS_DEFAULTS, new FakeTicker());
            Supplier<Object> request = request(service, sandbox.endpoint());
            for (int i = 0; i < 6; i++) {
                runner.call(service.family, service.operation, "the test", () -> {
                    try {
                        return request.get();
                    } catch (AwsServiceException e) {
                        // The portal refuses the made-up token once the request gets through: that
                        // refusal is the service's own answer, not a server error.
                        if (service == Service.SSO_PORTAL && e.statusCode() == 401) {
                            return null;
                        }
                        throw e;
                    }
                });
            }
            assertThat(sandbox.stats().failed()).isPositive();
            assertThat(runner.stats().total().retried()).isEqualTo(sandbox.stats().failed());
        }
    }

    @Test
    void everyFamilyIsCovered() {
        assertThat(java.util.Arrays.stream(Service.values()).map(s -> s.family))
                .containsExactlyInAnyOrder(ApiFamily.values());
    }

    private <C, B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>> C signed(B builder, URI endpoint) {
        var key = t.management;
        return configure(builder, endpoint).credentialsProvider(StaticCredentialsProvider.create(
                AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey()))).build();
    }

    private <C, B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>> C unsigned(B builder, URI endpoint) {
        return configure(builder, endpoint).credentialsProvider(AnonymousCredentialsProvider.create()).build();
    }

    private static <C, B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>> B configure(B builder, URI endpoint) {
        builder.endpointOverride(endpoint).region(Region.of(TestWorld.REGION))
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.doNotRetry()).build());
        builder.httpClient(UrlConnectionHttpClient.create());
        return builder;
    }
}
