package co.pump.icm.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** Many SDK callers at once: every request answered, every write kept, no sandbox bug. */
class ConcurrencyTest {

    @Test
    void sixtyFourCallersCreateUsersAtOnce() throws Exception {
        var t = new TestWorld();
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(t.world))) {
            var client = Clients.identityStore(sandbox, t.management);
            String group = client.createGroup(r -> r.identityStoreId(t.storeId()).displayName("Everyone")).groupId();
            ExecutorService pool = Executors.newFixedThreadPool(64);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int thread = 0; thread < 64; thread++) {
                int n = thread;
                futures.add(pool.submit(() -> {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < 5; i++) {
                        String name = "user-" + n + "-" + i;
                        String id = client.createUser(r -> r.identityStoreId(t.storeId()).userName(name).displayName(name)
                                .name(x -> x.givenName("U").familyName(name))).userId();
                        client.createGroupMembership(r -> r.identityStoreId(t.storeId()).groupId(group)
                                .memberId(m -> m.userId(id)));
                        ids.add(id);
                    }
                    return ids;
                }));
            }
            var ids = new HashSet<String>();
            for (Future<List<String>> f : futures) {
                ids.addAll(f.get());
            }
            pool.shutdown();
            assertThat(ids).hasSize(320);
            assertThat(client.listUsersPaginator(r -> r.identityStoreId(t.storeId()).maxResults(100)).users()).hasSize(320);
            assertThat(client.listGroupMembershipsPaginator(r -> r.identityStoreId(t.storeId()).groupId(group).maxResults(100))
                    .groupMemberships()).hasSize(320);
            assertThat(sandbox.calls().count("CreateUser")).isEqualTo(320);
            assertThat(sandbox.calls().records(c -> c.error() != null)).isEmpty();
            assertThat(sandbox.stats().internalFailures()).isEmpty();
        }
    }
}
