package co.pump.icm.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import co.pump.icm.aws.InstanceLookup;
import co.pump.icm.model.Origin;

/** What the rollback's last look before a write says, in the same words for every kind. */
final class Guards {

    static final String SINCE_PLANNED = " since the rollback was planned";
    private static final int NAMES_SHOWN = 5;

    private Guards() {
    }

    /** True when the item still exists and AWS has not updated it since it was read. */
    static boolean unchanged(Origin now, Origin read) {
        return now != null && read != null && Objects.equals(now.updatedAt(), read.updatedAt());
    }

    static String changed(String what) {
        return "the " + what + " changed or was deleted" + SINCE_PLANNED;
    }

    /** Why deleting a user or group now would take memberships or access along, or null. */
    static String stillUsed(String what, List<String> related, List<InstanceLookup.Assignment> assignments,
                            Function<String, String> names) {
        if (related.isEmpty() && assignments.isEmpty()) {
            return null;
        }
        var held = new ArrayList<String>();
        related.forEach(id -> held.add(("user".equals(what) ? "group " : "member ") + names.apply(id)));
        assignments.forEach(a -> held.add("access to " + a.accountId() + " / " + names.apply(a.permissionSetArn())));
        return "the " + what + " still has " + String.join(", ", held) + ", which the rollback does not remove; "
                + "deleting it would remove them too";
    }

    static String id(Origin origin) {
        return origin == null ? null : origin.id();
    }

    /** The first names of a list, then "…" when there are more. */
    static String shown(List<String> names) {
        var first = names.stream().limit(NAMES_SHOWN).toList();
        return String.join(", ", first) + (names.size() > NAMES_SHOWN ? ", …" : "");
    }

    /** Every group of names, in order. */
    static List<String> flat(List<List<String>> groups) {
        var all = new ArrayList<String>();
        groups.forEach(all::addAll);
        return all;
    }
}
