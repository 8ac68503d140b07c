package co.pump.icm.sandbox.ssoadmin;

import java.util.Set;
import java.util.function.Consumer;

import co.pump.icm.model.PermissionSet;
import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.state.SandboxInstance;

/**
 * Finding and changing the permission sets an instance holds. Changes replace the record, and a
 * change that reaches the IAM roles (fields, policies, boundary; not tags, which AWS keeps on the
 * permission set only) marks a provisioned permission set outdated until it is provisioned again.
 */
final class PermissionSetRecords {

    /** AWS's quota of AWS managed plus customer managed policies per permission set (not adjustable). */
    static final int MAX_ATTACHED_POLICIES = 20;

    private PermissionSetRecords() {
    }

    /** The permission set, or ResourceNotFoundException (wording reconstructed, not observed). */
    static PermissionSet require(SandboxInstance instance, String permissionSetArn) {
        PermissionSet set = instance.permissionSets.get(permissionSetArn);
        if (set == null) {
            throw AwsError.notFound("Could not find PermissionSet with PermissionSetArn " + permissionSetArn + ".");
        }
        return set;
    }

    /** Applies a change that the account roles must pick up through ProvisionPermissionSet. */
    static void change(SandboxInstance instance, String permissionSetArn, Consumer<PermissionSetDraft> edit) {
        replace(instance, permissionSetArn, edit);
        if (!instance.provisionedTo.getOrDefault(permissionSetArn, Set.of()).isEmpty()) {
            instance.outdatedPermissionSets.add(permissionSetArn);
        }
    }

    /** Applies a change to the permission set's tags, which provisioning does not carry. */
    static void changeTags(SandboxInstance instance, String permissionSetArn, Consumer<PermissionSetDraft> edit) {
        replace(instance, permissionSetArn, edit);
    }

    /** AWS managed policies plus customer managed policy references attached. */
    static int attachedPolicies(PermissionSet set) {
        return set.managedPolicies().size() + set.customerManagedPolicies().size();
    }

    private static void replace(SandboxInstance instance, String permissionSetArn, Consumer<PermissionSetDraft> edit) {
        PermissionSetDraft draft = new PermissionSetDraft(require(instance, permissionSetArn));
        edit.accept(draft);
        instance.permissionSets.put(permissionSetArn, draft.build());
    }
}
