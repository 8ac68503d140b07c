package co.pump.icm.compare;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import co.pump.icm.model.AccessControlConfiguration;
import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.AccountAssignment.AssignmentKey;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.GroupMembership.MembershipKey;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.MigratorException;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.User;

/**
 * Compares two Identity Center configurations by natural key, field by field.
 *
 * <p>How items are matched:
 * <ul>
 *   <li>Users by user name <em>regardless of case</em>, because Identity Center keeps user names
 *       unique regardless of case; a user whose name differs only in case is one user, reported
 *       as changed on {@code userName}. The same holds for the user name in a membership and in a
 *       user assignment, where a change of case is not a difference (the user entry reports it).
 *   <li>Groups by display name and permission sets by name, exactly (case counts): AWS documents
 *       no case-insensitive rule for them, and an exact match never pairs two items that AWS
 *       would keep apart. A group renamed only in case shows as one removed and one added.
 *   <li>Accounts by ID; applications by ARN, then by name; the access control configuration is a
 *       single item.
 * </ul>
 * An item's {@code Origin} (IDs and audit fields of the instance it was read from) never takes
 * part.
 *
 * <p>What counts as equal, beyond plain equality of each field (where {@code null} differs from
 * an empty string):
 * <ul>
 *   <li>session durations as durations: {@code PT60M} equals {@code PT1H}, and none equals AWS's
 *       default {@code PT1H}; text that is not a duration is compared as text;
 *   <li>inline policies as JSON documents: whitespace and the order of keys do not matter, the
 *       order of array elements does, and a {@code Statement} object differs from a one-element
 *       array; text that is not valid JSON is compared as text; null, empty and blank are no policy;
 *   <li>managed policies by ARN, customer managed policies by path and name (no path is
 *       {@code /}), tags by key, external IDs as (issuer, ID) pairs: in any order;
 *   <li>emails, addresses, phone numbers and photos position by position, where an absent
 *       {@code primary} flag is false (AWS's default);
 *   <li>an absent name equals a name with no parts, and a permissions boundary with neither part
 *       equals none.
 * </ul>
 * The comparison is pure and linear in the size of the configurations.
 */
public final class ConfigurationComparer {

    private static final Comparator<String> TEXT = Comparator.naturalOrder();

    static final KeyRules<String, User> USERS = new KeyRules<>("user", User::userName,
            ConfigurationComparer::fold, TEXT, ConfigurationComparer::quote,
            "a user without a user name", "user names are unique regardless of case");

    static final KeyRules<String, Group> GROUPS = new KeyRules<>("group", Group::displayName,
            name -> name, TEXT, ConfigurationComparer::quote,
            "a group without a display name", "group display names are unique");

    static final KeyRules<MembershipKey, GroupMembership> MEMBERSHIPS = new KeyRules<>("membership of",
            (GroupMembership m) -> m.groupName() == null || m.userName() == null ? null : m.key(),
            key -> sameIfFolded(key, key.userName(), folded -> new MembershipKey(key.groupName(), folded)),
            Comparator.<MembershipKey>naturalOrder(),
            key -> quote(key.userName()) + " in group " + quote(key.groupName()),
            "a group membership without a group name or user name",
            "a user is a member of a group once (user names are compared regardless of case)");

    static final KeyRules<String, PermissionSet> PERMISSION_SETS = new KeyRules<>("permission set",
            PermissionSet::name, name -> name, TEXT, ConfigurationComparer::quote,
            "a permission set without a name", "permission set names are unique");

    static final KeyRules<AssignmentKey, AccountAssignment> ASSIGNMENTS = new KeyRules<>("assignment",
            (AccountAssignment a) -> a.accountId() == null || a.permissionSetName() == null || a.principalType() == null
                    || a.principalName() == null ? null : a.key(),
            key -> key.principalType() != PrincipalType.USER ? key
                    : sameIfFolded(key, key.principalName(), folded -> new AssignmentKey(key.accountId(),
                    key.permissionSetName(), key.principalType(), folded)),
            Comparator.<AssignmentKey>naturalOrder(),
            AssignmentKey::toString,
            "an account assignment without an account ID, permission set name, principal type or principal name",
            "an assignment is listed once (user names are compared regardless of case)");

    static final KeyRules<String, Account> ACCOUNTS = new KeyRules<>("account", Account::id,
            id -> id, TEXT, id -> id, "an account without an ID", "account IDs are unique");

    private ConfigurationComparer() {
    }

    /** Compares every category, counting unchanged items without listing them. */
    public static Comparison compare(IdentityCenterConfig left, IdentityCenterConfig right) {
        return compare(left, right, CompareOptions.defaults());
    }

    /**
     * Compares two configurations.
     *
     * @param left    e.g. the snapshot (the first file of {@code icm diff})
     * @param right   e.g. the target instance (the second file)
     * @param options what to compare and whether to list unchanged items
     * @throws MigratorException (bad input) when a configuration has an item without its key or
     *                           two items with the same key; the message names the first or the
     *                           second configuration
     */
    public static Comparison compare(IdentityCenterConfig left, IdentityCenterConfig right, CompareOptions options) {
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(options, "options");
        return new Comparison(
                ItemMatcher.match(Category.USERS, left.users(), right.users(), USERS, options, UserFields::diff),
                ItemMatcher.match(Category.GROUPS, left.groups(), right.groups(), GROUPS, options,
                        GroupFields::diff),
                ItemMatcher.match(Category.MEMBERSHIPS, left.memberships(), right.memberships(), MEMBERSHIPS,
                        options, (l, r) -> List.of()),
                ItemMatcher.match(Category.PERMISSION_SETS, left.permissionSets(), right.permissionSets(),
                        PERMISSION_SETS, options, PermissionSetFields::diff),
                ItemMatcher.match(Category.ASSIGNMENTS, left.assignments(), right.assignments(), ASSIGNMENTS,
                        options, (l, r) -> List.of()),
                ItemMatcher.match(Category.ACCOUNTS, left.accounts(), right.accounts(), ACCOUNTS, options,
                        RecordFields::account),
                accessControl(left.accessControl(), right.accessControl(), options),
                ApplicationMatcher.match(left.applications(), right.applications(), options));
    }

    private static CategoryComparison<String, AccessControlConfiguration> accessControl(
            AccessControlConfiguration left, AccessControlConfiguration right, CompareOptions options) {
        if (!options.includes(Category.ACCESS_CONTROL)) {
            return CategoryComparison.notCompared(Category.ACCESS_CONTROL);
        }
        var result = new CategoryBuilder<String, AccessControlConfiguration>(Category.ACCESS_CONTROL,
                configuration -> Comparison.ACCESS_CONTROL_KEY, TEXT, options, RecordFields::accessControl);
        if (left != null && right != null) {
            result.both(left, right);
        } else if (left != null) {
            result.onlyLeft(left);
        } else if (right != null) {
            result.onlyRight(right);
        }
        return result.build();
    }

    /** How user names are matched: Identity Center keeps them unique regardless of case. */
    static String fold(String userName) {
        return userName.toLowerCase(Locale.ROOT);
    }

    /**
     * The key itself when its user name is already folded (the usual case: no allocation for
     * hundreds of thousands of memberships), otherwise a key with the folded user name.
     */
    private static <K> K sameIfFolded(K key, String userName, Function<String, K> withFolded) {
        String folded = fold(userName);
        // Identity on purpose: toLowerCase returns the same instance when nothing changes.
        return folded == userName ? key : withFolded.apply(folded);
    }

    private static String quote(String text) {
        return "'" + text + "'";
    }
}
