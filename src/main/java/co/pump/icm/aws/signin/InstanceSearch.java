package co.pump.icm.aws.signin;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import co.pump.icm.aws.ApiFamily;
import co.pump.icm.aws.AwsCallRunner;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssoadmin.model.InstanceMetadata;
import software.amazon.awssdk.services.ssoadmin.model.ListInstancesResponse;

/**
 * Finds the IAM Identity Center instances an account administers, in one region or in many at
 * once. An instance lives in one region and {@code sso:ListInstances} only lists those of the
 * region asked, so an unknown region means asking each (in parallel, through the run's runner).
 */
final class InstanceSearch {

    private static final int THREADS = 8;

    /** The instances found in each region that answered, and the error of each that did not. */
    record Outcome(Map<String, List<InstanceMetadata>> found, Map<String, SdkException> failures) {

        /** The regions with at least one instance, in search order. */
        List<String> regionsWithInstances() {
            return found.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        }
    }

    private final AwsCredentialsProvider credentials;
    private final URI endpoint;
    private final AwsCallRunner runner;

    InstanceSearch(AwsCredentialsProvider credentials, URI endpoint, AwsCallRunner runner) {
        this.credentials = credentials;
        this.endpoint = endpoint;
        this.runner = runner;
    }

    /** Asks every region, {@value #THREADS} at a time. */
    Outcome search(List<String> regions) {
        var found = new LinkedHashMap<String, List<InstanceMetadata>>();
        var failures = new LinkedHashMap<String, SdkException>();
        var count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(THREADS, Math.max(1, regions.size())), r -> {
            Thread thread = new Thread(r, "icm-region-search-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try (SdkHttpClient http = SignInClients.http(THREADS * 2)) {
            var futures = new LinkedHashMap<String, Future<List<InstanceMetadata>>>();
            for (String region : regions) {
                futures.put(region, pool.submit(() -> list(http, region)));
            }
            for (var entry : futures.entrySet()) {
                try {
                    found.put(entry.getKey(), entry.getValue().get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof SdkException sdk) {
                        failures.put(entry.getKey(), sdk);
                    } else if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    } else {
                        throw new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("Cancelled.");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(found, failures);
    }

    /** The instances of one region (all pages). */
    List<InstanceMetadata> list(String region) {
        try (SdkHttpClient http = SignInClients.http(2)) {
            return list(http, region);
        }
    }

    private List<InstanceMetadata> list(SdkHttpClient http, String region) {
        var instances = new ArrayList<InstanceMetadata>();
        try (SsoAdminClient admin = SignInClients.ssoAdmin(http, credentials, region, endpoint)) {
            String next = null;
            do {
                String current = next;
                ListInstancesResponse page = runner.call(ApiFamily.SSO_ADMIN, "ListInstances", "region " + region,
                        () -> admin.listInstances(r -> r.maxResults(100).nextToken(current)));
                instances.addAll(page.instances());
                next = page.nextToken();
            } while (next != null && !next.isEmpty());
        }
        return instances;
    }
}
