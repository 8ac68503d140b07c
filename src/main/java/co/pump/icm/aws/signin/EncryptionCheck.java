package co.pump.icm.aws.signin;

import co.pump.icm.aws.ApiFamily;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.AwsProblems;
import co.pump.icm.aws.InstanceKey;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The who-am-I look at how the instance's data is encrypted ({@code sso:DescribeInstance}). A
 * customer managed KMS key gets a line of its own: its key policy, in the account that owns the
 * instance, decides whether the identity signed in may read and write users and groups at all.
 */
final class EncryptionCheck {

    private final AwsClients clients;
    private final AwsCallRunner runner;

    EncryptionCheck(AwsClients clients, AwsCallRunner runner) {
        this.clients = clients;
        this.runner = runner;
    }

    /**
     * Reads the encryption; when it is a customer managed key, tells the runner, so that a refusal
     * by AWS KMS in the later checks names the key.
     *
     * @return the encryption (null when it could not be read) and the line (null for an AWS owned key)
     */
    Checked<InstanceEncryption> run(IdentityCenterInstance instance) {
        String arn = instance.instanceArn();
        InstanceEncryption encryption;
        try {
            var details = runner.call(ApiFamily.SSO_ADMIN, "DescribeInstance", "instance " + arn,
                    () -> clients.ssoAdmin().describeInstance(r -> r.instanceArn(arn))).encryptionConfigurationDetails();
            encryption = details == null ? new InstanceEncryption("AWS_OWNED_KMS_KEY", null)
                    : new InstanceEncryption(details.keyTypeAsString(), details.kmsKeyArn());
        } catch (SdkException e) {
            return new Checked<>(null, Check.warning(WhoAmI.ENCRYPTION, "Could not read which KMS key encrypts the "
                    + "instance: " + AwsProblems.explain(e, ApiFamily.SSO_ADMIN, "DescribeInstance", "instance " + arn)
                    .getMessage()));
        }
        if (!encryption.customerManaged()) {
            return new Checked<>(encryption, null);
        }
        runner.instanceKey(new InstanceKey(encryption.kmsKeyArn(), instance.ownerAccountId()));
        return new Checked<>(encryption, Check.ok(WhoAmI.ENCRYPTION, "The instance's data is encrypted with the "
                + "customer managed KMS key " + encryption.kmsKeyArn() + " of account " + instance.ownerAccountId()
                + ". Its key policy must let the identity you signed in with use the key through IAM Identity "
                + "Center (docs/permissions.md); reading the users and groups shows whether it does."));
    }
}
