package co.pump.icm.report;

/**
 * The IAM role one permission set gives in one account, before and after the migration: IAM
 * Identity Center creates a new role in each account, with the same name pattern and a new suffix
 * ({@code AWSReservedSSO_<permission set>_<suffix>}), so whatever names the old role stops matching.
 *
 * @param accountId         the account in the new organization
 * @param accountName       its name, or null
 * @param permissionSetName the permission set
 * @param oldRoleArn        the old role's ARN as a pattern (its suffix is not known)
 * @param newRoleArn        the new role's ARN as a sign-in during the Test step saw it, or null
 * @param newRolePattern    the new role's ARN as a pattern, until a sign-in sees it
 * @param status            whether the new role exists yet
 */
public record RoleChange(String accountId, String accountName, String permissionSetName, String oldRoleArn,
                         String newRoleArn, String newRolePattern, Status status) {

    /** Whether IAM Identity Center has made the new role in the account. */
    public enum Status {
        /** Assigned in the new instance (by this run, following, or already before): the role exists. */
        IN_PLACE,
        /** The account has not arrived in the new organization: the role comes with its assignments. */
        AWAITED,
        /** The import left these assignments alone; no new role until they are made. */
        NOT_ASSIGNED
    }
}
