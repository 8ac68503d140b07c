package co.pump.icm.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.identitystore.model.AccessDeniedException;
import software.amazon.awssdk.services.sts.model.StsException;

/** A policy set for an access key: what it names works, anything else is AccessDenied in AWS's words. */
class PolicyEnforcementTest {
    private final TestWorld t = new TestWorld();
    private Sandbox sandbox;

    @BeforeEach
    void start() {
        t.world.policies.put(t.management.accessKeyId(), Set.of("identitystore:ListUsers"));
        sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(t.world));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void allowsOnlyTheActionsOfThePolicy() {
        var store = Clients.identityStore(sandbox, t.management);
        assertThat(store.listUsers(r -> r.identityStoreId(t.storeId())).users()).isEmpty();
        assertThatThrownBy(() -> store.createGroup(r -> r.identityStoreId(t.storeId()).displayName("Admins")))
                .isInstanceOfSatisfying(AccessDeniedException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("User: " + t.management.arn()
                            + " is not authorized to perform: identitystore:CreateGroup on resource: "
                            + "arn:aws:identitystore::" + t.management.accountId() + ":identitystore/" + t.storeId()
                            + " because no identity-based policy allows the identitystore:CreateGroup action");
                });
        assertThat(t.instance.groups).isEmpty();
    }

    @Test
    void getCallerIdentityIsAlwaysAllowedAndOtherStsActionsAreNot() {
        var sts = Clients.sts(sandbox, Clients.credentials(t.management));
        assertThat(sts.getCallerIdentity().arn()).isEqualTo(t.management.arn());
        String roleArn = "arn:aws:iam::" + t.management.accountId() + ":role/Admin";
        assertThatThrownBy(() -> sts.assumeRole(r -> r.roleArn(roleArn).roleSessionName("s1")))
                .isInstanceOfSatisfying(StsException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("User: " + t.management.arn()
                            + " is not authorized to perform: sts:AssumeRole on resource: " + roleArn
                            + " because no identity-based policy allows the sts:AssumeRole action");
                });
    }

    @Test
    void keysWithoutAPolicyMayDoEverything() {
        var store = Clients.identityStore(sandbox, t.delegatedAdmin);
        assertThat(store.createGroup(r -> r.identityStoreId(t.storeId()).displayName("Admins")).groupId()).isNotBlank();
        assertThat(sandbox.stats().internalFailures()).isEmpty();
    }
}
