package co.pump.icm.ui.inspector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;

/**
 * What the tables and detail panes look up across categories (a group's member count, a user's
 * groups, an account's name), worked out once while loading, so that no cell does heavy work.
 */
final class Lookups {

    static final Lookups NONE = of(IdentityCenterConfig.empty(null));

    private final Map<String, Integer> memberCounts;
    private final Map<String, List<String>> groupsByUser;
    private final Map<String, String> accountNames;
    private final Map<String, Integer> assignmentCounts;

    private Lookups(Map<String, Integer> memberCounts, Map<String, List<String>> groupsByUser,
                    Map<String, String> accountNames, Map<String, Integer> assignmentCounts) {
        this.memberCounts = memberCounts;
        this.groupsByUser = groupsByUser;
        this.accountNames = accountNames;
        this.assignmentCounts = assignmentCounts;
    }

    /** The lookups of a configuration (linear in its size). */
    static Lookups of(IdentityCenterConfig config) {
        var memberCounts = new HashMap<String, Integer>();
        var groupsByUser = new HashMap<String, List<String>>();
        for (GroupMembership m : config.memberships()) {
            memberCounts.merge(m.groupName(), 1, Integer::sum);
            groupsByUser.computeIfAbsent(m.userName(), user -> new ArrayList<>(2)).add(m.groupName());
        }
        var accountNames = new HashMap<String, String>();
        for (Account a : config.accounts()) {
            if (a.name() != null) {
                accountNames.put(a.id(), a.name());
            }
        }
        var assignmentCounts = new HashMap<String, Integer>();
        for (AccountAssignment a : config.assignments()) {
            assignmentCounts.merge(a.permissionSetName(), 1, Integer::sum);
        }
        return new Lookups(memberCounts, groupsByUser, accountNames, assignmentCounts);
    }

    int memberCount(String group) {
        return memberCounts.getOrDefault(group, 0);
    }

    List<String> groupsOf(String user) {
        return groupsByUser.getOrDefault(user, List.of());
    }

    int assignmentCount(String permissionSet) {
        return assignmentCounts.getOrDefault(permissionSet, 0);
    }

    /** {@code 222222222222 (larkspur-prod)}, or the ID alone when the snapshot has no name for it. */
    String account(String id) {
        String name = accountNames.get(id);
        return name == null ? id : id + " (" + name + ")";
    }
}
