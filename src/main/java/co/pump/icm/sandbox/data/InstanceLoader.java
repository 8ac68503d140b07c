package co.pump.icm.sandbox.data;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.EnterpriseExtension;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.MigratorException;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.User;
import co.pump.icm.sandbox.state.AccessControlRecord;
import co.pump.icm.sandbox.state.AssignmentRecord;
import co.pump.icm.sandbox.state.EnterpriseRecord;
import co.pump.icm.sandbox.state.MembershipRecord;
import co.pump.icm.sandbox.state.SandboxAccount;
import co.pump.icm.sandbox.state.SandboxIds;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * Fills one instance from a configuration by natural keys: issues the sandbox IDs, links
 * memberships and assignments by ID, and provisions every (permission set, account) pair that has
 * an assignment, creating its {@code AWSReservedSSO_} role in the account; then the trusted token
 * issuers and applications ({@link ApplicationLoader}). Timestamps are drawn
 * from the world's seeded random source too, so a seed gives the same instance every time.
 * Runs inside {@code synchronized (world)}.
 */
final class InstanceLoader {

    private static final int HALF_YEAR = 183 * 24 * 3600;

    private final SandboxWorld world;
    private final SandboxIds ids;
    private final Random random;
    private final SandboxInstance instance;
    private final String createdBy;
    private final long createdFrom;
    private final int createdSpread;
    private final Map<String, String> presetRoles;

    /**
     * @param createdFrom   epoch second from which records were created
     * @param createdSpread over how many seconds after that they were created
     * @param presetRoles   role names to use for given (account, permission set) pairs, keyed
     *                      {@code accountId/permissionSetName}
     */
    InstanceLoader(SandboxWorld world, SandboxInstance instance, String createdBy, long createdFrom, int createdSpread,
                   Map<String, String> presetRoles) {
        this.world = world;
        this.ids = world.ids();
        this.random = ids.random();
        this.instance = instance;
        this.createdBy = createdBy;
        this.createdFrom = createdFrom;
        this.createdSpread = createdSpread;
        this.presetRoles = presetRoles;
    }

    /** Loads the configuration's identities, permission sets and assignments, then the applications given. */
    void load(IdentityCenterConfig config, ScenarioApplications applications) {
        Map<String, String> userIds = loadUsers(config.users());
        Map<String, String> groupIds = loadGroups(config.groups());
        loadMemberships(config.memberships(), userIds, groupIds);
        Map<String, String> permissionSetArns = loadPermissionSets(config.permissionSets());
        loadAssignments(config.assignments(), userIds, groupIds, permissionSetArns);
        instance.accessControl = config.accessControl() == null ? null
                : new AccessControlRecord(config.accessControl().status(), config.accessControl().statusReason(),
                config.accessControl().attributes().stream()
                        .map(a -> new AccessControlRecord.Attribute(a.key(), a.sources())).toList());
        new ApplicationLoader(world, instance).load(applications);
    }

    private Map<String, String> loadUsers(List<User> users) {
        var userIds = new HashMap<String, String>(users.size() * 2);
        for (User u : users) {
            String id = ids.resourceId(instance.identityStoreId);
            if (userIds.putIfAbsent(u.userName(), id) != null) {
                throw MigratorException.badInput("The sandbox data has two users named \"" + u.userName() + "\"");
            }
            instance.users.put(id, new User(u.userName(), u.displayName(), u.name(), u.nickName(), u.profileUrl(),
                    u.emails(), u.addresses(), u.phoneNumbers(), u.userType(), u.title(), u.preferredLanguage(),
                    u.locale(), u.timezone(), u.userStatus(), u.photos(), u.website(), u.birthdate(), u.roles(), null,
                    u.externalIds(), audited(id)));
        }
        for (User u : users) {
            loadEnterprise(u, userIds);
        }
        return userIds;
    }

    /** The user's enterprise data in the store's own shape, its manager named by ID. */
    private void loadEnterprise(User u, Map<String, String> userIds) {
        EnterpriseExtension e = u.enterprise();
        if (e == null) {
            return;
        }
        String managerId = e.manager() == null ? null : userIds.get(e.manager());
        if (e.manager() != null && managerId == null) {
            throw MigratorException.badInput("The sandbox data gives user \"" + u.userName() + "\" the manager \""
                    + e.manager() + "\", but there is no such user");
        }
        instance.enterprise.put(userIds.get(u.userName()), new EnterpriseRecord(e.employeeNumber(), e.costCenter(),
                e.organization(), e.division(), e.department(), managerId));
    }

    private Map<String, String> loadGroups(List<Group> groups) {
        var groupIds = new HashMap<String, String>(groups.size() * 2);
        for (Group g : groups) {
            String id = ids.resourceId(instance.identityStoreId);
            if (groupIds.putIfAbsent(g.displayName(), id) != null) {
                throw MigratorException.badInput("The sandbox data has two groups named \"" + g.displayName() + "\"");
            }
            instance.groups.put(id, new Group(g.displayName(), g.description(), g.externalIds(), audited(id)));
        }
        return groupIds;
    }

    private void loadMemberships(List<GroupMembership> memberships, Map<String, String> userIds,
                                 Map<String, String> groupIds) {
        Set<GroupMembership.MembershipKey> seen = new HashSet<>(memberships.size() * 2);
        for (GroupMembership m : memberships) {
            String groupId = groupIds.get(m.groupName());
            String userId = userIds.get(m.userName());
            if (groupId == null || userId == null) {
                throw MigratorException.badInput("The sandbox data puts user \"" + m.userName() + "\" in group \""
                        + m.groupName() + "\", but there is no such " + (groupId == null ? "group" : "user"));
            }
            if (seen.add(m.key())) {
                String id = ids.resourceId(instance.identityStoreId);
                instance.memberships.put(id, new MembershipRecord(id, groupId, userId,
                        later(instance.users.get(userId).origin().createdAt(),
                                instance.groups.get(groupId).origin().createdAt()), createdBy));
            }
        }
    }

    private Map<String, String> loadPermissionSets(List<PermissionSet> permissionSets) {
        var arns = new HashMap<String, String>(permissionSets.size() * 2);
        for (PermissionSet ps : permissionSets) {
            String arn = ids.permissionSetArn(instance.arn);
            if (arns.putIfAbsent(ps.name(), arn) != null) {
                throw MigratorException.badInput("The sandbox data has two permission sets named \"" + ps.name()
                        + "\"");
            }
            long created = createdAt();
            instance.permissionSets.put(arn, new PermissionSet(ps.name(), ps.description(), ps.sessionDuration(),
                    ps.relayState(), ps.tags(), ps.inlinePolicy(), ps.managedPolicies(), ps.customerManagedPolicies(),
                    ps.permissionsBoundary(), new Origin(arn, Instant.ofEpochSecond(created).toString(), null, null,
                    null)));
            instance.permissionSetCreated.put(arn, (double) created);
        }
        return arns;
    }

    private void loadAssignments(List<AccountAssignment> assignments, Map<String, String> userIds,
                                 Map<String, String> groupIds, Map<String, String> permissionSetArns) {
        Set<AssignmentRecord> seen = new HashSet<>(assignments.size() * 2);
        for (AccountAssignment a : assignments) {
            boolean user = a.principalType() == PrincipalType.USER;
            String principalId = (user ? userIds : groupIds).get(a.principalName());
            String arn = permissionSetArns.get(a.permissionSetName());
            SandboxAccount account = world.accounts.get(a.accountId());
            if (principalId == null || arn == null || account == null) {
                throw MigratorException.badInput("The sandbox data assigns permission set \"" + a.permissionSetName()
                        + "\" in account " + a.accountId() + " to " + (user ? "user" : "group") + " \""
                        + a.principalName() + "\", but there is no such " + (principalId == null
                        ? (user ? "user" : "group") : arn == null ? "permission set" : "account"));
            }
            var record = new AssignmentRecord(a.accountId(), arn, a.principalType().name(), principalId);
            if (seen.add(record)) {
                instance.assignments.add(record);
                provision(arn, a.permissionSetName(), account);
            }
        }
    }

    private void provision(String permissionSetArn, String permissionSetName, SandboxAccount account) {
        Set<String> accounts = instance.provisionedTo.computeIfAbsent(permissionSetArn, k -> new LinkedHashSet<>());
        if (accounts.add(account.id)) {
            String role = presetRoles.get(account.id + "/" + permissionSetName);
            if (role == null) {
                role = "AWSReservedSSO_" + permissionSetName + "_" + ids.hex(16);
            }
            account.provisionedRoles.put(role, permissionSetArn);
        }
    }

    private Origin audited(String id) {
        long created = createdAt();
        long updated = created + random.nextInt(HALF_YEAR);
        return new Origin(id, Instant.ofEpochSecond(created).toString(), createdBy,
                Instant.ofEpochSecond(updated).toString(), createdBy);
    }

    /** A membership is made once both its user and its group exist (no random draw: the seeded data stays as it was). */
    private static String later(String first, String second) {
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        return Instant.parse(first).isAfter(Instant.parse(second)) ? first : second;
    }

    private long createdAt() {
        return createdFrom + random.nextInt(createdSpread);
    }
}
