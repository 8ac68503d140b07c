package co.pump.icm.aws.signin;

import co.pump.icm.model.MigratorException;

/**
 * Whether two signed-in identities can play their parts in a migration: the source must hold the
 * current IAM Identity Center instance (its organization's management account or delegated
 * administrator); the target must administer an instance in a different organization. The same
 * account, the same organization or the same instance on both sides is refused, with why.
 */
public final class MigrationRoles {

    public static final String SOURCE = "Current organization";
    public static final String TARGET = "New organization";

    private MigrationRoles() {
    }

    /** The checklist line for the account to export from. */
    public static Check source(Identity source) {
        if (!source.signedIn()) {
            return Check.problem(SOURCE, "Sign in to the current organization's management account first.");
        }
        IdentityCenterInstance instance = source.instance();
        if (instance == null) {
            return Check.problem(SOURCE, "Account " + source.accountId() + " holds no IAM Identity Center instance, "
                    + "so there is nothing to export from it. Sign in to the current organization's management "
                    + "account (or its delegated administrator for IAM Identity Center).");
        }
        return Check.ok(SOURCE, "Account " + source.accountId() + " can export the instance "
                + instance.instanceArn() + " in " + instance.region() + ", as " + article(instance.role())
                + instance.role().label() + ".");
    }

    /** The checklist line for the account to import into, given the account exported from. */
    public static Check target(Identity target, Identity source) {
        if (!target.signedIn()) {
            return Check.problem(TARGET, "Sign in to the new organization's delegated administrator account first.");
        }
        if (source.signedIn() && target.accountId().equals(source.accountId())) {
            return Check.problem(TARGET, "You signed in to account " + target.accountId() + " for both the current "
                    + "and the new organization. Sign in to the delegated administrator account of the new "
                    + "organization, which Pump gave you.");
        }
        String sameOrganization = sameOrganization(target, source);
        if (sameOrganization != null) {
            return Check.problem(TARGET, "Account " + target.accountId() + " is in the same organization as account "
                    + source.accountId() + " (" + sameOrganization + "). The import goes to a different organization: "
                    + "sign in to the delegated administrator account of the new organization, which Pump gave you.");
        }
        IdentityCenterInstance instance = target.instance();
        if (instance == null) {
            return Check.problem(TARGET, "Account " + target.accountId() + " administers no IAM Identity Center "
                    + "instance, so there is nothing to import into. Sign in to the delegated administrator account "
                    + "of the new organization.");
        }
        if (instance.role() == AdminRole.MANAGEMENT_ACCOUNT) {
            return Check.warning(TARGET, "Account " + target.accountId() + " is the new organization's management "
                    + "account. The import works from here, but Pump expects you to use the delegated administrator "
                    + "account it gave you.");
        }
        return Check.ok(TARGET, "Account " + target.accountId() + " can import into the instance "
                + instance.instanceArn() + " in " + instance.region() + ", as delegated administrator.");
    }

    /**
     * @throws MigratorException (bad input) with the line's sentence unless the source can export
     */
    public static void requireSource(Identity source) {
        requireNoProblem(source(source));
    }

    /**
     * @throws MigratorException (bad input) with the line's sentence unless the target can import
     */
    public static void requireTarget(Identity target, Identity source) {
        requireNoProblem(target(target, source));
    }

    /** How the two are known to share an organization, or null when they are not (or it cannot be told). */
    private static String sameOrganization(Identity target, Identity source) {
        if (!source.signedIn()) {
            return null;
        }
        if (target.organization() != null && source.organization() != null
                && target.organization().id().equals(source.organization().id())) {
            return "organization " + target.organization().id();
        }
        if (target.instance() != null && source.instance() != null) {
            if (target.instance().instanceArn().equals(source.instance().instanceArn())) {
                return "both administer the instance " + target.instance().instanceArn();
            }
            // An organization's instance is owned by its management account.
            if (target.instance().ownerAccountId().equals(source.instance().ownerAccountId())) {
                return "management account " + target.instance().ownerAccountId();
            }
        }
        return null;
    }

    private static void requireNoProblem(Check check) {
        if (check.isProblem()) {
            throw MigratorException.badInput(check.message());
        }
    }

    private static String article(AdminRole role) {
        return role == AdminRole.MANAGEMENT_ACCOUNT ? "the " : "";
    }
}
