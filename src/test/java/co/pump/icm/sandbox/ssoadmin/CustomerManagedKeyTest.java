package co.pump.icm.sandbox.ssoadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.pump.icm.sandbox.AwsCli;
import co.pump.icm.sandbox.Clients;
import co.pump.icm.sandbox.Sandbox;
import co.pump.icm.sandbox.SandboxOptions;
import co.pump.icm.sandbox.state.KmsRefusal;
import co.pump.icm.sandbox.state.SandboxCredential;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssoadmin.model.KmsKeyType;

/**
 * An instance encrypted with a customer managed KMS key: DescribeInstance names it, and when AWS
 * KMS refuses it every request that uses the instance's data fails with the error and KMS reason
 * of each service's model.
 */
class CustomerManagedKeyTest {

    static final String KEY = "arn:aws:kms:eu-west-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    @TempDir
    Path home;

    private final SsoAdminFixture fx = new SsoAdminFixture();
    private Sandbox sandbox;
    private SandboxCredential key;
    private SsoAdminClient admin;
    private IdentitystoreClient identity;

    @BeforeEach
    void start() {
        fx.instance.kmsKeyArn = KEY;
        sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(fx.world));
        key = fx.credential(fx.delegated);
        admin = Clients.ssoAdmin(sandbox, key, "eu-west-1");
        identity = Clients.identityStore(sandbox, key, "eu-west-1");
    }

    @AfterEach
    void stop() {
        admin.close();
        identity.close();
        sandbox.close();
        assertThat(sandbox.stats().internalFailures()).as("sandbox bugs").isEmpty();
    }

    private void refuse(KmsRefusal refusal) {
        synchronized (fx.world) {
            fx.instance.kmsRefusal = refusal;
        }
    }

    @Test
    void describeInstanceNamesTheKey() {
        var details = admin.describeInstance(r -> r.instanceArn(fx.instance.arn)).encryptionConfigurationDetails();
        assertThat(details.keyType()).isEqualTo(KmsKeyType.CUSTOMER_MANAGED_KEY);
        assertThat(details.kmsKeyArn()).isEqualTo(KEY);
        assertThat(details.encryptionStatusAsString()).isEqualTo("ENABLED");
        synchronized (fx.world) {
            fx.instance.kmsKeyArn = null;
        }
        var owned = admin.describeInstance(r -> r.instanceArn(fx.instance.arn)).encryptionConfigurationDetails();
        assertThat(owned.keyType()).isEqualTo(KmsKeyType.AWS_OWNED_KMS_KEY);
        assertThat(owned.kmsKeyArn()).isNull();
    }

    @Test
    void eachRefusalReachesTheSdkWithItsModelledReason() {
        String store = fx.instance.identityStoreId;
        assertRefusal(KmsRefusal.ACCESS_DENIED,
                software.amazon.awssdk.services.identitystore.model.AccessDeniedException.class, "KMS_ACCESS_DENIED",
                software.amazon.awssdk.services.ssoadmin.model.AccessDeniedException.class, "KMS_AccessDeniedException",
                "AWS KMS denied the use of the KMS key " + KEY + ".");
        assertRefusal(KmsRefusal.DISABLED,
                software.amazon.awssdk.services.identitystore.model.ValidationException.class, "KMS_DISABLED",
                software.amazon.awssdk.services.ssoadmin.model.ValidationException.class, "KMS_DisabledException",
                "The KMS key " + KEY + " is disabled.");
        assertRefusal(KmsRefusal.INVALID_STATE,
                software.amazon.awssdk.services.identitystore.model.ValidationException.class, "KMS_INVALID_STATE",
                software.amazon.awssdk.services.ssoadmin.model.ValidationException.class, "KMS_InvalidStateException",
                "The KMS key " + KEY + " is not in a state that allows its use.");
        assertRefusal(KmsRefusal.INVALID_KEY_USAGE,
                software.amazon.awssdk.services.identitystore.model.ValidationException.class, "KMS_INVALID_KEY_USAGE",
                software.amazon.awssdk.services.ssoadmin.model.ValidationException.class, "KMS_InvalidKeyUsageException",
                "The KMS key " + KEY + " cannot be used to encrypt and decrypt.");
        assertRefusal(KmsRefusal.KEY_NOT_FOUND,
                software.amazon.awssdk.services.identitystore.model.ResourceNotFoundException.class, "KMS_KEY_NOT_FOUND",
                software.amazon.awssdk.services.ssoadmin.model.ResourceNotFoundException.class, "KMS_NotFoundException",
                "The KMS key " + KEY + " was not found.");
        assertRefusal(KmsRefusal.THROTTLING,
                software.amazon.awssdk.services.identitystore.model.ThrottlingException.class, "KMS_THROTTLING",
                software.amazon.awssdk.services.ssoadmin.model.ThrottlingException.class, "KMS_ThrottlingException",
                "AWS KMS is throttling requests for the KMS key " + KEY + ".");
        // Finding the instance and its key does not need the key.
        assertThat(admin.listInstances(r -> { }).instances()).hasSize(1);
        assertThat(admin.describeInstance(r -> r.instanceArn(fx.instance.arn)).identityStoreId()).isEqualTo(store);
    }

    private void assertRefusal(KmsRefusal refusal, Class<?> identityError, String identityReason, Class<?> adminError,
                               String adminReason, String message) {
        refuse(refusal);
        Throwable fromIdentity = catchThrowable(() -> identity.listUsers(r -> r.identityStoreId(fx.instance.identityStoreId)));
        assertThat(fromIdentity).isInstanceOf(identityError).hasMessageStartingWith(message);
        assertThat(reason(fromIdentity)).isEqualTo(identityReason);
        Throwable fromAdmin = catchThrowable(() -> admin.listPermissionSets(r -> r.instanceArn(fx.instance.arn)));
        assertThat(fromAdmin).isInstanceOf(adminError).hasMessageStartingWith(message);
        assertThat(reason(fromAdmin)).isEqualTo(adminReason);
    }

    /** The modelled Reason member of an SDK exception. */
    private static String reason(Throwable error) {
        try {
            return (String) error.getClass().getMethod("reasonAsString").invoke(error);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(error.getClass() + " has no Reason", e);
        }
    }

    @Test
    void theAwsCliSeesTheKeyAndItsRefusal() {
        var cli = new AwsCli(sandbox, home);
        cli.requireKnows("sso-admin", "describe-instance", "EncryptionConfigurationDetails");
        assertThat(cli.run(key, "eu-west-1", "sso-admin", "describe-instance", "--instance-arn", fx.instance.arn)
                .json().at("/EncryptionConfigurationDetails/KmsKeyArn").asText()).isEqualTo(KEY);
        refuse(KmsRefusal.DISABLED);
        AwsCli.Result refused = cli.run(key, "eu-west-1", "identitystore", "list-users", "--identity-store-id",
                fx.instance.identityStoreId);
        assertThat(refused.errorCode()).isEqualTo("ValidationException");
        assertThat(refused.stderr()).contains("The KMS key " + KEY + " is disabled.");
    }
}
