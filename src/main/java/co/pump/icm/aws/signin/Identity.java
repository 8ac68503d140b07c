package co.pump.icm.aws.signin;

import java.util.List;

/**
 * Who is signed in and what they can do for the migration, as the sign-in steps show it: the
 * facts, and the checklist that explains them ({@link #checks()}).
 *
 * @param accountId       the signed-in account, or null when the credentials were refused
 * @param arn             the signed-in IAM identity, or null
 * @param region          the region of the instance, or else the region asked for (may be null)
 * @param organization    the account's organization, or null when not in one or it could not be read
 * @param instance        the IAM Identity Center instance the account administers, or null
 * @param users           users visible in the instance's identity store, or null when not read
 * @param groups          groups visible, or null when not read
 * @param checks          the checklist, in order: credentials, organization, IAM Identity Center, encryption
 *                        (only for a customer managed KMS key, or when it could not be read), users and groups
 */
public record Identity(String accountId, String arn, String region, AwsOrganization organization,
                       IdentityCenterInstance instance, VisibleCount users, VisibleCount groups, List<Check> checks) {

    public Identity {
        checks = List.copyOf(checks);
    }

    /** True when AWS accepted the credentials. */
    public boolean signedIn() {
        return accountId != null;
    }

    /**
     * True when the account is its organization's management account (from the organization,
     * or, when that could not be read, from the owner of the instance it administers).
     */
    public boolean isManagementAccount() {
        if (accountId == null) {
            return false;
        }
        if (organization != null) {
            return accountId.equals(organization.managementAccountId());
        }
        return instance != null && accountId.equals(instance.ownerAccountId());
    }

    /** True when no check is a problem. */
    public boolean ok() {
        return checks.stream().noneMatch(Check::isProblem);
    }

    public List<Check> problems() {
        return checks.stream().filter(Check::isProblem).toList();
    }
}
