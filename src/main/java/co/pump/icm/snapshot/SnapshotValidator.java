package co.pump.icm.snapshot;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.pump.icm.model.AccessControlAttribute;
import co.pump.icm.model.AccessControlConfiguration;
import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Application;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.model.User;

/**
 * The rules a configuration read from a file must follow before anything uses it: required
 * fields, AWS's limits, unique natural keys, and references (memberships, assignments) that
 * point at something in the same file. Checks the sections in the order the file has them and
 * the entities in list order, so problems come out in file order. Each rule is a hash lookup or
 * a scan of one entity: linear in the size of the file.
 */
final class SnapshotValidator {

    private static final int ATTRIBUTES_MAX = 50;

    private final Problems problems;
    private final Map<String, Integer> users;
    private final Map<String, Integer> usersIgnoringCase;
    private final Map<String, Integer> groups;
    private final Map<String, Integer> permissionSets;
    private List<User> userList = List.of();

    private SnapshotValidator(Problems problems, IdentityCenterConfig config) {
        this.problems = problems;
        users = sized(config.users());
        usersIgnoringCase = sized(config.users());
        groups = sized(config.groups());
        permissionSets = sized(config.permissionSets());
    }

    /** Adds every problem of {@code config} to {@code problems}; list indexes are those of the file. */
    static void validate(IdentityCenterConfig config, Problems problems) {
        new SnapshotValidator(problems, config).run(config);
    }

    /** A map that will hold a key per item without growing (growing a 300,000-entry map is costly). */
    private static <K> Map<K, Integer> sized(List<?> items) {
        return new HashMap<>(Math.max(16, (int) (items.size() / 0.75f) + 1));
    }

    private void run(IdentityCenterConfig config) {
        source(config.source());
        accounts(config.accounts());
        users(config.users());
        groups(config.groups());
        memberships(config.memberships());
        permissionSets(config.permissionSets());
        assignments(config.assignments());
        accessControl(config.accessControl());
        applications(config.applications());
    }

    private void source(SourceInfo source) {
        if (source == null) {
            return; // reported by the parser
        }
        if (source.accountId() != null && !isAccountId(source.accountId())) {
            problems.add("source.accountId must be 12 digits, not " + Entity.quote(source.accountId()));
        }
        if (source.managementAccountId() != null && !isAccountId(source.managementAccountId())) {
            problems.add("source.managementAccountId must be 12 digits, not "
                    + Entity.quote(source.managementAccountId()));
        }
    }

    private void accounts(List<Account> accounts) {
        Map<String, Integer> seen = sized(accounts);
        for (int i = 0; i < accounts.size(); i++) {
            Account account = accounts.get(i);
            var entity = new Entity(problems, "accounts", i, account.id());
            if (accountId(entity, "id", account.id())) {
                unique(entity, seen, account.id(), i, "accounts", "id");
            }
        }
    }

    private void users(List<User> list) {
        userList = list;
        for (int i = 0; i < list.size(); i++) {
            User user = list.get(i);
            var entity = new Entity(problems, "users", i, user.userName());
            IdentityRules.user(user, entity);
            String name = user.userName();
            if (name == null) {
                continue;
            }
            // Identity Center treats user names case-insensitively: "Alice" and "alice" are one user.
            Integer earlier = usersIgnoringCase.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
            if (earlier != null) {
                entity.add("duplicate userName: " + Entity.path("users", earlier) + " has "
                        + Entity.quote(list.get(earlier).userName()) + " (user names are unique regardless of case)");
            } else {
                users.put(name, i);
            }
        }
    }

    private void groups(List<Group> list) {
        for (int i = 0; i < list.size(); i++) {
            Group group = list.get(i);
            var entity = new Entity(problems, "groups", i, group.displayName());
            IdentityRules.group(group, entity);
            if (group.displayName() != null) {
                unique(entity, groups, group.displayName(), i, "groups", "displayName");
            }
        }
    }

    private void memberships(List<GroupMembership> list) {
        Map<GroupMembership.MembershipKey, Integer> seen = sized(list);
        for (int i = 0; i < list.size(); i++) {
            GroupMembership membership = list.get(i);
            var entity = new Entity(problems, "memberships", i,
                    () -> EntityKeys.join(membership.groupName(), membership.userName()));
            boolean group = entity.required("groupName", membership.groupName())
                    && exists(entity, groups, "groupName", membership.groupName(), "a group");
            boolean user = entity.required("userName", membership.userName())
                    && userExists(entity, "userName", membership.userName());
            if (group && user) {
                Integer earlier = seen.putIfAbsent(membership.key(), i);
                if (earlier != null) {
                    entity.add("duplicate membership: " + Entity.path("memberships", earlier) + " is the same");
                }
            }
        }
    }

    private void permissionSets(List<PermissionSet> list) {
        for (int i = 0; i < list.size(); i++) {
            PermissionSet set = list.get(i);
            var entity = new Entity(problems, "permissionSets", i, set.name());
            PermissionSetRules.permissionSet(set, entity);
            if (set.name() != null) {
                unique(entity, permissionSets, set.name(), i, "permissionSets", "name");
            }
        }
    }

    private void assignments(List<AccountAssignment> list) {
        Map<AccountAssignment.AssignmentKey, Integer> seen = sized(list);
        for (int i = 0; i < list.size(); i++) {
            AccountAssignment assignment = list.get(i);
            var entity = new Entity(problems, "assignments", i, () -> EntityKeys.join(assignment.accountId(),
                    assignment.permissionSetName(),
                    EntityKeys.principal(typeName(assignment.principalType()), assignment.principalName())));
            boolean complete = accountId(entity, "accountId", assignment.accountId());
            complete &= entity.required("permissionSetName", assignment.permissionSetName())
                    && exists(entity, permissionSets, "permissionSetName", assignment.permissionSetName(),
                    "a permission set");
            if (assignment.principalType() == null) {
                entity.add("principalType is missing (USER or GROUP)");
                complete = false;
            }
            complete &= entity.required("principalName", assignment.principalName())
                    && principalExists(entity, assignment.principalType(), assignment.principalName());
            if (complete) {
                Integer earlier = seen.putIfAbsent(assignment.key(), i);
                if (earlier != null) {
                    entity.add("duplicate assignment: " + Entity.path("assignments", earlier) + " is the same");
                }
            }
        }
    }

    private void accessControl(AccessControlConfiguration accessControl) {
        if (accessControl == null) {
            return;
        }
        List<AccessControlAttribute> attributes = accessControl.attributes();
        if (attributes.size() > ATTRIBUTES_MAX) {
            problems.add("accessControl has " + attributes.size() + " attributes; the limit is " + ATTRIBUTES_MAX);
        }
        Map<String, Integer> seen = sized(attributes);
        for (int i = 0; i < attributes.size(); i++) {
            AccessControlAttribute attribute = attributes.get(i);
            var entity = new Entity(problems, "accessControl.attributes", i, attribute.key());
            if (entity.required("key", attribute.key())) {
                unique(entity, seen, attribute.key(), i, "accessControl.attributes", "key");
            }
        }
    }

    private void applications(List<Application> applications) {
        Map<String, Integer> seen = sized(applications);
        for (int i = 0; i < applications.size(); i++) {
            Application application = applications.get(i);
            var entity = new Entity(problems, "applications", i, application.arn());
            if (entity.required("arn", application.arn())) {
                unique(entity, seen, application.arn(), i, "applications", "arn");
            }
        }
    }

    private static void unique(Entity entity, Map<String, Integer> seen, String key, int index, String list,
                               String field) {
        Integer earlier = seen.putIfAbsent(key, index);
        if (earlier != null) {
            entity.add("duplicate " + field + ": " + Entity.path(list, earlier) + " has the same " + field);
        }
    }

    private static boolean exists(Entity entity, Map<String, Integer> index, String field, String name, String what) {
        if (index.containsKey(name)) {
            return true;
        }
        entity.add(field + " " + Entity.quote(name) + " is not " + what + " in this file");
        return false;
    }

    private boolean userExists(Entity entity, String field, String name) {
        if (users.containsKey(name)) {
            return true;
        }
        Integer sameIgnoringCase = usersIgnoringCase.get(name.toLowerCase(Locale.ROOT));
        String hint = sameIgnoringCase == null ? ""
                : " (there is " + Entity.quote(userList.get(sameIgnoringCase).userName()) + "; names must match exactly)";
        entity.add(field + " " + Entity.quote(name) + " is not a user in this file" + hint);
        return false;
    }

    private boolean principalExists(Entity entity, PrincipalType type, String name) {
        if (type == null) {
            return false;
        }
        return type == PrincipalType.USER
                ? userExists(entity, "principalName", name)
                : exists(entity, groups, "principalName", name, "a group");
    }

    private static boolean accountId(Entity entity, String field, String id) {
        if (!entity.required(field, id)) {
            return false;
        }
        if (!isAccountId(id)) {
            entity.add(field + " must be 12 digits, not " + Entity.quote(id));
            return false;
        }
        return true;
    }

    static boolean isAccountId(String id) {
        if (id.length() != 12) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String typeName(PrincipalType type) {
        return type == null ? null : type.name();
    }
}
