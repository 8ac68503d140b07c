package co.pump.icm.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import co.pump.icm.model.AccessControlConfiguration;
import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment.AssignmentKey;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Application;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership.MembershipKey;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.User;

/**
 * How two Identity Center configurations differ, category by category, item by item (matched by
 * natural key) and field by field. Made by {@code co.pump.icm.kind.ConfigurationComparer}, which
 * compares every kind the product knows; a category it did not get is reported as not compared.
 *
 * <p>The typed accessors ({@link #users()}, ...) are shorthands for {@link #category(Category)}.
 */
public final class Comparison {

    /** The key of the one entry in {@link Category#ACCESS_CONTROL}. */
    public static final String ACCESS_CONTROL_KEY = "access control attribute configuration";

    private final Map<Category, CategoryComparison<?, ?>> byCategory = new EnumMap<>(Category.class);

    /** A comparison of the given categories; every other category is reported as not compared. */
    public Comparison(List<CategoryComparison<?, ?>> categories) {
        for (CategoryComparison<?, ?> category : categories) {
            if (byCategory.put(category.category(), category) != null) {
                throw new IllegalArgumentException("Compared twice: " + category.category());
            }
        }
        for (Category category : Category.values()) {
            byCategory.putIfAbsent(category, CategoryComparison.notCompared(category));
        }
    }

    /** The result for one category. */
    public CategoryComparison<?, ?> category(Category category) {
        return byCategory.get(category);
    }

    /** Every category, in {@link Category} order, compared or not. */
    public List<CategoryComparison<?, ?>> categories() {
        var result = new ArrayList<>(byCategory.values());
        result.sort(Comparator.comparing(CategoryComparison::category));
        return result;
    }

    public CategoryComparison<String, User> users() {
        return typed(Category.USERS);
    }

    public CategoryComparison<String, Group> groups() {
        return typed(Category.GROUPS);
    }

    public CategoryComparison<MembershipKey, GroupMembership> memberships() {
        return typed(Category.MEMBERSHIPS);
    }

    public CategoryComparison<String, PermissionSet> permissionSets() {
        return typed(Category.PERMISSION_SETS);
    }

    public CategoryComparison<AssignmentKey, AccountAssignment> assignments() {
        return typed(Category.ASSIGNMENTS);
    }

    public CategoryComparison<String, Account> accounts() {
        return typed(Category.ACCOUNTS);
    }

    public CategoryComparison<String, AccessControlConfiguration> accessControl() {
        return typed(Category.ACCESS_CONTROL);
    }

    public CategoryComparison<String, Application> applications() {
        return typed(Category.APPLICATIONS);
    }

    /** Whether any compared category has a difference. */
    public boolean hasDifferences() {
        for (var category : byCategory.values()) {
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

    @SuppressWarnings("unchecked")
    private <K, T> CategoryComparison<K, T> typed(Category category) {
        return (CategoryComparison<K, T>) byCategory.get(category);
    }
}
