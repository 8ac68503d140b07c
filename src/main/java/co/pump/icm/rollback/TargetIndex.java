package co.pump.icm.rollback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.pump.icm.compare.Category;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.User;

/**
 * The target as read, by natural key (user names regardless of case, as Identity Center keeps
 * them), with what refers to each user, group and permission set.
 */
final class TargetIndex {

    private final IdentityCenterConfig config;
    private final Map<String, User> users = new HashMap<>();
    private final Map<String, Group> groups = new HashMap<>();
    private final Map<String, PermissionSet> permissionSets = new HashMap<>();
    private final Map<String, GroupMembership> memberships = new HashMap<>();
    private final Map<String, AccountAssignment> assignments = new HashMap<>();
    private final Map<String, List<GroupMembership>> membershipsOf = new HashMap<>();
    private final Map<String, List<AccountAssignment>> assignmentsOf = new HashMap<>();

    TargetIndex(IdentityCenterConfig config) {
        this.config = config;
        config.users().forEach(u -> users.put(fold(u.userName()), u));
        config.groups().forEach(g -> groups.put(g.displayName(), g));
        config.permissionSets().forEach(p -> permissionSets.put(p.name(), p));
        for (GroupMembership m : config.memberships()) {
            memberships.put(key(m), m);
            membershipsOf.computeIfAbsent("user\n" + fold(m.userName()), k -> new ArrayList<>()).add(m);
            membershipsOf.computeIfAbsent("group\n" + m.groupName(), k -> new ArrayList<>()).add(m);
        }
        for (AccountAssignment a : config.assignments()) {
            assignments.put(key(a), a);
            assignmentsOf.computeIfAbsent(principalKey(a.principalType(), a.principalName()), k -> new ArrayList<>())
                    .add(a);
            assignmentsOf.computeIfAbsent("set\n" + a.permissionSetName(), k -> new ArrayList<>()).add(a);
        }
    }

    IdentityCenterConfig config() {
        return config;
    }

    /** The target's item with the same natural key as {@code item} (a model record of the category), or null. */
    Object find(Category category, Object item) {
        return switch (category) {
            case USERS -> users.get(fold(((User) item).userName()));
            case GROUPS -> groups.get(((Group) item).displayName());
            case MEMBERSHIPS -> memberships.get(key((GroupMembership) item));
            case PERMISSION_SETS -> permissionSets.get(((PermissionSet) item).name());
            case ASSIGNMENTS -> assignments.get(key((AccountAssignment) item));
            default -> null;
        };
    }

    User user(String userName) {
        return users.get(fold(userName));
    }

    Group group(String displayName) {
        return groups.get(displayName);
    }

    PermissionSet permissionSet(String name) {
        return permissionSets.get(name);
    }

    List<GroupMembership> membershipsOfUser(String userName) {
        return membershipsOf.getOrDefault("user\n" + fold(userName), List.of());
    }

    List<GroupMembership> membershipsOfGroup(String displayName) {
        return membershipsOf.getOrDefault("group\n" + displayName, List.of());
    }

    List<AccountAssignment> assignmentsOf(PrincipalType type, String name) {
        return assignmentsOf.getOrDefault(principalKey(type, name), List.of());
    }

    List<AccountAssignment> assignmentsWith(String permissionSetName) {
        return assignmentsOf.getOrDefault("set\n" + permissionSetName, List.of());
    }

    /** A membership's natural key as a string: group name and user name regardless of case. */
    static String key(GroupMembership m) {
        return m.groupName() + "\n" + fold(m.userName());
    }

    /** An assignment's natural key as a string; a user principal's name regardless of case. */
    static String key(AccountAssignment a) {
        return a.accountId() + "\n" + a.permissionSetName() + "\n" + principalKey(a.principalType(), a.principalName());
    }

    private static String principalKey(PrincipalType type, String name) {
        return type == PrincipalType.USER ? "USER\n" + fold(name) : "GROUP\n" + name;
    }

    private static String fold(String userName) {
        return userName.toLowerCase(Locale.ROOT);
    }
}
