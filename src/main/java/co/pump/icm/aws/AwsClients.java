package co.pump.icm.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import co.pump.icm.model.MigratorException;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The AWS SDK clients of one signed-in identity, built the same way for every service: one HTTP
 * connection pool large enough for the run's concurrency, the SDK's own retries switched off
 * (every retry goes through {@link AwsCallRunner}, which counts it and respects the rate limits),
 * and the target's credentials, region and endpoint.
 */
public final class AwsClients implements AutoCloseable {

    private final SdkHttpClient http;
    private final URI endpoint;
    private final AwsCredentialsProvider credentials;
    // The region and its clients change once at most: to the instance's primary Region (useRegion).
    private volatile String region;
    private volatile IdentitystoreClient identityStore;
    private volatile SsoAdminClient ssoAdmin;
    private volatile OrganizationsClient organizations;
    private volatile StsClient sts;

    private AwsClients(AwsTarget target, int maxConnections) {
        ProfileFile profiles = target.profileFile() != null ? target.profileFile() : ProfileFile.defaultProfileFile();
        String profileName = target.profile() != null ? target.profile() : target.environment().apply("AWS_PROFILE");
        Optional<Profile> profile = Optional.empty();
        if (profileName != null && !profileName.isBlank() && target.credentials() == null) {
            profile = profiles.profile(profileName);
            if (profile.isEmpty()) {
                throw AwsProblems.unknownProfile(profileName, "the AWS config and credentials files");
            }
        }
        this.region = resolveRegion(target, profile, profileName);
        this.endpoint = resolveEndpoint(target, profile);
        this.credentials = target.credentials() != null ? target.credentials()
                : profile.isPresent()
                ? ProfileCredentialsProvider.builder().profileFile(profiles).profileName(profileName).build()
                : DefaultCredentialsProvider.builder().build();
        this.http = ApacheHttpClient.builder()
                .maxConnections(maxConnections)
                .connectionTimeout(Duration.ofSeconds(10))
                .socketTimeout(Duration.ofSeconds(60))
                .build();
        build();
    }

    private void build() {
        this.identityStore = configure(IdentitystoreClient.builder()).build();
        this.ssoAdmin = configure(SsoAdminClient.builder()).build();
        this.organizations = configure(OrganizationsClient.builder()).build();
        this.sts = configure(StsClient.builder()).build();
    }

    /**
     * Points every client at another region, keeping the credentials, the endpoint and the
     * connection pool: a multi-Region IAM Identity Center instance accepts changes only in its
     * primary Region, so a run that found the instance through another of its Regions moves there.
     * Call before the run sends its other requests.
     */
    public synchronized void useRegion(String primaryRegion) {
        if (primaryRegion.equals(region)) {
            return;
        }
        closeClients();
        this.region = primaryRegion;
        build();
    }

    /**
     * Builds the clients for a target.
     *
     * @throws MigratorException (AWS access) when the profile does not exist or no region is set
     */
    public static AwsClients open(AwsTarget target, int maxConnections) {
        return new AwsClients(target, maxConnections);
    }

    private <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
        builder.region(Region.of(region))
                .credentialsProvider(credentials)
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallAttemptTimeout(Duration.ofSeconds(60))
                        .build());
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        if (builder instanceof software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder<?, ?> sync) {
            sync.httpClient(http);
        }
        return builder;
    }

    private static String resolveRegion(AwsTarget target, Optional<Profile> profile, String profileName) {
        if (target.region() != null && !target.region().isBlank()) {
            return target.region();
        }
        Optional<String> fromProfile = profile.flatMap(p -> p.property("region"));
        if (fromProfile.isPresent()) {
            return fromProfile.get();
        }
        for (String variable : new String[] {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
            String value = target.environment().apply(variable);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        throw new MigratorException(MigratorException.Kind.AWS_ACCESS, profileName == null
                ? "No AWS region is set. Pass --region (for example --region us-east-1) or set AWS_REGION."
                : "The profile '" + profileName + "' has no region. Pass --region or add a region to the profile.");
    }

    private static URI resolveEndpoint(AwsTarget target, Optional<Profile> profile) {
        if (target.endpoint() != null) {
            return target.endpoint();
        }
        Optional<String> value = profile.flatMap(p -> p.property("endpoint_url"))
                .or(() -> Optional.ofNullable(target.environment().apply("AWS_ENDPOINT_URL")))
                .filter(s -> !s.isBlank());
        if (value.isEmpty()) {
            return null;
        }
        try {
            return URI.create(value.get());
        } catch (IllegalArgumentException e) {
            throw MigratorException.badInput("The endpoint URL '" + value.get() + "' is not a valid URL.");
        }
    }

    public IdentitystoreClient identityStore() {
        return identityStore;
    }

    public SsoAdminClient ssoAdmin() {
        return ssoAdmin;
    }

    public OrganizationsClient organizations() {
        return organizations;
    }

    public StsClient sts() {
        return sts;
    }

    /** The credentials the clients sign with (for clients of other regions, e.g. a region search). */
    public AwsCredentialsProvider credentials() {
        return credentials;
    }

    /** The region the clients talk to. */
    public String region() {
        return region;
    }

    /** The endpoint override, or null when talking to AWS itself. */
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        closeClients();
        http.close();
    }

    private void closeClients() {
        // Closing an SDK client leaves the HTTP client it was given open.
        identityStore.close();
        ssoAdmin.close();
        organizations.close();
        sts.close();
    }
}
