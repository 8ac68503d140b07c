package co.pump.icm.model;

import java.util.List;

/**
 * A whole IAM Identity Center configuration, as read from one instance or held in a snapshot.
 * Users, groups, memberships, permission sets and assignments are what migrates; accounts, the
 * access control configuration and applications are kept for the record and the report.
 */
public record IdentityCenterConfig(SourceInfo source,
                                   List<Account> accounts,
                                   List<User> users,
                                   List<Group> groups,
                                   List<GroupMembership> memberships,
                                   List<PermissionSet> permissionSets,
                                   List<AccountAssignment> assignments,
                                   AccessControlConfiguration accessControl,
                                   List<Application> applications) {

    public IdentityCenterConfig {
        accounts = Lists.copy(accounts);
        users = Lists.copy(users);
        groups = Lists.copy(groups);
        memberships = Lists.copy(memberships);
        permissionSets = Lists.copy(permissionSets);
        assignments = Lists.copy(assignments);
        applications = Lists.copy(applications);
    }

    /** An empty configuration read from the given source. */
    public static IdentityCenterConfig empty(SourceInfo source) {
        return new IdentityCenterConfig(source, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, List.of());
    }
}
