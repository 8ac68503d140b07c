package co.pump.icm.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;

/**
 * Reads what an IAM Identity Center instance holds into an {@link Inventory}, independently of the
 * product: plain AWS SDK clients with the SDK's own retries (generous, so that it reads through
 * injected faults), the SDK's own paginators, and code that shares nothing with the product's
 * reader or comparer. A snapshot file is read the same way, with a plain JSON parser. (The Apache
 * HTTP client, because the JDK's waits for delayed acknowledgements: about 40 ms a request.)
 */
public final class InventoryReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private InventoryReader() {
    }

    /** Every kind in {@link InventoryKinds#ALL} of the instance the caller administers. */
    public static Inventory read(URI endpoint, AwsCredentialsProvider credentials, String region) {
        return read(endpoint, credentials, region, InventoryKinds.ALL);
    }

    /** The given kinds of the instance the caller administers. */
    public static Inventory read(URI endpoint, AwsCredentialsProvider credentials, String region,
                                 List<InventoryKind> kinds) {
        try (SdkHttpClient http = ApacheHttpClient.create();
             var identityStore = configure(IdentitystoreClient.builder(), http, endpoint, credentials, region).build();
             var ssoAdmin = configure(SsoAdminClient.builder(), http, endpoint, credentials, region).build();
             var organizations = configure(OrganizationsClient.builder(), http, endpoint, credentials, region).build()) {
            var instances = ssoAdmin.listInstances(r -> { }).instances();
            if (instances.size() != 1) {
                throw new IllegalStateException("Expected the caller to administer one instance, found " + instances.size());
            }
            var view = new InstanceView(identityStore, ssoAdmin, organizations, instances.get(0).instanceArn(),
                    instances.get(0).identityStoreId());
            var items = new LinkedHashMap<String, List<Inventory.Item>>();
            for (InventoryKind kind : kinds) {
                items.put(kind.name(), kind.read(view));
            }
            return new Inventory(items);
        }
    }

    /** Every kind in {@link InventoryKinds#ALL} of a snapshot file. */
    public static Inventory fromSnapshot(Path file) {
        JsonNode snapshot;
        try {
            snapshot = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var items = new LinkedHashMap<String, List<Inventory.Item>>();
        for (InventoryKind kind : InventoryKinds.ALL) {
            items.put(kind.name(), kind.fromSnapshot(snapshot));
        }
        return new Inventory(items);
    }

    /** The accounts an assignment may be made in by the caller: its organization's, but the management account. */
    public static java.util.Set<String> assignableAccounts(URI endpoint, AwsCredentialsProvider credentials,
                                                             String region) {
        try (SdkHttpClient http = ApacheHttpClient.create();
             var organizations = configure(OrganizationsClient.builder(), http, endpoint, credentials, region).build()) {
            String management = organizations.describeOrganization().organization().masterAccountId();
            var accounts = new java.util.TreeSet<String>();
            String token = null;
            do {
                String page = token;
                var answer = organizations.listAccounts(r -> r.nextToken(page).maxResults(20));
                answer.accounts().forEach(a -> accounts.add(a.id()));
                token = answer.nextToken();
            } while (token != null);
            accounts.remove(management);
            return accounts;
        }
    }

    private static <C, B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>> B configure(
            B builder, SdkHttpClient http, URI endpoint, AwsCredentialsProvider credentials, String region) {
        builder.endpointOverride(endpoint).region(Region.of(region)).credentialsProvider(credentials)
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(40).circuitBreakerEnabled(false).build()));
        builder.httpClient(http);
        return builder;
    }
}
