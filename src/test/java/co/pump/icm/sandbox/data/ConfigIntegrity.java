package co.pump.icm.sandbox.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.User;

/** Duplicate natural keys and references to missing things in a configuration, as sentences. */
final class ConfigIntegrity {

    private ConfigIntegrity() {
    }

    static List<String> problems(IdentityCenterConfig config) {
        var problems = new ArrayList<String>();
        Set<String> users = new HashSet<>();
        for (User u : config.users()) {
            if (!users.add(u.userName())) {
                problems.add("duplicate user " + u.userName());
            }
        }
        Set<String> groups = new HashSet<>();
        config.groups().forEach(g -> {
            if (!groups.add(g.displayName())) {
                problems.add("duplicate group " + g.displayName());
            }
        });
        Set<String> permissionSets = new HashSet<>();
        for (PermissionSet ps : config.permissionSets()) {
            if (!permissionSets.add(ps.name())) {
                problems.add("duplicate permission set " + ps.name());
            }
        }
        Set<String> accounts = new HashSet<>();
        for (Account a : config.accounts()) {
            if (!accounts.add(a.id())) {
                problems.add("duplicate account " + a.id());
            }
        }
        Set<GroupMembership.MembershipKey> memberships = new HashSet<>();
        for (GroupMembership m : config.memberships()) {
            if (!memberships.add(m.key())) {
                problems.add("duplicate membership " + m.key());
            }
            if (!groups.contains(m.groupName()) || !users.contains(m.userName())) {
                problems.add("membership of something missing: " + m.key());
            }
        }
        Set<AccountAssignment.AssignmentKey> assignments = new HashSet<>();
        for (AccountAssignment a : config.assignments()) {
            if (!assignments.add(a.key())) {
                problems.add("duplicate assignment " + a.key());
            }
            boolean principal = a.principalType() == PrincipalType.USER
                    ? users.contains(a.principalName()) : groups.contains(a.principalName());
            if (!principal || !permissionSets.contains(a.permissionSetName()) || !accounts.contains(a.accountId())) {
                problems.add("assignment of something missing: " + a.key());
            }
        }
        return problems;
    }
}
