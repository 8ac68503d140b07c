package co.pump.icm.sandbox.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import co.pump.icm.model.PermissionSet;
import co.pump.icm.sandbox.state.AssignmentRecord;
import co.pump.icm.sandbox.state.MembershipRecord;
import co.pump.icm.sandbox.state.SandboxAccount;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * One role a user may take in the access portal: a permission set in an account, assigned to the
 * user directly or to a group the user belongs to.
 */
record Entitlement(SandboxAccount account, PermissionSet permissionSet) {

    String accountId() {
        return account.id;
    }

    String permissionSetArn() {
        return permissionSet.origin().id();
    }

    String roleName() {
        return permissionSet.name();
    }

    /**
     * Everything the user may do, by account name then role name, without duplicates (a role
     * reachable both directly and through a group is listed once). Skips assignments whose
     * account or permission set no longer exists. The caller holds the world's monitor and has
     * settled it.
     */
    static List<Entitlement> of(SandboxWorld world, SandboxInstance instance, String userId) {
        Set<String> groupIds = new HashSet<>();
        for (MembershipRecord membership : instance.memberships.values()) {
            if (membership.userId().equals(userId)) {
                groupIds.add(membership.groupId());
            }
        }
        var seen = new LinkedHashSet<String>();
        var entitlements = new ArrayList<Entitlement>();
        for (AssignmentRecord assignment : instance.assignments) {
            boolean mine = "USER".equals(assignment.principalType()) ? assignment.principalId().equals(userId)
                    : "GROUP".equals(assignment.principalType()) && groupIds.contains(assignment.principalId());
            SandboxAccount account = world.accounts.get(assignment.accountId());
            PermissionSet permissionSet = instance.permissionSets.get(assignment.permissionSetArn());
            if (mine && account != null && permissionSet != null
                    && seen.add(assignment.accountId() + " " + assignment.permissionSetArn())) {
                entitlements.add(new Entitlement(account, permissionSet));
            }
        }
        entitlements.sort(Comparator.comparing((Entitlement e) -> sortKey(e.account.name))
                .thenComparing(Entitlement::accountId)
                .thenComparing(e -> sortKey(e.roleName())));
        return entitlements;
    }

    private static String sortKey(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
