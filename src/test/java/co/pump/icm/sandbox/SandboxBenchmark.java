package co.pump.icm.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import co.pump.icm.sandbox.data.DataSets;
import co.pump.icm.sandbox.data.SandboxSeeder;
import co.pump.icm.sandbox.data.SeededWorld;
import co.pump.icm.sandbox.state.SandboxCredential;
import co.pump.icm.sandbox.state.SandboxWorld;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;
import software.amazon.awssdk.services.identitystore.model.Group;

/**
 * How fast the sandbox answers the AWS SDK over HTTP on 127.0.0.1, with no faults: reading a large
 * identity store page by page (users, groups, every group's memberships) and creating users from
 * 16 threads. Prints numbers; asserts nothing. Run after
 * {@code mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} with
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) co.pump.icm.sandbox.SandboxBenchmark [USERS]}.
 */
// The SDK's builder-consumer varargs (emails(e -> ...)) are generic arrays.
@SuppressWarnings("unchecked")
public final class SandboxBenchmark {

    private SandboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        var world = new SandboxWorld(1);
        long seedStart = System.nanoTime();
        SeededWorld seeded = SandboxSeeder.seed(world, DataSets.resolve("large:" + users, 1));
        System.out.printf("seeded large:%d in %d ms%n", users, (System.nanoTime() - seedStart) / 1_000_000);
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(world));
             IdentitystoreClient source = client(sandbox, seeded.source(), seeded.sourceRegion());
             IdentitystoreClient target = client(sandbox, seeded.target(), seeded.targetRegion())) {
            String store = seeded.sourceIdentityStoreId();
            source.listUsers(r -> r.identityStoreId(store).maxResults(1));

            long start = System.nanoTime();
            long read = source.listUsersPaginator(r -> r.identityStoreId(store).maxResults(100)).users().stream().count();
            report("ListUsers, 100 a page", sandbox, start, read + " users");

            start = System.nanoTime();
            List<Group> groups = source.listGroupsPaginator(r -> r.identityStoreId(store).maxResults(100)).groups()
                    .stream().toList();
            report("ListGroups, 100 a page", sandbox, start, groups.size() + " groups");

            start = System.nanoTime();
            long memberships = 0;
            for (Group g : groups) {
                memberships += source.listGroupMembershipsPaginator(r -> r.identityStoreId(store).groupId(g.groupId())
                        .maxResults(100)).groupMemberships().stream().count();
            }
            report("ListGroupMemberships for every group", sandbox, start, memberships + " memberships");

            int creates = Math.min(users, 5_000);
            ExecutorService pool = Executors.newFixedThreadPool(16);
            var next = new AtomicInteger();
            start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                futures.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < creates; n = next.getAndIncrement()) {
                        String name = "bench" + n;
                        target.createUser(r -> r.identityStoreId(seeded.targetIdentityStoreId()).userName(name)
                                .displayName(name).name(x -> x.givenName("B").familyName(name))
                                .emails(e -> e.value(name + "@bench.example")));
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            pool.shutdown();
            report("CreateUser from 16 threads", sandbox, start, creates + " users");
            System.out.println("stats: " + sandbox.stats());
        }
    }

    private static long lastRequests;

    private static void report(String what, Sandbox sandbox, long startNanos, String result) {
        long millis = Math.max(1, (System.nanoTime() - startNanos) / 1_000_000);
        long requests = sandbox.stats().requests() - lastRequests;
        lastRequests = sandbox.stats().requests();
        System.out.printf("%-40s %8d ms %7d requests %8.0f requests/s  (%s)%n", what, millis, requests,
                requests * 1000.0 / millis, result);
    }

    private static IdentitystoreClient client(Sandbox sandbox, SandboxCredential credential, String region) {
        return IdentitystoreClient.builder().endpointOverride(sandbox.endpoint()).region(Region.of(region))
                .credentialsProvider(Clients.credentials(credential)).httpClient(UrlConnectionHttpClient.create())
                .build();
    }
}
