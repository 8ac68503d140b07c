package co.pump.icm.rollback;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import co.pump.icm.compare.Category;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.User;
import co.pump.icm.plan.Change;

/**
 * The checks across items of a rollback plan. Deleting a user, group or permission set must not
 * take along memberships or assignments that the rollback does not remove (AWS would, silently):
 * such a delete becomes a {@link Change.Conflict}. Re-creating a membership or an assignment needs
 * its user, group and permission set to exist once the rollback is done; otherwise it is skipped.
 */
final class RollbackChecks {

    private static final int NAMES_SHOWN = 5;

    private final TargetIndex target;
    private final List<Change<?>> changes;
    private final Set<String> membershipDeletes = new HashSet<>();
    private final Set<String> assignmentDeletes = new HashSet<>();
    private final Set<String> gone = new HashSet<>();
    private final Set<String> recreated = new HashSet<>();

    RollbackChecks(TargetIndex target, List<Change<?>> changes) {
        this.target = target;
        this.changes = changes;
        for (Change<?> change : changes) {
            if (change instanceof Change.Delete<?> delete) {
                if (delete.item() instanceof GroupMembership m) {
                    membershipDeletes.add(TargetIndex.key(m));
                } else if (delete.item() instanceof AccountAssignment a) {
                    assignmentDeletes.add(TargetIndex.key(a));
                }
            }
        }
    }

    /** The plan's changes, with deletes that would cascade turned into conflicts and orphans skipped. */
    List<Change<?>> withConflictsAndDependencies() {
        var result = new ArrayList<Change<?>>();
        for (Change<?> change : changes) {
            Change<?> checked = change instanceof Change.Delete<?> delete ? conflictOf(delete) : change;
            result.add(checked);
            if (checked instanceof Change.Delete<?> delete) {
                gone.add(nameKey(delete.item()));
            } else if (checked instanceof Change.Create<?> create) {
                recreated.add(nameKey(create.item()));
            }
        }
        result.replaceAll(c -> c instanceof Change.Create<?> create ? orphanOf(create) : c);
        return result;
    }

    private Change<?> conflictOf(Change.Delete<?> delete) {
        String reason = null;
        if (delete.item() instanceof User u) {
            reason = keeps("user", target.membershipsOfUser(u.userName()), "group",
                    target.assignmentsOf(PrincipalType.USER, u.userName()));
        } else if (delete.item() instanceof Group g) {
            reason = keeps("group", target.membershipsOfGroup(g.displayName()), "member",
                    target.assignmentsOf(PrincipalType.GROUP, g.displayName()));
        } else if (delete.item() instanceof PermissionSet p) {
            var kept = target.assignmentsWith(p.name()).stream()
                    .filter(a -> !assignmentDeletes.contains(TargetIndex.key(a))).toList();
            if (!kept.isEmpty()) {
                reason = "it has been assigned since the run (" + shown(kept.stream().map(a -> a.key().toString())
                        .sorted().toList()) + "); AWS deletes a permission set only once it has no assignments. Remove "
                        + "them first, or keep the permission set";
            }
        }
        return reason == null ? delete
                : new Change.Conflict<>(delete.category(), delete.id(), delete.label(), delete.item(), reason);
    }

    /** Why deleting a user or group would take more than the run gave it, or null. */
    private String keeps(String what, List<GroupMembership> memberships, String memberWord,
                         List<AccountAssignment> assignments) {
        var picked = new ArrayList<String>();
        memberships.stream().filter(m -> !membershipDeletes.contains(TargetIndex.key(m)))
                .map(m -> memberWord + " " + ("user".equals(what) ? m.groupName() : m.userName())).sorted()
                .forEach(picked::add);
        assignments.stream().filter(a -> !assignmentDeletes.contains(TargetIndex.key(a)))
                .map(a -> "access to " + a.key()).sorted().forEach(picked::add);
        if (picked.isEmpty()) {
            return null;
        }
        return "it has picked up " + ("user".equals(what) ? "group memberships" : "members") + " or access since the "
                + "run (" + shown(picked) + "); deleting the " + what + " would remove them too. Remove them first, "
                + "or keep the " + what;
    }

    private Change<?> orphanOf(Change.Create<?> create) {
        String missing = null;
        if (create.item() instanceof GroupMembership m) {
            missing = firstMissing(List.of("user " + m.userName(), "group " + m.groupName()),
                    List.of(exists(Category.USERS, m.userName()), exists(Category.GROUPS, m.groupName())));
        } else if (create.item() instanceof AccountAssignment a) {
            Category principal = a.principalType() == PrincipalType.USER ? Category.USERS : Category.GROUPS;
            missing = firstMissing(List.of("permission set " + a.permissionSetName(),
                            a.principalType().name().toLowerCase(Locale.ROOT) + " " + a.principalName()),
                    List.of(exists(Category.PERMISSION_SETS, a.permissionSetName()), exists(principal, a.principalName())));
        }
        return missing == null ? create : new Change.Skip<>(create.category(), create.id(), create.label(),
                create.item(), missing + " will not exist in the target, so it cannot be re-created");
    }

    private static String firstMissing(List<String> names, List<Boolean> present) {
        for (int i = 0; i < names.size(); i++) {
            if (!present.get(i)) {
                return names.get(i);
            }
        }
        return null;
    }

    /** Whether a user, group or permission set will exist once the rollback is done. */
    private boolean exists(Category category, String name) {
        String key = category + "\n" + (category == Category.USERS ? name.toLowerCase(Locale.ROOT) : name);
        if (recreated.contains(key)) {
            return true;
        }
        boolean inTarget = switch (category) {
            case USERS -> target.user(name) != null;
            case GROUPS -> target.group(name) != null;
            default -> target.permissionSet(name) != null;
        };
        return inTarget && !gone.contains(key);
    }

    private static String nameKey(Object item) {
        if (item instanceof User u) {
            return Category.USERS + "\n" + u.userName().toLowerCase(Locale.ROOT);
        } else if (item instanceof Group g) {
            return Category.GROUPS + "\n" + g.displayName();
        } else if (item instanceof PermissionSet p) {
            return Category.PERMISSION_SETS + "\n" + p.name();
        }
        return "";
    }

    private static String shown(List<String> names) {
        var first = names.stream().limit(NAMES_SHOWN).toList();
        return String.join(", ", first) + (names.size() > NAMES_SHOWN ? ", …" : "");
    }
}
