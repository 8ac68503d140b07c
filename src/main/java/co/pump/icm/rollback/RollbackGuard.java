package co.pump.icm.rollback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import co.pump.icm.apply.WriteGuard;
import co.pump.icm.aws.InstanceLookup;
import co.pump.icm.model.Group;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.User;
import co.pump.icm.plan.Change;

/**
 * The look a rollback takes right before each write, with the cheap reads AWS offers, so that
 * what changed between planning and writing is left alone: a user or group updated since it was
 * read (its UpdatedAt moved), a user or group about to be deleted that still has memberships or
 * assignments (AWS would remove them with it), a permission set about to be deleted that is still
 * provisioned somewhere, a permission set whose attributes moved, a name taken again before a
 * re-create. Memberships and assignments have nothing to re-check.
 */
final class RollbackGuard implements WriteGuard {

    private static final String SINCE_PLANNED = " since the rollback was planned";

    private final InstanceLookup lookup;
    private final Map<String, String> names = new HashMap<>();

    RollbackGuard(InstanceLookup lookup, IdentityCenterConfig target) {
        this.lookup = lookup;
        target.users().forEach(u -> names.put(id(u.origin()), u.userName()));
        target.groups().forEach(g -> names.put(id(g.origin()), g.displayName()));
        target.permissionSets().forEach(p -> names.put(id(p.origin()), p.name()));
    }

    @Override
    public String objection(Change<?> change) {
        Object item = change.item();
        if (change instanceof Change.Delete<?>) {
            if (item instanceof User u) {
                return unchanged(lookup.user(id(u.origin())), u.origin()) ? stillUsed("user", lookup.groupsOf(id(u.origin())),
                        lookup.assignmentsOf(PrincipalType.USER, id(u.origin()))) : changed("user");
            } else if (item instanceof Group g) {
                return unchanged(lookup.group(id(g.origin())), g.origin()) ? stillUsed("group",
                        lookup.membersOf(id(g.origin())), lookup.assignmentsOf(PrincipalType.GROUP, id(g.origin())))
                        : changed("group");
            } else if (item instanceof PermissionSet p) {
                List<String> accounts = lookup.accountsProvisionedWith(id(p.origin()));
                return accounts.isEmpty() ? null : "it is still provisioned to account " + String.join(", ", accounts)
                        + ": it has assignments there that the rollback does not remove";
            }
        } else if (change instanceof Change.Update<?> update) {
            Object current = update.current();
            if (current instanceof User u) {
                return unchanged(lookup.user(id(u.origin())), u.origin()) ? null : changed("user");
            } else if (current instanceof Group g) {
                return unchanged(lookup.group(id(g.origin())), g.origin()) ? null : changed("group");
            } else if (current instanceof PermissionSet p) {
                var planned = new InstanceLookup.Attributes(p.description(), p.sessionDuration(), p.relayState());
                return planned.equals(lookup.permissionSetAttributes(id(p.origin()))) ? null : changed("permission set");
            }
        } else if (change instanceof Change.Create<?>) {
            if (item instanceof User u && lookup.userId(u.userName()) != null) {
                return "a user named " + u.userName() + " exists again" + SINCE_PLANNED;
            } else if (item instanceof Group g && lookup.groupId(g.displayName()) != null) {
                return "a group named " + g.displayName() + " exists again" + SINCE_PLANNED;
            }
        }
        return null;
    }

    /** True when the item still exists and AWS has not updated it since it was read. */
    private static boolean unchanged(Origin now, Origin read) {
        return now != null && Objects.equals(now.updatedAt(), read.updatedAt());
    }

    private static String changed(String what) {
        return "the " + what + " changed or was deleted" + SINCE_PLANNED;
    }

    /** Why deleting a user or group now would take memberships or access along, or null. */
    private String stillUsed(String what, List<String> related, List<InstanceLookup.Assignment> assignments) {
        if (related.isEmpty() && assignments.isEmpty()) {
            return null;
        }
        var held = new ArrayList<String>();
        related.forEach(id -> held.add(("user".equals(what) ? "group " : "member ") + names.getOrDefault(id, id)));
        assignments.forEach(a -> held.add("access to " + a.accountId() + " / "
                + names.getOrDefault(a.permissionSetArn(), a.permissionSetArn())));
        return "the " + what + " still has " + String.join(", ", held) + ", which the rollback does not remove; "
                + "deleting it would remove them too";
    }

    private static String id(Origin origin) {
        return origin == null ? null : origin.id();
    }
}
