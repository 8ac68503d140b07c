package co.pump.icm.snapshot;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;

/**
 * What a snapshot holds, in numbers and in the facts worth a look before a migration: users who
 * are in no group, groups with nobody in them, permission sets assigned to the management
 * account (a delegated administrator cannot manage those in the new organization) and
 * permission sets assigned to nothing. Lists are in canonical order if the configuration is.
 *
 * @param managementAccountId the source's management account, or null if unknown (then
 *                            {@code permissionSetsAssignedToManagementAccount} is empty)
 */
public record SnapshotSummary(Counts counts,
                              List<String> usersInNoGroup,
                              List<String> emptyGroups,
                              String managementAccountId,
                              List<String> permissionSetsAssignedToManagementAccount,
                              List<String> unassignedPermissionSets) {

    /** How many of each thing the snapshot holds. */
    public record Counts(int users, int groups, int memberships, int permissionSets, int assignments,
                         int accounts, int applications, int abacAttributes) {
    }

    public SnapshotSummary {
        usersInNoGroup = List.copyOf(usersInNoGroup);
        emptyGroups = List.copyOf(emptyGroups);
        permissionSetsAssignedToManagementAccount = List.copyOf(permissionSetsAssignedToManagementAccount);
        unassignedPermissionSets = List.copyOf(unassignedPermissionSets);
    }

    /** The summary of a configuration (linear in its size). */
    public static SnapshotSummary of(IdentityCenterConfig config) {
        Set<String> members = new HashSet<>();
        Set<String> nonEmptyGroups = new HashSet<>();
        for (GroupMembership membership : config.memberships()) {
            members.add(membership.userName());
            nonEmptyGroups.add(membership.groupName());
        }
        String management = config.source() == null ? null : config.source().managementAccountId();
        Set<String> assigned = new HashSet<>();
        Set<String> onManagement = new LinkedHashSet<>();
        for (AccountAssignment assignment : config.assignments()) {
            assigned.add(assignment.permissionSetName());
            if (management != null && management.equals(assignment.accountId())) {
                onManagement.add(assignment.permissionSetName());
            }
        }
        var counts = new Counts(config.users().size(), config.groups().size(), config.memberships().size(),
                config.permissionSets().size(), config.assignments().size(), config.accounts().size(),
                config.applications().size(),
                config.accessControl() == null ? 0 : config.accessControl().attributes().size());
        return new SnapshotSummary(counts,
                config.users().stream().map(u -> u.userName()).filter(name -> !members.contains(name)).toList(),
                config.groups().stream().map(g -> g.displayName()).filter(name -> !nonEmptyGroups.contains(name)).toList(),
                management,
                onManagement.stream().sorted().toList(),
                config.permissionSets().stream().map(p -> p.name()).filter(name -> !assigned.contains(name)).toList());
    }
}
