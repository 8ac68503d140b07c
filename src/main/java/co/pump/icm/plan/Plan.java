package co.pump.icm.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import co.pump.icm.compare.Category;
import co.pump.icm.model.IdentityCenterConfig;

/**
 * What an import will do: every change by category, how many items are already right, and the
 * warnings to read first. Nothing has been written when a plan exists.
 *
 * @param snapshot  the configuration to migrate, after the account map
 * @param target    the target as it was read when the plan was made (with its IDs)
 * @param options   the choices the plan was made with
 * @param changes   the changes, by category (users, groups, memberships, permission sets,
 *                  assignments) then natural key
 * @param unchanged      how many items per category are already as the snapshot has them
 * @param warnings       things to check before importing
 * @param unchangedItems those items, as the snapshot has them, by category in the kind's order (the
 *                       preview lists them on demand); empty for a plan that only counts them
 */
public record Plan(IdentityCenterConfig snapshot, IdentityCenterConfig target, PlanOptions options,
                   List<Change<?>> changes, Map<Category, Integer> unchanged, List<PlanWarning> warnings,
                   Map<Category, List<?>> unchangedItems) {

    public Plan {
        changes = List.copyOf(changes);
        unchanged = Map.copyOf(unchanged);
        warnings = List.copyOf(warnings);
        var items = new EnumMap<Category, List<?>>(Category.class);
        unchangedItems.forEach((category, list) -> items.put(category, List.copyOf(list)));
        unchangedItems = Collections.unmodifiableMap(items);
    }

    /** A plan that counts the items already right without listing them (an undo's plan). */
    public Plan(IdentityCenterConfig snapshot, IdentityCenterConfig target, PlanOptions options,
                List<Change<?>> changes, Map<Category, Integer> unchanged, List<PlanWarning> warnings) {
        this(snapshot, target, options, changes, unchanged, warnings, Map.of());
    }

    /** The same plan with more warnings, put first (what reading the target found). */
    public Plan withWarningsFirst(List<PlanWarning> first) {
        if (first.isEmpty()) {
            return this;
        }
        var all = new ArrayList<PlanWarning>(first);
        all.addAll(warnings);
        return new Plan(snapshot, target, options, changes, unchanged, all, unchangedItems);
    }

    /** The items of a category that are already as the snapshot has them, if the plan lists them. */
    public List<?> unchangedItems(Category category) {
        return unchangedItems.getOrDefault(category, List.of());
    }

    /** How many items of a category are of a kind ({@link ChangeKind#UNCHANGED} included). */
    public int count(Category category, ChangeKind kind) {
        if (kind == ChangeKind.UNCHANGED) {
            return unchanged.getOrDefault(category, 0);
        }
        int n = 0;
        for (Change<?> change : changes) {
            if (change.category() == category && change.kind() == kind) {
                n++;
            }
        }
        return n;
    }

    /** How many items of all categories are of a kind. */
    public int count(ChangeKind kind) {
        int n = 0;
        for (Category category : PlanOptions.MIGRATED) {
            n += count(category, kind);
        }
        return n;
    }

    /** Counts per category and kind, in display order. */
    public Map<Category, Map<ChangeKind, Integer>> counts() {
        var result = new EnumMap<Category, Map<ChangeKind, Integer>>(Category.class);
        for (Category category : PlanOptions.MIGRATED) {
            var byKind = new EnumMap<ChangeKind, Integer>(ChangeKind.class);
            for (ChangeKind kind : ChangeKind.values()) {
                byKind.put(kind, 0);
            }
            byKind.put(ChangeKind.UNCHANGED, unchanged.getOrDefault(category, 0));
            result.put(category, byKind);
        }
        for (Change<?> change : changes) {
            result.get(change.category()).merge(change.kind(), 1, Integer::sum);
        }
        return result;
    }

    /** The changes that write to AWS (create, update, delete). */
    public List<Change<?>> writes() {
        var result = new ArrayList<Change<?>>();
        for (Change<?> change : changes) {
            if (change.writes()) {
                result.add(change);
            }
        }
        return result;
    }

    /** True when applying the plan would write nothing. */
    public boolean isEmpty() {
        return writes().isEmpty();
    }

    /** The change with the given ID, if the plan has one. */
    public Change<?> change(String id) {
        for (Change<?> change : changes) {
            if (change.id().equals(id)) {
                return change;
            }
        }
        return null;
    }
}
