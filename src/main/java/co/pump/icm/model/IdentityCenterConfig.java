package co.pump.icm.model;

import java.util.List;

/**
 * A whole IAM Identity Center configuration, as read from one instance or held in a snapshot.
 * Accounts are kept for the record and the report; everything else migrates.
 *
 * @param more the items of kinds added since the configuration had a component per kind (trusted
 *             token issuers, application access scopes and assignments, …), by record type: a new
 *             kind keeps its items there, so that adding one needs no new component
 */
public record IdentityCenterConfig(SourceInfo source,
                                   List<Account> accounts,
                                   List<User> users,
                                   List<Group> groups,
                                   List<GroupMembership> memberships,
                                   List<PermissionSet> permissionSets,
                                   List<AccountAssignment> assignments,
                                   AccessControlConfiguration accessControl,
                                   List<Application> applications,
                                   MoreKinds more) {

    public IdentityCenterConfig {
        accounts = Lists.copy(accounts);
        users = Lists.copy(users);
        groups = Lists.copy(groups);
        memberships = Lists.copy(memberships);
        permissionSets = Lists.copy(permissionSets);
        assignments = Lists.copy(assignments);
        applications = Lists.copy(applications);
        more = more == null ? MoreKinds.NONE : more;
    }

    /**
     * A configuration without items of the kinds kept in {@link #more()}. To replace one kind's
     * items in an existing configuration, use that kind's {@code with}, which keeps the others.
     */
    public IdentityCenterConfig(SourceInfo source, List<Account> accounts, List<User> users, List<Group> groups,
                                List<GroupMembership> memberships, List<PermissionSet> permissionSets,
                                List<AccountAssignment> assignments, AccessControlConfiguration accessControl,
                                List<Application> applications) {
        this(source, accounts, users, groups, memberships, permissionSets, assignments, accessControl, applications,
                MoreKinds.NONE);
    }

    /** The same configuration with these items of a kind kept in {@link #more()}. */
    public <T> IdentityCenterConfig withMore(Class<T> type, List<? extends T> items) {
        return new IdentityCenterConfig(source, accounts, users, groups, memberships, permissionSets, assignments,
                accessControl, applications, more.with(type, items));
    }

    /** An empty configuration read from the given source. */
    public static IdentityCenterConfig empty(SourceInfo source) {
        return new IdentityCenterConfig(source, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, List.of());
    }
}
