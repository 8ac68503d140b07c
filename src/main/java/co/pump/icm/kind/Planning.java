package co.pump.icm.kind;

import co.pump.icm.model.IdentityCenterConfig;

/**
 * What the planner tells a kind while it decides about one item: the choices made, what is known
 * about the target, and whether the items this one needs will exist. Implemented by the planner.
 */
public interface Planning {

    /** The snapshot after the account map: what the import aims for. */
    IdentityCenterConfig desired();

    /** The target as read for the plan. */
    IdentityCenterConfig target();

    /** True when an identity provider provisions the target's users and groups (SCIM): icm only matches them. */
    boolean identitiesFromProvider();

    /**
     * True when users disabled in the source are created anyway: AWS's API creates them enabled,
     * and they must be disabled in the console afterwards.
     */
    boolean includeDisabledUsers();

    /** True when existing items that differ are to be updated. */
    boolean updateExisting();

    /** The target organization's management account, or null when unknown. */
    String managementAccountId();

    /** True when the caller is the target's management account (not a delegated administrator). */
    boolean callerIsManagement();

    /** The management account of the organization the snapshot was exported from, or null. */
    String sourceManagementAccountId();

    /** Why access cannot be given in this account of the target, or null when it can. */
    String accountProblem(String accountId);

    /** True when the target's group with this name came from an identity provider. */
    boolean isProvisionedByIdentityProvider(String groupName);

    /** True when the target's permission set with this name reaches the management account. */
    boolean isProvisionedToManagementAccount(String permissionSetName);

    /**
     * Why an item this one refers to will not exist in the target after the import, e.g.
     * {@code group Admins will not exist in the target (deselected)}; null when it will.
     */
    String missing(Reference reference);

    /** Something to check before importing, about the change with this ID. */
    void warn(String changeId, String message);

    /** A value worked out once per plan (e.g. an index of the snapshot), under a name of the kind's own. */
    <V> V once(String name, java.util.function.Supplier<V> compute);
}
