package co.pump.icm.kind;

import java.util.ArrayList;
import java.util.List;

import co.pump.icm.compare.Category;

/**
 * Every kind the product knows, in dependency order: an item comes after what it refers to, so
 * imports create in this order and rollbacks and deletions go the other way. It is also the order
 * of the sections of a snapshot file. Adding a kind: a {@link Category}, a descriptor, one line
 * here and one in {@link #of}; see {@code docs/adding-a-kind.md}.
 */
public final class Kinds {

    public static final AccountKind ACCOUNTS = new AccountKind();
    public static final UserKind USERS = new UserKind();
    public static final GroupKind GROUPS = new GroupKind();
    public static final MembershipKind MEMBERSHIPS = new MembershipKind();
    public static final PermissionSetKind PERMISSION_SETS = new PermissionSetKind();
    public static final AssignmentKind ASSIGNMENTS = new AssignmentKind();
    public static final AccessControlKind ACCESS_CONTROL = new AccessControlKind();
    public static final ApplicationKind APPLICATIONS = new ApplicationKind();

    private static final List<Kind<?, ?>> ALL = List.of(ACCOUNTS, USERS, GROUPS, MEMBERSHIPS, PERMISSION_SETS,
            ASSIGNMENTS, ACCESS_CONTROL, APPLICATIONS);

    private Kinds() {
    }

    /** The descriptor of a category: the one place that maps identifiers to kinds. */
    public static Kind<?, ?> of(Category category) {
        return switch (category) {
            case USERS -> USERS;
            case GROUPS -> GROUPS;
            case MEMBERSHIPS -> MEMBERSHIPS;
            case PERMISSION_SETS -> PERMISSION_SETS;
            case ASSIGNMENTS -> ASSIGNMENTS;
            case ACCOUNTS -> ACCOUNTS;
            case ACCESS_CONTROL -> ACCESS_CONTROL;
            case APPLICATIONS -> APPLICATIONS;
        };
    }

    /**
     * The descriptor of a category an import writes.
     *
     * @throws IllegalArgumentException for a category kept for the record only
     */
    public static MigratedKind<?, ?> migrated(Category category) {
        if (of(category) instanceof MigratedKind<?, ?> kind) {
            return kind;
        }
        throw new IllegalArgumentException(category + " is kept for the record; an import does not write it");
    }

    /** Every kind, in dependency order. */
    public static List<Kind<?, ?>> all() {
        return ALL;
    }

    /** The kinds an import writes, in dependency order. */
    public static List<MigratedKind<?, ?>> migrated() {
        var result = new ArrayList<MigratedKind<?, ?>>();
        for (Kind<?, ?> kind : ALL) {
            if (kind instanceof MigratedKind<?, ?> migrated && kind.migrated()) {
                result.add(migrated);
            }
        }
        return result;
    }

    /**
     * How deep a kind sits in the dependencies: 0 for a kind that refers to nothing, else one more
     * than the deepest kind it refers to. Deletions go deepest first. A kind's references to its
     * own kind (a user's manager) do not count: such items are written first and linked afterwards.
     */
    public static int depth(Kind<?, ?> kind) {
        int depth = 0;
        for (Category to : kind.refersTo()) {
            if (to != kind.category()) {
                depth = Math.max(depth, 1 + depth(of(to)));
            }
        }
        return depth;
    }
}
