package co.pump.icm.sandbox.ssoadmin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.sandbox.state.SandboxAccount;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * Provisions a permission set to an account, as IAM Identity Center does when an assignment is
 * created or ProvisionPermissionSet runs: the account gets an IAM role named
 * {@code AWSReservedSSO_<PermissionSetName>_<16 hex>} (observed; docs/aws-behaviour.md) carrying the
 * policies. A customer managed policy, referenced directly or as the boundary, must already exist
 * in the account, or provisioning fails (docs/aws-behaviour.md, "Account assignments and
 * provisioning"). Deleting a permission set's last assignment in an account removes it from that
 * account again ({@link #deprovision}).
 */
final class Provisioner {

    private final SandboxWorld world;

    Provisioner(SandboxWorld world) {
        this.world = world;
    }

    /**
     * Provisions {@code set} to {@code accountId}.
     *
     * @return null on success, or the FailureReason. AWS's reason texts start with
     *         {@code Received a 404 status error:} (observed; docs/aws-behaviour.md); what follows is
     *         reconstructed, as no observed reason for a missing policy was found.
     */
    String provision(SandboxInstance instance, String permissionSetArn, PermissionSet set, String accountId) {
        SandboxAccount account = world.accounts.get(accountId);
        if (account == null) {
            return "Received a 404 status error: AWS account " + accountId + " not found.";
        }
        for (CustomerManagedPolicyReference reference : requiredPolicies(set)) {
            if (!account.customerManagedPolicies.contains(reference.qualifiedName())) {
                return "Received a 404 status error: Customer managed policy " + reference.qualifiedName()
                        + " does not exist in account " + accountId + ".";
            }
        }
        instance.provisionedTo.computeIfAbsent(permissionSetArn, arn -> new LinkedHashSet<>()).add(accountId);
        if (!account.provisionedRoles.containsValue(permissionSetArn)) {
            account.provisionedRoles.put("AWSReservedSSO_" + set.name() + "_" + world.ids().hex(16), permissionSetArn);
        }
        return null;
    }

    /**
     * Removes a permission set from an account: it is no longer provisioned there and its role is
     * gone from the account. Once it is provisioned nowhere, it is not outdated anywhere either.
     */
    void deprovision(SandboxInstance instance, String permissionSetArn, String accountId) {
        Set<String> accounts = instance.provisionedTo.get(permissionSetArn);
        if (accounts != null) {
            accounts.remove(accountId);
            if (accounts.isEmpty()) {
                instance.provisionedTo.remove(permissionSetArn);
                instance.outdatedPermissionSets.remove(permissionSetArn);
            }
        }
        SandboxAccount account = world.accounts.get(accountId);
        if (account != null) {
            account.provisionedRoles.values().removeIf(permissionSetArn::equals);
        }
    }

    private static List<CustomerManagedPolicyReference> requiredPolicies(PermissionSet set) {
        List<CustomerManagedPolicyReference> references = new ArrayList<>(set.customerManagedPolicies());
        if (set.permissionsBoundary() != null && set.permissionsBoundary().customerManagedPolicyReference() != null) {
            references.add(set.permissionsBoundary().customerManagedPolicyReference());
        }
        return references;
    }
}
