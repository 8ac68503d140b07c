package co.pump.icm.sandbox.identitystore;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.KmsErrors;
import co.pump.icm.sandbox.RegionRules;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * Who may use an identity store: the account that administers its Identity Center instance (the
 * organization's management account or a delegated administrator for IAM Identity Center).
 */
final class StoreAccess {
    private StoreAccess() {
    }

    /**
     * The instance whose identity store {@code identityStoreId} is, when the caller may use it.
     * Call inside {@code synchronized (world)}.
     *
     * @throws AwsError AccessDeniedException when the caller's account does not administer that
     *                  store (whether or not it exists elsewhere: AWS authorizes against a resource
     *                  ARN in the caller's own account, so another account's store is just denied);
     *                  ResourceNotFoundException (IDENTITY_STORE) when the store is the caller's but
     *                  the request was signed for another region (unconfirmed on AWS)
     */
    static SandboxInstance resolve(SandboxWorld world, Caller caller, String identityStoreId, String operation) {
        SandboxInstance instance = world.instanceAdministeredBy(caller.accountId()).orElse(null);
        if (instance == null || !instance.identityStoreId.equals(identityStoreId)) {
            throw AwsError.accessDenied("User: " + caller.arn() + " is not authorized to perform: identitystore:"
                    + operation + " on resource: arn:aws:identitystore::" + caller.accountId() + ":identitystore/"
                    + identityStoreId);
        }
        if (!instance.servesRegion(caller.region())) {
            throw Errors.notFound("IDENTITY_STORE", identityStoreId);
        }
        RegionRules.requireSupported(caller, instance, "identitystore", operation);
        KmsErrors.requireUsable(instance, "identitystore");
        return instance;
    }
}
