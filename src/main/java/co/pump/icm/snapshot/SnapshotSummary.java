package co.pump.icm.snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pump.icm.kind.Kind;
import co.pump.icm.kind.Kinds;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;

/**
 * What a snapshot holds, in numbers and in the facts worth a look before a migration: users who
 * are in no group, groups with nobody in them, permission sets assigned to the management
 * account (a delegated administrator cannot manage those in the new organization) and
 * permission sets assigned to nothing. Lists are in canonical order if the configuration is.
 *
 * @param counts              how many of each kind the snapshot holds, in display order
 * @param managementAccountId the source's management account, or null if unknown (then
 *                            {@code permissionSetsAssignedToManagementAccount} is empty)
 */
public record SnapshotSummary(List<Kind.Count> counts,
                              List<String> usersInNoGroup,
                              List<String> emptyGroups,
                              String managementAccountId,
                              List<String> permissionSetsAssignedToManagementAccount,
                              List<String> unassignedPermissionSets) {

    public SnapshotSummary {
        counts = List.copyOf(counts);
        usersInNoGroup = List.copyOf(usersInNoGroup);
        emptyGroups = List.copyOf(emptyGroups);
        permissionSetsAssignedToManagementAccount = List.copyOf(permissionSetsAssignedToManagementAccount);
        unassignedPermissionSets = List.copyOf(unassignedPermissionSets);
    }

    /** The counts by their JSON key, e.g. {@code users}, {@code abacAttributes}, in display order. */
    public Map<String, Integer> countsByKey() {
        var result = new LinkedHashMap<String, Integer>();
        counts.forEach(c -> result.put(c.key(), c.count()));
        return result;
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
        var counts = new ArrayList<Kind.Count>();
        var kinds = new ArrayList<>(Kinds.all());
        kinds.sort(Comparator.comparing(Kind::category));
        for (Kind<?, ?> kind : kinds) {
            counts.add(count(kind, config));
        }
        return new SnapshotSummary(counts,
                config.users().stream().map(u -> u.userName()).filter(name -> !members.contains(name)).toList(),
                config.groups().stream().map(g -> g.displayName()).filter(name -> !nonEmptyGroups.contains(name)).toList(),
                management,
                onManagement.stream().sorted().toList(),
                config.permissionSets().stream().map(p -> p.name()).filter(name -> !assigned.contains(name)).toList());
    }

    private static <T> Kind.Count count(Kind<?, T> kind, IdentityCenterConfig config) {
        return kind.count(kind.items(config));
    }
}
