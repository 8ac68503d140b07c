package co.pump.icm.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.identitystore.model.ListUsersResponse;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

class SandboxSmokeTest {

    @Test
    void answersTheSdk() {
        var t = new TestWorld();
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(t.world))) {
            GetCallerIdentityResponse who = Clients.sts(sandbox, Clients.credentials(t.management)).getCallerIdentity();
            assertThat(who.account()).isEqualTo(t.management.accountId());
            var client = Clients.identityStore(sandbox, t.management);
            var created = client.createUser(r -> r.identityStoreId(t.storeId()).userName("alice").displayName("Alice A")
                    .name(n -> n.givenName("Alice").familyName("A")));
            ListUsersResponse users = client.listUsers(r -> r.identityStoreId(t.storeId()));
            assertThat(users.users()).singleElement().satisfies(u -> assertThat(u.userId()).isEqualTo(created.userId()));
            var org = Clients.organizations(sandbox, t.management).describeOrganization().organization();
            assertThat(org.id()).isEqualTo(t.organization.id);
            assertThat(sandbox.stats().internalFailures()).isEmpty();
        }
    }
}
