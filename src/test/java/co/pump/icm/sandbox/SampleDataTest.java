package co.pump.icm.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import co.pump.icm.sandbox.data.DataSets;
import co.pump.icm.sandbox.data.SandboxSeeder;
import co.pump.icm.sandbox.data.SeededWorld;
import co.pump.icm.sandbox.state.SandboxCredential;
import co.pump.icm.sandbox.state.SandboxWorld;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;
import software.amazon.awssdk.services.identitystore.model.Group;
import software.amazon.awssdk.services.identitystore.model.User;

/** The seeded sample data read through the SDK: every user, group and membership, no sandbox bug. */
class SampleDataTest {

    @ParameterizedTest
    @ValueSource(strings = {"demo", "large:300"})
    void theSampleDataReadsThroughTheSdk(String data) {
        var world = new SandboxWorld(5);
        SeededWorld seeded = SandboxSeeder.seed(world, DataSets.resolve(data, 5));
        int expectedUsers;
        synchronized (world) {
            expectedUsers = world.instance(seeded.sourceInstanceArn()).orElseThrow().users.size();
        }
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(world))) {
            var source = client(sandbox, seeded.source(), seeded.sourceRegion());
            String store = seeded.sourceIdentityStoreId();
            List<User> users = source.listUsersPaginator(r -> r.identityStoreId(store)).users().stream().toList();
            assertThat(users).hasSize(expectedUsers).allSatisfy(u -> {
                assertThat(u.userName()).isNotBlank();
                assertThat(u.createdAt()).isNotNull();
            });
            for (User user : users.subList(0, Math.min(20, users.size()))) {
                assertThat(source.describeUser(r -> r.identityStoreId(store).userId(user.userId())).userName())
                        .isEqualTo(user.userName());
            }
            List<Group> groups = source.listGroupsPaginator(r -> r.identityStoreId(store)).groups().stream().toList();
            assertThat(groups).isNotEmpty();
            long memberships = groups.stream().mapToLong(g -> source.listGroupMembershipsPaginator(
                    r -> r.identityStoreId(store).groupId(g.groupId())).groupMemberships().stream().count()).sum();
            assertThat(memberships).isPositive();

            var target = client(sandbox, seeded.target(), seeded.targetRegion());
            target.listUsers(r -> r.identityStoreId(seeded.targetIdentityStoreId()));
            var orgs = Clients.organizations(sandbox, seeded.source());
            assertThat(orgs.listAccountsPaginator().stream().mapToLong(p -> p.accounts().size()).sum()).isPositive();
            assertThat(Clients.organizations(sandbox, seeded.target()).describeOrganization().organization().id())
                    .isNotEqualTo(orgs.describeOrganization().organization().id());
            assertThat(Clients.sts(sandbox, Clients.credentials(seeded.member())).getCallerIdentity().account())
                    .isEqualTo(seeded.member().accountId());
            assertThat(sandbox.stats().internalFailures()).isEmpty();
            assertThat(sandbox.calls().records(c -> c.error() != null)).isEmpty();
        }
    }

    private static IdentitystoreClient client(Sandbox sandbox, SandboxCredential credential, String region) {
        return IdentitystoreClient.builder().endpointOverride(sandbox.endpoint()).region(Region.of(region))
                .credentialsProvider(Clients.credentials(credential)).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(Clients.noRetries()).build();
    }
}
