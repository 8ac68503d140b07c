package co.pump.icm.compare;

import java.util.List;
import java.util.Objects;

import co.pump.icm.model.AccessControlConfiguration;
import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.AccountAssignment.AssignmentKey;
import co.pump.icm.model.Application;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.GroupMembership.MembershipKey;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.User;

/**
 * How two Identity Center configurations differ, category by category, item by item (matched by
 * natural key) and field by field. Made by {@link ConfigurationComparer#compare}.
 *
 * <p>Keys: users by user name (matched regardless of case), groups by display name, permission
 * sets by name, accounts by ID, applications by name (or ARN when unnamed), the access control
 * configuration under the single key {@link #ACCESS_CONTROL_KEY}.
 */
public record Comparison(CategoryComparison<String, User> users,
                         CategoryComparison<String, Group> groups,
                         CategoryComparison<MembershipKey, GroupMembership> memberships,
                         CategoryComparison<String, PermissionSet> permissionSets,
                         CategoryComparison<AssignmentKey, AccountAssignment> assignments,
                         CategoryComparison<String, Account> accounts,
                         CategoryComparison<String, AccessControlConfiguration> accessControl,
                         CategoryComparison<String, Application> applications) {

    /** The key of the one entry in {@link Category#ACCESS_CONTROL}. */
    public static final String ACCESS_CONTROL_KEY = "access control attribute configuration";

    public Comparison {
        check(users, Category.USERS);
        check(groups, Category.GROUPS);
        check(memberships, Category.MEMBERSHIPS);
        check(permissionSets, Category.PERMISSION_SETS);
        check(assignments, Category.ASSIGNMENTS);
        check(accounts, Category.ACCOUNTS);
        check(accessControl, Category.ACCESS_CONTROL);
        check(applications, Category.APPLICATIONS);
    }

    /** The result for one category. */
    public CategoryComparison<?, ?> category(Category category) {
        return switch (category) {
            case USERS -> users;
            case GROUPS -> groups;
            case MEMBERSHIPS -> memberships;
            case PERMISSION_SETS -> permissionSets;
            case ASSIGNMENTS -> assignments;
            case ACCOUNTS -> accounts;
            case ACCESS_CONTROL -> accessControl;
            case APPLICATIONS -> applications;
        };
    }

    /** Every category, in {@link Category} order, compared or not. */
    public List<CategoryComparison<?, ?>> categories() {
        return List.of(users, groups, memberships, permissionSets, assignments, accounts, accessControl,
                applications);
    }

    /** Whether any compared category has a difference. */
    public boolean hasDifferences() {
        for (var category : categories()) {
            if (category.hasDifferences()) {
                return true;
            }
        }
        return false;
    }

    /** True when the two configurations are the same in every compared category. */
    public boolean isEmpty() {
        return !hasDifferences();
    }

    private static void check(CategoryComparison<?, ?> result, Category expected) {
        Objects.requireNonNull(result, expected.name());
        if (result.category() != expected) {
            throw new IllegalArgumentException("Expected " + expected + " but got " + result.category());
        }
    }
}
