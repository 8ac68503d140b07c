package co.pump.icm.sandbox.ssoadmin;

import java.util.Optional;
import java.util.Set;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.KmsErrors;
import co.pump.icm.sandbox.RegionRules;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * Who may do what to an instance. An account may use the instance of its organization when it is
 * the organization's management account or a delegated administrator for IAM Identity Center; any
 * other instance ARN is AccessDenied. A delegated administrator additionally may not touch what
 * belongs to the management account: assignments in it, and permission sets provisioned to it
 * (docs/aws-behaviour.md, "Account assignments and provisioning"; it can still list and describe them).
 *
 * <p>Denials use the message AWS sends on the wire (observed; same section): {@code User: <caller arn>
 * is not authorized to perform: sso:<Operation> on resource: <arn>}.
 */
final class InstanceAccess {

    private final SandboxWorld world;

    InstanceAccess(SandboxWorld world) {
        this.world = world;
    }

    /**
     * The instance the caller administers, if any. An instance lives in its primary Region and, when
     * it is a multi-Region instance, in its additional Regions: a request signed for any other
     * region does not see it (ListInstances is empty there, as the CLI shows in a wrong region),
     * and its ARN is then denied like any other (unconfirmed on AWS).
     */
    Optional<SandboxInstance> administered(Caller caller) {
        return world.instanceAdministeredBy(caller.accountId()).filter(i -> i.servesRegion(caller.region()));
    }

    /**
     * The instance named by {@code instanceArn}, when the caller administers it; AccessDenied
     * otherwise. In an additional Region only what AWS answers there is allowed
     * ({@link RegionRules}); and everything but DescribeInstance uses the instance's data, so it
     * fails when AWS KMS refuses the instance's key ({@link KmsErrors}).
     */
    SandboxInstance instance(Caller caller, String operation, String instanceArn) {
        SandboxInstance instance = administered(caller).filter(i -> i.arn.equals(instanceArn))
                .orElseThrow(() -> denied(caller, operation, instanceArn));
        RegionRules.requireSupported(caller, instance, "sso-admin", operation);
        if (!"DescribeInstance".equals(operation)) {
            KmsErrors.requireUsable(instance, "sso-admin");
        }
        return instance;
    }

    /** True when the caller is a delegated administrator rather than the management account. */
    boolean isDelegatedAdministrator(Caller caller, SandboxInstance instance) {
        return !caller.accountId().equals(instance.ownerAccountId);
    }

    /**
     * Refuses a delegated administrator any change to a permission set provisioned to the
     * management account (update, delete, policies, tags, provisioning, assignments).
     */
    void requireMayChange(Caller caller, String operation, SandboxInstance instance, String permissionSetArn) {
        if (isDelegatedAdministrator(caller, instance)
                && instance.provisionedTo.getOrDefault(permissionSetArn, Set.of()).contains(instance.ownerAccountId)) {
            throw denied(caller, operation, permissionSetArn);
        }
    }

    /**
     * Refuses a delegated administrator anything that targets the management account. The observed
     * denial names the permission set as the resource (docs/aws-behaviour.md).
     */
    void requireMayTarget(Caller caller, String operation, SandboxInstance instance, String permissionSetArn,
                          String accountId) {
        if (isDelegatedAdministrator(caller, instance) && instance.ownerAccountId.equals(accountId)) {
            throw denied(caller, operation, permissionSetArn);
        }
    }

    /**
     * Requires {@code accountId} to be an account of the organization that owns the instance.
     *
     * <p>AWS's answer for an account outside the organization is not documented. The sandbox answers
     * ValidationException rather than AccessDenied: the caller is allowed to use the instance, it is
     * the target that can never be valid for it, and retrying or granting permissions would not help.
     * The wording is the sandbox's own.
     */
    void requireMemberAccount(SandboxInstance instance, String accountId) {
        boolean member = world.organizationOf(instance.ownerAccountId)
                .map(org -> org.accountIds.contains(accountId))
                .orElse(false);
        if (!member) {
            throw AwsError.validation("The account " + accountId
                    + " is not a member of the organization that owns the instance " + instance.arn + ".");
        }
    }

    static AwsError denied(Caller caller, String operation, String resource) {
        return AwsError.accessDenied("User: " + caller.arn() + " is not authorized to perform: sso:" + operation
                + " on resource: " + resource);
    }
}
