package co.pump.icm.sandbox.ssoadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.pump.icm.model.Group;
import co.pump.icm.model.Origin;
import co.pump.icm.sandbox.AwsCli;
import co.pump.icm.sandbox.Clients;
import co.pump.icm.sandbox.FaultOptions;
import co.pump.icm.sandbox.Sandbox;
import co.pump.icm.sandbox.SandboxOptions;
import co.pump.icm.sandbox.state.SandboxCredential;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssoadmin.model.PrincipalType;
import software.amazon.awssdk.services.ssoadmin.model.ProvisionTargetType;
import software.amazon.awssdk.services.ssoadmin.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.ssoadmin.model.TargetType;
import software.amazon.awssdk.services.ssoadmin.model.ThrottlingException;

/**
 * IAM Identity Center's limits as the AWS SDK for Java and the AWS CLI see them: throttling per
 * Identity Store operation and shared by sso-admin, 15 outstanding assignment creations, 3
 * provisioning requests at once, 100 groups per permission set and account.
 */
class LimitsThroughClientsTest {

    private static final String REGION = "eu-west-1";

    @TempDir
    Path home;

    private final SsoAdminFixture fx = new SsoAdminFixture();
    private Sandbox sandbox;
    private SandboxCredential key;
    private SsoAdminClient admin;

    private void start(FaultOptions faults) {
        sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(fx.world).withFaults(faults)
                .withAssignmentDelay(SsoAdminFixture.DELAY));
        key = fx.credential(fx.management);
        admin = Clients.ssoAdmin(sandbox, key, REGION);
    }

    @AfterEach
    void stop() {
        if (admin != null) {
            admin.close();
        }
        sandbox.close();
        assertThat(sandbox.stats().internalFailures()).as("sandbox bugs").isEmpty();
    }

    @Test
    void identityStoreIsThrottledPerOperationAndSsoAdminAsAWhole() {
        // One token per bucket, refilled after 100 seconds: far longer than the CLI takes to start, even on a
        // busy machine.
        start(FaultOptions.none().withTps(0.01));
        String store = fx.instance.identityStoreId;
        try (IdentitystoreClient identity = Clients.identityStore(sandbox, key, REGION)) {
            identity.listUsers(r -> r.identityStoreId(store));
            var throttled = catchThrowableOfType(
                    software.amazon.awssdk.services.identitystore.model.ThrottlingException.class,
                    () -> identity.listUsers(r -> r.identityStoreId(store)));
            assertThat(throttled.isThrottlingException()).isTrue();
            assertThat(identity.listGroups(r -> r.identityStoreId(store)).groups()).hasSize(1);
        }
        admin.listInstances(r -> { });
        assertThat(catchThrowableOfType(ThrottlingException.class,
                () -> admin.listPermissionSets(r -> r.instanceArn(fx.instance.arn))).isThrottlingException()).isTrue();

        var cli = new AwsCli(sandbox, home);
        assertThat(cli.run(key, REGION, "identitystore", "list-group-memberships-for-member", "--identity-store-id",
                store, "--member-id", "UserId=" + fx.alice).json().get("GroupMemberships")).isEmpty();
        assertThat(cli.run(key, REGION, "identitystore", "list-group-memberships-for-member", "--identity-store-id",
                store, "--member-id", "UserId=" + fx.alice).errorCode()).isEqualTo("ThrottlingException");
        assertThat(cli.run(key, REGION, "identitystore", "describe-user", "--identity-store-id", store,
                "--user-id", fx.alice).json().get("UserName").asText()).isEqualTo("alice");
        assertThat(cli.run(key, REGION, "sso-admin", "list-account-assignment-creation-status", "--instance-arn",
                fx.instance.arn).errorCode()).isEqualTo("ThrottlingException");
    }

    @Test
    void aSixteenthOutstandingCreationIsThrottled() {
        start(FaultOptions.none());
        String arn = createPermissionSet("Bulk");
        List<String> users = users(16);
        for (int i = 0; i < 15; i++) {
            assign(arn, PrincipalType.USER, users.get(i));
        }
        var throttled = catchThrowableOfType(ThrottlingException.class, () -> assign(arn, PrincipalType.USER,
                users.get(15)));
        assertThat(throttled.awsErrorDetails().errorMessage())
                .isEqualTo("There are too many requests processing. Please try again later.");

        AwsCli.Result cli = new AwsCli(sandbox, home).run(key, REGION, "sso-admin", "create-account-assignment",
                "--instance-arn", fx.instance.arn, "--target-id", SsoAdminFixture.MEMBER_2, "--target-type",
                "AWS_ACCOUNT", "--permission-set-arn", arn, "--principal-type", "USER", "--principal-id", users.get(15));
        assertThat(cli.errorCode()).isEqualTo("ThrottlingException");
        assertThat(cli.stderr()).contains("There are too many requests processing. Please try again later.");
    }

    @Test
    void aFourthProvisioningAtOnceIsThrottled() {
        start(FaultOptions.none());
        List<String> sets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sets.add(createPermissionSet("Set" + i));
        }
        for (int i = 0; i < 3; i++) {
            String arn = sets.get(i);
            admin.provisionPermissionSet(r -> r.instanceArn(fx.instance.arn).permissionSetArn(arn)
                    .targetType(ProvisionTargetType.AWS_ACCOUNT).targetId(SsoAdminFixture.MEMBER_2));
        }
        var throttled = catchThrowableOfType(ThrottlingException.class, () -> admin.provisionPermissionSet(r -> r
                .instanceArn(fx.instance.arn).permissionSetArn(sets.get(3)).targetType(ProvisionTargetType.AWS_ACCOUNT)
                .targetId(SsoAdminFixture.MEMBER_2)));
        assertThat(throttled.awsErrorDetails().errorMessage())
                .isEqualTo("There are too many requests processing. Please try again later.");
        AwsCli.Result cli = new AwsCli(sandbox, home).run(key, REGION, "sso-admin", "provision-permission-set",
                "--instance-arn", fx.instance.arn, "--permission-set-arn", sets.get(3), "--target-type", "AWS_ACCOUNT",
                "--target-id", SsoAdminFixture.MEMBER_2);
        assertThat(cli.errorCode()).isEqualTo("ThrottlingException");

        fx.advance(SsoAdminFixture.DELAY);
        assertThat(admin.provisionPermissionSet(r -> r.instanceArn(fx.instance.arn).permissionSetArn(sets.get(3))
                .targetType(ProvisionTargetType.AWS_ACCOUNT).targetId(SsoAdminFixture.MEMBER_2))
                .permissionSetProvisioningStatus().statusAsString()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void aHundredAndFirstGroupForOnePermissionSetInOneAccountIsRefused() {
        start(FaultOptions.none());
        String arn = createPermissionSet("Shared");
        List<String> groups = groups(101);
        for (int i = 0; i < 100; i++) {
            assign(arn, PrincipalType.GROUP, groups.get(i));
            if (i % 15 == 14) {
                fx.advance(SsoAdminFixture.DELAY);
            }
        }
        fx.advance(SsoAdminFixture.DELAY);
        var refused = catchThrowableOfType(ServiceQuotaExceededException.class, () -> assign(arn, PrincipalType.GROUP,
                groups.get(100)));
        assertThat(refused.awsErrorDetails().errorMessage()).isEqualTo("The permission set " + arn + " is already "
                + "assigned to 100 groups in account 444444444444; at most 100 groups may be assigned one permission set "
                + "in one account.");
        AwsCli.Result cli = new AwsCli(sandbox, home).run(key, REGION, "sso-admin", "create-account-assignment",
                "--instance-arn", fx.instance.arn, "--target-id", SsoAdminFixture.MEMBER_2, "--target-type",
                "AWS_ACCOUNT", "--permission-set-arn", arn, "--principal-type", "GROUP", "--principal-id",
                groups.get(100));
        assertThat(cli.errorCode()).isEqualTo("ServiceQuotaExceededException");

        // Users do not count, another account has its own hundred, and a group assigned again adds nothing.
        assign(arn, PrincipalType.USER, fx.alice);
        assign(arn, PrincipalType.GROUP, groups.get(0));
        admin.createAccountAssignment(r -> r.instanceArn(fx.instance.arn).targetId(SsoAdminFixture.MEMBER_1)
                .targetType(TargetType.AWS_ACCOUNT).permissionSetArn(arn).principalType(PrincipalType.GROUP)
                .principalId(groups.get(100)));
    }

    private String createPermissionSet(String name) {
        return admin.createPermissionSet(r -> r.instanceArn(fx.instance.arn).name(name)).permissionSet()
                .permissionSetArn();
    }

    private void assign(String arn, PrincipalType type, String principal) {
        admin.createAccountAssignment(r -> r.instanceArn(fx.instance.arn).targetId(SsoAdminFixture.MEMBER_2)
                .targetType(TargetType.AWS_ACCOUNT).permissionSetArn(arn).principalType(type).principalId(principal));
    }

    private List<String> users(int count) {
        var ids = new ArrayList<String>();
        synchronized (fx.world) {
            for (int i = 0; i < count; i++) {
                String id = fx.world.ids().resourceId(fx.instance.identityStoreId);
                fx.instance.users.put(id, fx.instance.users.get(fx.alice));
                ids.add(id);
            }
        }
        return ids;
    }

    private List<String> groups(int count) {
        var ids = new ArrayList<String>();
        synchronized (fx.world) {
            for (int i = 0; i < count; i++) {
                String id = fx.world.ids().resourceId(fx.instance.identityStoreId);
                fx.instance.groups.put(id, new Group("Team" + i, null, List.of(), Origin.of(id)));
                ids.add(id);
            }
        }
        return ids;
    }
}
