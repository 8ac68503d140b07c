package co.pump.icm.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;

import org.junit.jupiter.api.Test;

import co.pump.icm.model.User;
import co.pump.icm.sandbox.Clients;
import co.pump.icm.testing.SandboxFixture;

/** An export names each manager by user name, and leaves out, with a warning, a manager who no longer exists. */
class ManagersExportTest {

    private static final String MAYA = "maya.okafor@larkspur.example";

    @Test
    void aManagerDeletedSinceIsLeftOutWithAWarning() {
        try (var fixture = SandboxFixture.demo()) {
            var seeded = fixture.seeded();
            try (var client = Clients.identityStore(fixture.sandbox(), seeded.source(), seeded.sourceRegion())) {
                String store = seeded.sourceIdentityStoreId();
                String maya = client.listUsersPaginator(r -> r.identityStoreId(store)).users().stream()
                        .filter(u -> u.userName().equals(MAYA)).findFirst().orElseThrow().userId();
                client.deleteUser(r -> r.identityStoreId(store).userId(maya));

                var warnings = new ArrayList<String>();
                var users = InstanceReaderTest.export(fixture.source(), warnings).config().users();
                assertThat(users).filteredOn(u -> u.userName().equals("tom.becker@larkspur.example")).singleElement()
                        .extracting(User::manager).isEqualTo("daniel.reyes@larkspur.example");
                assertThat(users).filteredOn(u -> u.userName().equals("daniel.reyes@larkspur.example")).singleElement()
                        .satisfies(u -> {
                            assertThat(u.manager()).isNull();
                            assertThat(u.enterprise().department()).isEqualTo("Platform Engineering");
                        });
                assertThat(warnings).contains("The manager of user daniel.reyes@larkspur.example is not a user of "
                        + "the identity store (" + maya + "); the manager is left out.");
                assertThat(warnings).filteredOn(w -> w.startsWith("The manager of user")).hasSize(5);
            }
        }
    }
}
