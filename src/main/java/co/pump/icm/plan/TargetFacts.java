package co.pump.icm.plan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Group;
import co.pump.icm.model.IdentityCenterConfig;

/**
 * What the planner needs to know about the target beyond its configuration: its organization's
 * accounts, its management account, whether the caller is a delegated administrator, which
 * permission sets reach the management account and which groups an identity provider owns.
 */
final class TargetFacts {

    private final String managementAccountId;
    private final boolean callerIsManagement;
    private final Map<String, Account> accounts = new HashMap<>();
    private final Set<String> managementPermissionSets = new HashSet<>();
    private final Set<String> providerGroups = new HashSet<>();
    private final boolean accountsKnown;

    private TargetFacts(IdentityCenterConfig target) {
        var source = target.source();
        this.managementAccountId = source == null ? null : source.managementAccountId();
        this.callerIsManagement = managementAccountId != null && managementAccountId.equals(source.accountId());
        target.accounts().stream().filter(a -> a.status() != null).forEach(a -> accounts.put(a.id(), a));
        this.accountsKnown = !accounts.isEmpty();
        for (AccountAssignment a : target.assignments()) {
            if (a.accountId().equals(managementAccountId)) {
                managementPermissionSets.add(a.permissionSetName());
            }
        }
        for (Group g : target.groups()) {
            if (!g.externalIds().isEmpty()) {
                providerGroups.add(g.displayName());
            }
        }
    }

    static TargetFacts of(IdentityCenterConfig target) {
        return new TargetFacts(target);
    }

    String managementAccountId() {
        return managementAccountId;
    }

    boolean callerIsManagement() {
        return callerIsManagement;
    }

    boolean isProvisionedToManagementAccount(String permissionSetName) {
        return managementPermissionSets.contains(permissionSetName);
    }

    boolean isProvisionedByIdentityProvider(String groupName) {
        return providerGroups.contains(groupName);
    }

    /** Why assignments cannot be made in this account, or null when they can. */
    String accountProblem(String accountId) {
        if (accountId.equals(managementAccountId) && !callerIsManagement) {
            return "account " + accountId + " is the new organization's management account, where a delegated "
                    + "administrator may not assign access";
        }
        if (!accountsKnown) {
            return null;
        }
        Account account = accounts.get(accountId);
        if (account == null) {
            return "account " + accountId + " is not in the new organization yet";
        }
        if (!"ACTIVE".equals(account.status())) {
            return "account " + accountId + " is " + account.status().toLowerCase() + " in the new organization";
        }
        return null;
    }

    List<PlanWarning> warnings() {
        if (accountsKnown) {
            return List.of();
        }
        return List.of(new PlanWarning(null, "The accounts of the new organization could not be read, so "
                + "assignments are not checked against them: any to an account outside the organization will "
                + "fail during the import."));
    }
}
