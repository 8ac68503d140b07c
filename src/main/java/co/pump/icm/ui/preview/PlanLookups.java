package co.pump.icm.ui.preview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;

/**
 * What the preview's detail pane and search look up across categories (a user's groups, a
 * group's member count, an account's name), worked out once per snapshot and target off the FX
 * thread, so that no cell and no selection does heavy work.
 */
final class PlanLookups {

    private final IdentityCenterConfig snapshot;
    private final IdentityCenterConfig target;
    private final Map<String, List<String>> groupsByUser = new HashMap<>();
    private final Map<String, Integer> memberCounts = new HashMap<>();
    private final Map<String, Integer> assignmentCounts = new HashMap<>();
    private final Map<String, String> accountNames = new HashMap<>();

    private PlanLookups(IdentityCenterConfig snapshot, IdentityCenterConfig target) {
        this.snapshot = snapshot;
        this.target = target;
        for (GroupMembership m : snapshot.memberships()) {
            groupsByUser.computeIfAbsent(m.userName(), user -> new ArrayList<>(2)).add(m.groupName());
            memberCounts.merge(m.groupName(), 1, Integer::sum);
        }
        for (AccountAssignment a : snapshot.assignments()) {
            assignmentCounts.merge(a.permissionSetName(), 1, Integer::sum);
        }
        names(snapshot.accounts());
        names(target.accounts());
    }

    /** The lookups for a snapshot and a target (linear in their size). */
    static PlanLookups of(IdentityCenterConfig snapshot, IdentityCenterConfig target) {
        return new PlanLookups(snapshot, target);
    }

    /** These lookups when they were made for the same snapshot and target, else new ones. */
    static PlanLookups reuse(PlanLookups previous, IdentityCenterConfig snapshot, IdentityCenterConfig target) {
        return previous != null && previous.snapshot == snapshot && previous.target == target
                ? previous : of(snapshot, target);
    }

    private void names(List<Account> accounts) {
        for (Account a : accounts) {
            if (a.name() != null && !a.name().isBlank()) {
                accountNames.putIfAbsent(a.id(), a.name());
            }
        }
    }

    /** The groups the snapshot puts the user in. */
    List<String> groupsOf(String userName) {
        return groupsByUser.getOrDefault(userName, List.of());
    }

    /** How many members the snapshot gives the group. */
    int memberCount(String groupName) {
        return memberCounts.getOrDefault(groupName, 0);
    }

    /** How many assignments the snapshot has for the permission set. */
    int assignmentCount(String permissionSetName) {
        return assignmentCounts.getOrDefault(permissionSetName, 0);
    }

    /** The account's name, or null. */
    String accountName(String accountId) {
        return accountNames.get(accountId);
    }

    /** {@code 222222222222 (larkspur-prod)}, or the ID alone. */
    String account(String accountId) {
        String name = accountNames.get(accountId);
        return name == null ? accountId : accountId + " (" + name + ")";
    }
}
