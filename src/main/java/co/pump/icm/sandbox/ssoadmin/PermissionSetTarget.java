package co.pump.icm.sandbox.ssoadmin;

import co.pump.icm.model.PermissionSet;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.state.SandboxInstance;

/**
 * The permission set a request names, found in the instance the caller administers: AccessDenied
 * for another instance, ResourceNotFound for an unknown permission set.
 */
record PermissionSetTarget(SandboxInstance instance, String arn, PermissionSet set) {

    /** For reading: any administrator may list and describe. */
    static PermissionSetTarget find(InstanceAccess access, Caller caller, String operation, String instanceArn,
                                    String permissionSetArn) {
        SandboxInstance instance = access.instance(caller, operation, instanceArn);
        return new PermissionSetTarget(instance, permissionSetArn,
                PermissionSetRecords.require(instance, permissionSetArn));
    }

    /** For changing: a delegated administrator may not change one provisioned to the management account. */
    static PermissionSetTarget forChange(InstanceAccess access, Caller caller, String operation, String instanceArn,
                                         String permissionSetArn) {
        PermissionSetTarget target = find(access, caller, operation, instanceArn, permissionSetArn);
        access.requireMayChange(caller, operation, target.instance, permissionSetArn);
        return target;
    }

    /** Epoch seconds of creation. */
    double createdDate() {
        return instance.permissionSetCreated.getOrDefault(arn, instance.createdDate);
    }
}
