package co.pump.icm.plan;

import java.util.EnumSet;
import java.util.Set;

import co.pump.icm.compare.Category;
import co.pump.icm.kind.Kinds;

/**
 * The choices that shape a plan.
 *
 * @param identitySource create users and groups, or match those an identity provider provisions
 * @param updateExisting update items that exist in the target but differ from the snapshot
 * @param deleteAbsent   delete target items that are not in the snapshot (off unless asked)
 * @param accountMap     where each account's assignments go
 * @param categories     the categories to migrate; items of the others are skipped
 * @param deselected     IDs of changes the user deselected ({@link Change#id()}); they and what
 *                       depends on them are skipped
 * @param includeDisabledUsers create users that are disabled in the source (enabled, as AWS's API
 *                       creates every user; they must then be disabled in the console). Off: they
 *                       are skipped, and so is what depends on them.
 */
public record PlanOptions(IdentitySource identitySource, boolean updateExisting, boolean deleteAbsent,
                          AccountMap accountMap, Set<Category> categories, Set<String> deselected,
                          boolean includeDisabledUsers) {

    /** The migrated categories, in order. */
    public static final Set<Category> MIGRATED = migrated();

    public PlanOptions {
        categories = Set.copyOf(categories);
        deselected = Set.copyOf(deselected);
    }

    /** Options that leave users disabled in the source out (the default). */
    public PlanOptions(IdentitySource identitySource, boolean updateExisting, boolean deleteAbsent,
                       AccountMap accountMap, Set<Category> categories, Set<String> deselected) {
        this(identitySource, updateExisting, deleteAbsent, accountMap, categories, deselected, false);
    }

    /** Create users and groups, update what differs, delete nothing, every category, every account. */
    public static PlanOptions defaults() {
        return new PlanOptions(IdentitySource.CREATE, true, false, AccountMap.IDENTITY, MIGRATED, Set.of());
    }

    private static Set<Category> migrated() {
        var result = EnumSet.noneOf(Category.class);
        Kinds.migrated().forEach(kind -> result.add(kind.category()));
        return java.util.Collections.unmodifiableSet(result);
    }

    public PlanOptions withIdentitySource(IdentitySource value) {
        return new PlanOptions(value, updateExisting, deleteAbsent, accountMap, categories, deselected,
                includeDisabledUsers);
    }

    public PlanOptions withUpdateExisting(boolean value) {
        return new PlanOptions(identitySource, value, deleteAbsent, accountMap, categories, deselected,
                includeDisabledUsers);
    }

    public PlanOptions withDeleteAbsent(boolean value) {
        return new PlanOptions(identitySource, updateExisting, value, accountMap, categories, deselected,
                includeDisabledUsers);
    }

    public PlanOptions withAccountMap(AccountMap value) {
        return new PlanOptions(identitySource, updateExisting, deleteAbsent, value, categories, deselected,
                includeDisabledUsers);
    }

    public PlanOptions withCategories(Set<Category> value) {
        return new PlanOptions(identitySource, updateExisting, deleteAbsent, accountMap, value, deselected,
                includeDisabledUsers);
    }

    public PlanOptions withDeselected(Set<String> value) {
        return new PlanOptions(identitySource, updateExisting, deleteAbsent, accountMap, categories, value,
                includeDisabledUsers);
    }

    public PlanOptions withIncludeDisabledUsers(boolean value) {
        return new PlanOptions(identitySource, updateExisting, deleteAbsent, accountMap, categories, deselected, value);
    }
}
