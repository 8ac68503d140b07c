package co.pump.icm.aws;

import java.util.ArrayList;
import java.util.List;

import co.pump.icm.model.MigratorException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssoadmin.model.InstanceMetadata;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * Finds who is signed in and the IAM Identity Center instance they administer in the region, and
 * makes the run work where AWS accepts changes to it: in its primary Region.
 */
final class InstanceLocator {

    private final AwsClients clients;
    private final AwsCallRunner runner;

    InstanceLocator(AwsClients clients, AwsCallRunner runner) {
        this.clients = clients;
        this.runner = runner;
    }

    GetCallerIdentityResponse caller() {
        try {
            return runner.call(ApiFamily.STS, "GetCallerIdentity", "the signed-in identity",
                    () -> clients.sts().getCallerIdentity());
        } catch (SdkException e) {
            throw AwsProblems.explain(e, ApiFamily.STS, "GetCallerIdentity", "the signed-in identity");
        }
    }

    /**
     * Moves the clients to the instance's primary Region when the clients' region is another of
     * its Regions: a multi-Region instance accepts changes to users, groups, permission sets and
     * assignments there only (docs/aws-behaviour.md, "Multi-Region instances").
     *
     * @return a sentence saying so, or null when the clients were already there
     */
    String usePrimaryRegion(InstanceMetadata instance) {
        String primary = instance.primaryRegion();
        String asked = clients.region();
        if (primary == null || primary.isBlank() || primary.equals(asked)) {
            return null;
        }
        clients.useRegion(primary);
        return "The IAM Identity Center instance " + instance.instanceArn() + " is a multi-Region instance whose "
                + "primary Region is " + primary + "; " + asked + " is one of its additional Regions. The migrator reads and "
                + "writes in " + primary + ", the only Region where AWS accepts changes to users, groups, permission "
                + "sets and assignments.";
    }

    /**
     * The key that encrypts the instance's data ({@code DescribeInstance}), with the account that
     * owns the instance, so that a refusal by AWS KMS can be explained.
     */
    InstanceKey key(InstanceMetadata instance) {
        String arn = instance.instanceArn();
        try {
            var details = runner.call(ApiFamily.SSO_ADMIN, "DescribeInstance", "instance " + arn,
                    () -> clients.ssoAdmin().describeInstance(r -> r.instanceArn(arn)))
                    .encryptionConfigurationDetails();
            boolean customer = details != null && "CUSTOMER_MANAGED_KEY".equals(details.keyTypeAsString());
            return new InstanceKey(customer ? details.kmsKeyArn() : null, instance.ownerAccountId());
        } catch (SdkException e) {
            throw AwsProblems.explain(e, ApiFamily.SSO_ADMIN, "DescribeInstance", "instance " + arn);
        }
    }

    /**
     * The one instance the caller administers in the clients' region.
     *
     * @param instanceArn the instance to pick when there is more than one, or null
     */
    InstanceMetadata instance(String accountId, String instanceArn) {
        List<InstanceMetadata> instances = new ArrayList<>();
        try {
            Pages.each(runner, ApiFamily.SSO_ADMIN, "ListInstances", "account " + accountId,
                    token -> clients.ssoAdmin().listInstances(r -> r.nextToken(token).maxResults(100)),
                    page -> page.nextToken(), page -> instances.addAll(page.instances()));
        } catch (SdkException e) {
            throw AwsProblems.explain(e, ApiFamily.SSO_ADMIN, "ListInstances", "account " + accountId);
        }
        if (instanceArn != null) {
            return instances.stream().filter(i -> i.instanceArn().equals(instanceArn)).findFirst()
                    .orElseThrow(() -> new MigratorException(MigratorException.Kind.AWS_ACCESS,
                            "Account " + accountId + " does not administer the instance " + instanceArn + " in "
                                    + clients.region() + "."));
        }
        if (instances.isEmpty()) {
            throw new MigratorException(MigratorException.Kind.AWS_ACCESS,
                    "Account " + accountId + " administers no IAM Identity Center instance in " + clients.region()
                            + ". Check the region, and sign in to the organization's management account or its "
                            + "delegated administrator for IAM Identity Center.");
        }
        if (instances.size() > 1) {
            throw new MigratorException(MigratorException.Kind.BAD_INPUT,
                    "Account " + accountId + " administers " + instances.size() + " IAM Identity Center instances in "
                            + clients.region() + "; choose one with --instance-arn: "
                            + String.join(", ", instances.stream().map(InstanceMetadata::instanceArn).toList()));
        }
        return instances.get(0);
    }
}
