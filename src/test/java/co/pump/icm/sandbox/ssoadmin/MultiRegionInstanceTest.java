package co.pump.icm.sandbox.ssoadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.pump.icm.sandbox.AwsCli;
import co.pump.icm.sandbox.Clients;
import co.pump.icm.sandbox.Sandbox;
import co.pump.icm.sandbox.SandboxOptions;
import co.pump.icm.sandbox.state.SandboxCredential;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssoadmin.model.InstanceMetadata;
import software.amazon.awssdk.services.ssoadmin.model.RegionMetadata;
import software.amazon.awssdk.services.ssoadmin.model.ValidationException;

/**
 * A multi-Region instance (primary eu-west-1, also eu-central-1): listed in each of its Regions
 * with its primary Region; its additional Region answers reads of the identity store and of the
 * instance, and refuses everything else.
 */
class MultiRegionInstanceTest {

    private static final String PRIMARY = "eu-west-1";
    private static final String ADDITIONAL = "eu-central-1";

    @TempDir
    Path home;

    private final SsoAdminFixture fx = new SsoAdminFixture();
    private Sandbox sandbox;
    private SandboxCredential key;

    @BeforeEach
    void start() {
        fx.instance.additionalRegions.put(ADDITIONAL, 1_750_000_000.0);
        sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(fx.world));
        key = fx.credential(fx.delegated);
    }

    @AfterEach
    void stop() {
        sandbox.close();
        assertThat(sandbox.stats().internalFailures()).as("sandbox bugs").isEmpty();
    }

    private SsoAdminClient admin(String region) {
        return Clients.ssoAdmin(sandbox, key, region);
    }

    private IdentitystoreClient identityStore(String region) {
        return Clients.identityStore(sandbox, key, region);
    }

    @Test
    void listInstancesNamesThePrimaryRegionAndEveryRegionInEachOfThem() {
        for (String region : new String[] {PRIMARY, ADDITIONAL}) {
            try (var admin = admin(region)) {
                InstanceMetadata instance = admin.listInstances(r -> { }).instances().get(0);
                assertThat(instance.instanceArn()).isEqualTo(fx.instance.arn);
                assertThat(instance.primaryRegion()).isEqualTo(PRIMARY);
                assertThat(instance.regions()).extracting(RegionMetadata::regionName, RegionMetadata::isPrimaryRegion,
                        RegionMetadata::statusAsString).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PRIMARY, true, "ACTIVE"),
                        org.assertj.core.groups.Tuple.tuple(ADDITIONAL, false, "ACTIVE"));
                assertThat(instance.regions().get(1).addedDate().getEpochSecond()).isEqualTo(1_750_000_000L);
            }
        }
        try (var admin = admin("us-east-1")) {
            assertThat(admin.listInstances(r -> { }).instances()).isEmpty();
        }
    }

    @Test
    void theAdditionalRegionReadsButRefusesWritesAndPermissionSets() {
        String store = fx.instance.identityStoreId;
        try (var admin = admin(ADDITIONAL); var identity = identityStore(ADDITIONAL)) {
            assertThat(admin.describeInstance(r -> r.instanceArn(fx.instance.arn)).identityStoreId()).isEqualTo(store);
            assertThat(identity.listUsers(r -> r.identityStoreId(store)).users()).hasSize(2);
            var refused = catchThrowableOfType(ValidationException.class, () -> admin.createPermissionSet(r -> r
                    .instanceArn(fx.instance.arn).name("ReadOnly")));
            assertThat(refused.awsErrorDetails().errorMessage()).isEqualTo("CreatePermissionSet is not supported in "
                    + "eu-central-1, an additional Region of the IAM Identity Center instance " + fx.instance.arn
                    + "; send it to the instance's primary Region eu-west-1.");
            assertThat(catchThrowableOfType(ValidationException.class, () -> admin.listPermissionSets(r -> r
                    .instanceArn(fx.instance.arn))).awsErrorDetails().errorMessage())
                    .startsWith("ListPermissionSets is not supported in eu-central-1");
            var write = catchThrowableOfType(software.amazon.awssdk.services.identitystore.model.ValidationException.class,
                    () -> identity.createGroup(r -> r.identityStoreId(store).displayName("Ops")));
            assertThat(write.awsErrorDetails().errorMessage()).startsWith("CreateGroup is not supported in eu-central-1");
        }
        try (var admin = admin(PRIMARY); var identity = identityStore(PRIMARY)) {
            admin.createPermissionSet(r -> r.instanceArn(fx.instance.arn).name("ReadOnly"));
            identity.createGroup(r -> r.identityStoreId(store).displayName("Ops"));
        }
    }

    @Test
    void theAwsCliSeesTheSameRules() {
        var cli = new AwsCli(sandbox, home);
        String store = fx.instance.identityStoreId;
        assertThat(cli.run(key, ADDITIONAL, "sso-admin", "list-instances").json().at("/Instances/0/InstanceArn")
                .asText()).isEqualTo(fx.instance.arn);
        assertThat(cli.run(key, ADDITIONAL, "identitystore", "list-groups", "--identity-store-id", store).json()
                .get("Groups")).hasSize(1);
        AwsCli.Result refused = cli.run(key, ADDITIONAL, "sso-admin", "create-permission-set", "--instance-arn",
                fx.instance.arn, "--name", "ReadOnly");
        assertThat(refused.errorCode()).isEqualTo("ValidationException");
        assertThat(refused.stderr()).contains("send it to the instance's primary Region eu-west-1");
        assertThat(cli.run(key, ADDITIONAL, "identitystore", "create-group", "--identity-store-id", store,
                "--display-name", "Ops").errorCode()).isEqualTo("ValidationException");
        assertThat(cli.run(key, PRIMARY, "identitystore", "create-group", "--identity-store-id", store,
                "--display-name", "Ops").json().get("GroupId").asText()).isNotEmpty();
    }
}
