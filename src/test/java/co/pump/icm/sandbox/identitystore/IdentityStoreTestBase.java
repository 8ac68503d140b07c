package co.pump.icm.sandbox.identitystore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import co.pump.icm.sandbox.Clients;
import co.pump.icm.sandbox.Sandbox;
import co.pump.icm.sandbox.SandboxOptions;
import co.pump.icm.sandbox.TestWorld;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;

/** A sandbox over {@link TestWorld} and an Identity Store client of its management account. */
// The SDK's builder-consumer varargs (emails(e -> ...)) are generic arrays.
@SuppressWarnings("unchecked")
abstract class IdentityStoreTestBase {
    TestWorld t;
    Sandbox sandbox;
    IdentitystoreClient client;
    String store;

    SandboxOptions options() {
        return SandboxOptions.defaults();
    }

    @BeforeEach
    void startSandbox() {
        t = new TestWorld();
        sandbox = Sandbox.start(options().withWorld(t.world));
        client = Clients.identityStore(sandbox, t.management);
        store = t.storeId();
    }

    @AfterEach
    void stopSandbox() {
        client.close();
        sandbox.close();
        assertThat(sandbox.stats().internalFailures()).as("sandbox bugs").isEmpty();
    }

    String createUser(String userName) {
        return client.createUser(r -> r.identityStoreId(store).userName(userName).displayName(userName + " Example")
                .name(n -> n.givenName(userName).familyName("Example"))
                .emails(e -> e.value(userName + "@example.com").type("work").primary(true))).userId();
    }

    String createGroup(String displayName) {
        return client.createGroup(r -> r.identityStoreId(store).displayName(displayName)).groupId();
    }

    static String code(AwsServiceException e) {
        return e.awsErrorDetails().errorCode();
    }

    static String message(AwsServiceException e) {
        return e.awsErrorDetails().errorMessage();
    }
}
