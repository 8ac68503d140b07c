package co.pump.icm.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import co.pump.icm.compare.Category;
import co.pump.icm.compare.CategoryComparison;
import co.pump.icm.compare.CompareOptions;
import co.pump.icm.compare.Comparison;
import co.pump.icm.compare.Difference;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.compare.Unchanged;
import co.pump.icm.kind.Blocked;
import co.pump.icm.kind.ConfigurationComparer;
import co.pump.icm.kind.Kinds;
import co.pump.icm.kind.MigratedKind;
import co.pump.icm.kind.Planning;
import co.pump.icm.kind.Reference;
import co.pump.icm.model.IdentityCenterConfig;

/**
 * Makes a {@link Plan}: compares the snapshot (after the account map) with the target and decides,
 * item by item, what an import does, checking beforehand what AWS would refuse half-way, so that
 * those items show as skipped or in conflict instead of failing during the import.
 *
 * <p>Kinds are planned in dependency order ({@link Kinds}): users and groups before the memberships
 * that need both, permission sets before the assignments that need them and a principal. An item
 * that will not exist makes everything that refers to it a Skip with the reason. What each kind
 * refuses or warns about is its own ({@link MigratedKind}); the rest is the same for every kind.
 * The items already as the snapshot has them are counted and listed ({@link Plan#unchangedItems}).
 */
public final class Planner implements Planning {

    private final IdentityCenterConfig target;
    private final PlanOptions options;
    private final TargetFacts facts;
    private final List<Change<?>> changes = new ArrayList<>();
    private final List<PlanWarning> warnings = new ArrayList<>();
    private final Map<Category, Integer> unchanged = new EnumMap<>(Category.class);
    /** The desired items already as the snapshot has them, by category: the preview lists them. */
    private final Map<Category, List<Object>> same = new EnumMap<>(Category.class);
    private final Map<Category, Fates> fates = new EnumMap<>(Category.class);
    private final Map<String, Object> once = new HashMap<>();
    private IdentityCenterConfig desired;

    private Planner(IdentityCenterConfig target, PlanOptions options) {
        this.target = target;
        this.options = options;
        this.facts = TargetFacts.of(target);
    }

    /**
     * Plans the import of a snapshot into a target.
     *
     * @param snapshot the configuration to migrate
     * @param target   the target as read just now (its records carry their target IDs)
     */
    public static Plan plan(IdentityCenterConfig snapshot, IdentityCenterConfig target, PlanOptions options) {
        return new Planner(target, options).build(snapshot);
    }

    private Plan build(IdentityCenterConfig snapshot) {
        var mapped = AccountMapping.apply(snapshot, options.accountMap());
        desired = mapped.config();
        Comparison comparison = ConfigurationComparer.compare(target, desired,
                CompareOptions.migratedOnly().withUnchanged());
        warnings.addAll(facts.warnings());
        for (MigratedKind<?, ?> kind : Kinds.migrated()) {
            plan(kind, comparison);
        }
        leaveOutMissingLaterReferences();
        changes.addAll(mapped.skipped());
        QuotaChecks.review(changes, target, warnings);
        return new Plan(desired, target, options, sorted(), unchanged, warnings, Map.copyOf(same));
    }

    @SuppressWarnings("unchecked")
    private <K, T> void plan(MigratedKind<K, T> kind, Comparison comparison) {
        Category category = kind.category();
        var compared = (CategoryComparison<K, T>) comparison.category(category);
        unchanged.put(category, compared.unchangedCount());
        var alreadyRight = new ArrayList<Object>(compared.unchangedCount());
        for (Unchanged<K, T> item : compared.unchanged()) {
            alreadyRight.add(item.right());
        }
        same.put(category, alreadyRight);
        int listed = alreadyRight.size();
        Fates names = new Fates(kind.namesIgnoreCase());
        fates.put(category, names);
        for (T item : kind.items(target)) {
            String name = kind.name(item);
            if (name != null) {
                names.willExist(name);
            }
        }
        for (Difference<K, T> difference : compared.differences()) {
            if (difference instanceof Difference.OnlyRight<K, T> only) {
                planCreate(kind, only.right(), names);
            } else if (difference instanceof Difference.Changed<K, T> changed) {
                planChange(kind, changed.right(), changed.left(), changed.changes());
            } else if (difference instanceof Difference.OnlyLeft<K, T> only && !kind.keptWhenAbsent(only.left(), this)) {
                planDelete(kind, only.left());
            }
        }
        if (alreadyRight.size() > listed) {
            // Items that differ only in what AWS cannot set came after the others: keep the kind's order.
            alreadyRight.sort((a, b) -> kind.order().compare(kind.type().cast(a), kind.type().cast(b)));
        }
    }

    private <T> void planCreate(MigratedKind<?, T> kind, T item, Fates names) {
        String id = kind.changeId(item);
        String label = kind.label(item);
        String name = kind.name(item);
        String excluded = excluded(kind.category(), id);
        Blocked blocked = excluded != null ? Blocked.skip(excluded) : kind.createBlocked(item, this);
        if (blocked == null) {
            changes.add(new Change.Create<>(kind.category(), id, label, item));
            if (name != null) {
                names.willExist(name);
            }
            kind.planned(item, id, true, this);
            return;
        }
        changes.add(blocked.conflict() ? new Change.Conflict<>(kind.category(), id, label, item, blocked.reason())
                : new Change.Skip<>(kind.category(), id, label, item, blocked.reason()));
        if (name != null) {
            names.willNotExist(name, blocked.whyMissing());
        }
    }

    private <T> void planChange(MigratedKind<?, T> kind, T item, T current, List<FieldChange> fields) {
        String id = kind.changeId(item);
        String label = kind.label(item);
        String problem = kind.updateConflict(item, this);
        if (problem != null && options.updateExisting() && !isDeselected(id)) {
            changes.add(new Change.Conflict<>(kind.category(), id, label, item, problem));
            return;
        }
        Set<String> settableFields = kind.settableFields(item);
        List<FieldChange> settable = settableFields == null ? fields : settable(id, label, fields, settableFields);
        if (planUpdate(kind, id, label, item, current, settable)) {
            kind.planned(item, id, false, this);
        }
    }

    /**
     * A reference set after the item is written (a user's manager) that names an item that will
     * not exist is left out of the item, with the reason as a warning, rather than skipping the
     * item. Done once every kind is planned, because the fate of what it names (another user,
     * planned later in the same kind) is only known then.
     */
    private void leaveOutMissingLaterReferences() {
        for (var it = changes.listIterator(); it.hasNext(); ) {
            Change<?> change = it.next();
            if (change instanceof Change.Create<?> || change instanceof Change.Update<?>) {
                Change<?> kept = withoutMissing(Kinds.migrated(change.category()), change);
                if (kept == null) {
                    it.remove();
                    unchanged.merge(change.category(), 1, Integer::sum);
                } else if (kept != change) {
                    it.set(kept);
                }
            }
        }
    }

    /** The change without its later references to items that will not exist; null when nothing is left to write. */
    @SuppressWarnings("unchecked")
    private <T> Change<?> withoutMissing(MigratedKind<?, T> kind, Change<?> change) {
        T item = (T) change.item();
        T current = change instanceof Change.Update<?> update ? (T) update.current() : null;
        var leftOut = new ArrayList<String>();
        for (Reference reference : kind.laterReferences().of(item, current)) {
            String why = missing(reference);
            if (why != null) {
                item = kind.laterReferences().without(item, reference, current);
                leftOut.add(reference.field());
                warn(change.id(), change.label() + ": " + reference.field() + " is left out, because " + why + ".");
            }
        }
        if (leftOut.isEmpty()) {
            return change;
        }
        if (change instanceof Change.Update<?> update) {
            List<FieldChange> fields = update.fields().stream().filter(f -> !leftOut.contains(f.path())).toList();
            return fields.isEmpty() ? null
                    : new Change.Update<>(change.category(), change.id(), change.label(), item, current, fields);
        }
        return new Change.Create<>(change.category(), change.id(), change.label(), item);
    }

    /** Why a create in this category may not happen (category left out, item deselected), or null. */
    private String excluded(Category category, String id) {
        if (!options.categories().contains(category)) {
            return category.label().toLowerCase(Locale.ROOT) + " are not part of this import";
        }
        if (isDeselected(id)) {
            return "deselected";
        }
        return null;
    }

    private boolean isDeselected(String id) {
        return options.deselected().contains(id);
    }

    /** Plans an update; returns true when the item will be updated. */
    private <T> boolean planUpdate(MigratedKind<?, T> kind, String id, String label, T desired, T current,
                                   List<FieldChange> fields) {
        Category category = kind.category();
        if (fields.isEmpty()) {
            unchanged.merge(category, 1, Integer::sum);
            same.get(category).add(desired);
            return false;
        }
        String blocked = null;
        if (!options.categories().contains(category)) {
            blocked = category.label().toLowerCase(Locale.ROOT) + " are not part of this import";
        } else {
            blocked = kind.updateSkipped(desired, this);
        }
        if (blocked == null && !options.updateExisting()) {
            blocked = "differs from the snapshot, and updating existing items is off";
        } else if (blocked == null && isDeselected(id)) {
            blocked = "deselected";
        }
        if (blocked != null) {
            changes.add(new Change.Skip<>(category, id, label, desired, blocked));
            return false;
        }
        changes.add(new Change.Update<>(category, id, label, desired, current, fields));
        return true;
    }

    private <T> void planDelete(MigratedKind<?, T> kind, T current) {
        String id = kind.changeId(current);
        if (options.deleteAbsent() && options.categories().contains(kind.category()) && !isDeselected(id)) {
            changes.add(new Change.Delete<>(kind.category(), id, kind.label(current), current));
        }
    }

    /**
     * Keeps the field changes AWS lets icm make. External IDs belong to the identity provider and
     * are never copied; any other field AWS's API cannot set is reported as a warning.
     */
    private List<FieldChange> settable(String id, String label, List<FieldChange> fields, Set<String> settableFields) {
        var result = new ArrayList<FieldChange>();
        for (FieldChange field : fields) {
            if (settableFields.contains(field.field())) {
                result.add(field);
            } else if (!field.field().equals("externalIds") && options.identitySource() == IdentitySource.CREATE) {
                warnings.add(new PlanWarning(id, label + ": " + field.path() + " differs (" + field.oldText() + " → "
                        + field.newText() + "), but AWS's API cannot set it; change it in the IAM Identity Center "
                        + "console if it matters."));
            }
        }
        return result;
    }

    private List<Change<?>> sorted() {
        var result = new ArrayList<>(changes);
        result.sort((a, b) -> {
            int c = a.category().compareTo(b.category());
            return c != 0 ? c : a.id().compareTo(b.id());
        });
        return result;
    }

    // ---- What a kind may ask while it is planned

    @Override
    public IdentityCenterConfig desired() {
        return desired;
    }

    @Override
    public IdentityCenterConfig target() {
        return target;
    }

    @Override
    public boolean identitiesFromProvider() {
        return options.identitySource() == IdentitySource.MATCH;
    }

    @Override
    public boolean includeDisabledUsers() {
        return options.includeDisabledUsers();
    }

    @Override
    public boolean updateExisting() {
        return options.updateExisting();
    }

    @Override
    public String managementAccountId() {
        return facts.managementAccountId();
    }

    @Override
    public boolean callerIsManagement() {
        return facts.callerIsManagement();
    }

    @Override
    public String sourceManagementAccountId() {
        return desired.source() == null ? null : desired.source().managementAccountId();
    }

    @Override
    public String accountProblem(String accountId) {
        return facts.accountProblem(accountId);
    }

    @Override
    public boolean isProvisionedByIdentityProvider(String groupName) {
        return facts.isProvisionedByIdentityProvider(groupName);
    }

    @Override
    public boolean isProvisionedToManagementAccount(String permissionSetName) {
        return facts.isProvisionedToManagementAccount(permissionSetName);
    }

    @Override
    public String missing(Reference reference) {
        Fates names = fates.get(reference.to());
        String why = names == null ? "it is neither in the target nor in the snapshot" : names.whyMissing(reference.name());
        return why == null ? null : reference.describe() + " will not exist in the target (" + why + ")";
    }

    @Override
    public void warn(String changeId, String message) {
        warnings.add(new PlanWarning(changeId, message));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> V once(String name, Supplier<V> compute) {
        return (V) once.computeIfAbsent(name, k -> compute.get());
    }
}
