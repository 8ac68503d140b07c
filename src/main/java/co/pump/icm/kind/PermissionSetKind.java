package co.pump.icm.kind;

import static co.pump.icm.kind.Column.number;
import static co.pump.icm.kind.Column.text;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import co.pump.icm.aws.InstanceLookup;
import co.pump.icm.aws.InstanceWriter;
import co.pump.icm.compare.Category;
import co.pump.icm.compare.CategoryComparison;
import co.pump.icm.compare.CompareOptions;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.compare.ItemMatcher;
import co.pump.icm.compare.KeyRules;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PermissionsBoundary;
import co.pump.icm.model.Tag;

/**
 * Permission sets, keyed by name, with everything attached to them. AWS writes one in several
 * requests (the set, then its inline policy, policies, boundary and tags) and wants it provisioned
 * again where it is in use after a change.
 */
public final class PermissionSetKind implements MigratedKind<String, PermissionSet> {

    private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final KeyRules<String, PermissionSet> KEYS = new KeyRules<>("permission set", PermissionSet::name,
            name -> name, Comparator.naturalOrder(), Keys::quote, "a permission set without a name",
            "permission set names are unique");

    PermissionSetKind() {
    }

    @Override
    public Category category() {
        return Category.PERMISSION_SETS;
    }

    @Override
    public Class<PermissionSet> type() {
        return PermissionSet.class;
    }

    @Override
    public String noun() {
        return "permission set";
    }

    @Override
    public String optionName() {
        return "permission-sets";
    }

    @Override
    public List<PermissionSet> items(IdentityCenterConfig config) {
        return config.permissionSets();
    }

    @Override
    public IdentityCenterConfig with(IdentityCenterConfig c, List<PermissionSet> items) {
        return new IdentityCenterConfig(c.source(), c.accounts(), c.users(), c.groups(), c.memberships(), items,
                c.assignments(), c.accessControl(), c.applications(), c.more());
    }

    @Override
    public KeyRules<String, PermissionSet> keys() {
        return KEYS;
    }

    @Override
    public String changeId(PermissionSet item) {
        return "permission-set:" + item.name();
    }

    @Override
    public String label(PermissionSet item) {
        return item.name();
    }

    @Override
    public String name(PermissionSet item) {
        return item.name();
    }

    @Override
    public boolean namesIgnoreCase() {
        return false;
    }

    @Override
    public List<Category> refersTo() {
        return List.of();
    }

    @Override
    public List<Reference> references(PermissionSet item) {
        return List.of();
    }

    @Override
    public Origin origin(PermissionSet item) {
        return item.origin();
    }

    @Override
    public PermissionSet withOrigin(PermissionSet p, Origin origin) {
        return new PermissionSet(p.name(), p.description(), p.sessionDuration(), p.relayState(), p.tags(),
                p.inlinePolicy(), p.managedPolicies(), p.customerManagedPolicies(), p.permissionsBoundary(), origin);
    }

    @Override
    public CategoryComparison<String, PermissionSet> compare(List<PermissionSet> left, List<PermissionSet> right,
                                                             CompareOptions options) {
        return ItemMatcher.match(category(), left, right, KEYS, options, this::diff);
    }

    @Override
    public List<FieldChange> diff(PermissionSet left, PermissionSet right) {
        return PermissionSetFields.diff(left, right);
    }

    @Override
    public String section() {
        return "permissionSets";
    }

    @Override
    public boolean singleInFile() {
        return false;
    }

    @Override
    public Comparator<PermissionSet> order() {
        return Comparator.comparing(PermissionSet::name, TEXT);
    }

    /** Tags by key, managed policies by ARN, customer managed references by path and name. */
    @Override
    public PermissionSet canonical(PermissionSet set) {
        return new PermissionSet(set.name(), set.description(), set.sessionDuration(), set.relayState(),
                sorted(set.tags(), Comparator.comparing(Tag::key, TEXT)),
                set.inlinePolicy(),
                sorted(set.managedPolicies(), Comparator.comparing(ManagedPolicy::arn, TEXT)),
                sorted(set.customerManagedPolicies(), Comparator.comparing(CustomerManagedPolicyReference::path, TEXT)
                        .thenComparing(CustomerManagedPolicyReference::name, TEXT)),
                set.permissionsBoundary(), set.origin());
    }

    private static <E> List<E> sorted(List<E> list, Comparator<? super E> order) {
        // Stable: elements with equal keys (which validation refuses) keep their order.
        return list.size() < 2 ? list : list.stream().sorted(order).toList();
    }

    @Override
    public void validate(List<PermissionSet> items, Places places, Names names) {
        var seen = Keys.<String>sized(items.size());
        for (int i = 0; i < items.size(); i++) {
            PermissionSet set = items.get(i);
            Checks item = places.item(i, set::name);
            PermissionSetRules.permissionSet(set, item);
            if (set.name() != null) {
                Keys.unique(item, places, seen, set.name(), i, "name");
            }
        }
    }

    @Override
    public String keyInFile(Function<String, String> field) {
        return field.apply("name");
    }

    @Override
    public Csv<PermissionSet> csv() {
        return new Csv<>("permission-sets.csv", "permission sets", List.of("name", "description", "sessionDuration",
                "relayState", "tags", "managedPolicies", "customerManagedPolicies", "permissionsBoundary",
                "inlinePolicy", "assignments", "permissionSetArn"), (p, related) -> java.util.Arrays.asList(p.name(),
                p.description(), p.sessionDuration(), p.relayState(),
                CsvCells.join(p.tags(), t -> t.key() + "=" + Objects.toString(t.value(), "")),
                CsvCells.join(p.managedPolicies(), ManagedPolicy::arn),
                CsvCells.join(p.customerManagedPolicies(), CustomerManagedPolicyReference::qualifiedName),
                csvBoundary(p.permissionsBoundary()), CsvCells.compact(p.inlinePolicy()),
                String.valueOf(assignments(p, related)), CsvCells.origin(p.origin()).id()));
    }

    private static String csvBoundary(PermissionsBoundary boundary) {
        if (boundary == null) {
            return null;
        }
        return boundary.managedPolicyArn() != null ? boundary.managedPolicyArn()
                : boundary.customerManagedPolicyReference() == null ? null
                : boundary.customerManagedPolicyReference().qualifiedName();
    }

    @Override
    public Count count(List<PermissionSet> items) {
        return new Count("Permission sets", "permissionSets", items.size());
    }

    // ---- Planning

    private static PermissionSetChecks checks(Planning planning) {
        return planning.once("permission set checks",
                () -> new PermissionSetChecks(planning.desired(), planning.managementAccountId()));
    }

    @Override
    public Blocked createBlocked(PermissionSet set, Planning planning) {
        String problem = checks(planning).problem(set);
        return problem == null ? null : Blocked.conflict(problem, "it is in conflict: " + problem);
    }

    @Override
    public void planned(PermissionSet set, String changeId, boolean created, Planning planning) {
        checks(planning).warnings(set).forEach(warning -> planning.warn(changeId, warning));
    }

    /** Every field: AWS's API sets each part of a permission set. */
    @Override
    public Set<String> settableFields() {
        return null;
    }

    @Override
    public String updateSkipped(PermissionSet desired, Planning planning) {
        return null;
    }

    @Override
    public String updateConflict(PermissionSet set, Planning planning) {
        String problem = checks(planning).problem(set);
        if (problem == null && planning.isProvisionedToManagementAccount(set.name()) && !planning.callerIsManagement()) {
            problem = "it is provisioned to the management account " + planning.managementAccountId()
                    + ", and a delegated administrator may not change such a permission set";
        }
        return problem;
    }

    @Override
    public boolean keptWhenAbsent(PermissionSet current, Planning planning) {
        return false;
    }

    // ---- Writing

    @Override
    public Lane lane() {
        return Lane.ADMIN;
    }

    @Override
    public String idName() {
        return "permissionSetArn";
    }

    @Override
    public Map<String, String> create(PermissionSet set, Resolved ids, InstanceWriter writer) {
        String created = writer.createPermissionSet(set);
        new PermissionSetUpdate(writer, created, set, List.of()).attachAll();
        return Map.of("permissionSetArn", created);
    }

    /** One request per part that differs, then provisioning again where it is in use. */
    @Override
    public Map<String, String> update(PermissionSet desired, PermissionSet current, List<FieldChange> fields,
                                      Resolved ids, InstanceWriter writer, IdentityCenterConfig target) {
        String arn = current.origin().id();
        boolean provisioned = target.assignments().stream().anyMatch(a -> a.permissionSetName().equals(desired.name()));
        new PermissionSetUpdate(writer, arn, desired, fields).run();
        if (provisioned) {
            writer.provisionToAllAccounts(arn, desired.name());
        }
        return Map.of("permissionSetArn", arn);
    }

    @Override
    public Map<String, String> delete(PermissionSet current, Resolved ids, InstanceWriter writer) {
        writer.deletePermissionSet(current.origin().id(), current.name());
        return Map.of("permissionSetArn", current.origin().id());
    }

    // ---- Undoing

    @Override
    public PermissionSet leftByRun(PermissionSet before, PermissionSet after, PermissionSet current,
                                   Set<String> fields) {
        return after;
    }

    /** Only its name: a create stopped half-way leaves something between this and what it meant to write. */
    @Override
    public PermissionSet partlyCreated(PermissionSet after) {
        return new PermissionSet(after.name(), null, null, null, List.of(), null, List.of(), List.of(), null, null);
    }

    @Override
    public String replacedSinceRun(PermissionSet now, Map<String, String> ids, Function<Reference, Object> referenced) {
        return null;
    }

    @Override
    public String asReferrer(PermissionSet item, Category referred) {
        return item.name();
    }

    @Override
    public String deleteConflict(PermissionSet item, List<List<String>> kept) {
        List<String> assigned = Guards.flat(kept);
        return assigned.isEmpty() ? null : "it has been assigned since the run (" + Guards.shown(assigned)
                + "); AWS deletes a permission set only once it has no assignments. Remove them first, or keep the "
                + "permission set";
    }

    @Override
    public String objectionToDelete(PermissionSet p, InstanceLookup lookup, Function<String, String> names) {
        List<String> accounts = lookup.accountsProvisionedWith(Guards.id(p.origin()));
        return accounts.isEmpty() ? null : "it is still provisioned to account " + String.join(", ", accounts)
                + ": it has assignments there that the rollback does not remove";
    }

    @Override
    public String objectionToRestore(PermissionSet p, InstanceLookup lookup) {
        var planned = new InstanceLookup.Attributes(p.description(), p.sessionDuration(), p.relayState());
        return planned.equals(lookup.permissionSetAttributes(Guards.id(p.origin()))) ? null
                : Guards.changed("permission set");
    }

    @Override
    public String objectionToCreate(PermissionSet item, InstanceLookup lookup) {
        return null;
    }

    // ---- On screen

    @Override
    public String summary(PermissionSet set) {
        return set.description() == null ? "" : set.description();
    }

    @Override
    public String searchText(PermissionSet set, Related related) {
        return label(set).toLowerCase(Locale.ROOT);
    }

    @Override
    public List<Fact> facts(PermissionSet p, Related related) {
        return new Facts()
                .add("Description", p.description())
                .add("Session duration", p.sessionDuration() == null ? "PT1H (AWS default)" : p.sessionDuration())
                .add("Relay state", p.relayState())
                .add("Tags", Facts.lines(p.tags(), tag -> tag.key() + " = " + tag.value()))
                .add("AWS managed policies", Facts.lines(p.managedPolicies(), policy -> policy.name() == null
                        ? policy.arn() : policy.name()))
                .add("Customer managed policies", Facts.lines(p.customerManagedPolicies(),
                        CustomerManagedPolicyReference::qualifiedName))
                .add("Permissions boundary", boundary(p.permissionsBoundary()))
                .add("Inline policy", p.inlinePolicy() == null || p.inlinePolicy().isBlank() ? "none" : "below")
                .add("Assignments in the snapshot", String.format("%,d", assignments(p, related)))
                .list();
    }

    @Override
    public String document(PermissionSet item) {
        return item.inlinePolicy();
    }

    @Override
    public Table<PermissionSet> table(List<PermissionSet> items, Supplier<Related> related) {
        return new Table<>("Permission sets", section(), items, List.of(
                text("Name", PermissionSet::name, 220),
                text("Session", PermissionSet::sessionDuration, 90),
                number("Policies", p -> String.valueOf(p.managedPolicies().size() + p.customerManagedPolicies().size()), 90),
                text("Inline", p -> p.inlinePolicy() == null || p.inlinePolicy().isBlank() ? "" : "✓ yes", 80),
                text("Description", PermissionSet::description, 360)),
                p -> Keys.search(p.name(), p.description(), p.sessionDuration()),
                p -> new Detail(p.name(), new Facts()
                        .add("Description", p.description())
                        .add("Session duration", p.sessionDuration() == null ? "PT1H (AWS default)" : p.sessionDuration())
                        .add("Relay state", p.relayState())
                        .add("Tags", Facts.lines(p.tags(), tag -> tag.key() + " = " + tag.value()))
                        .add("AWS managed policies", Facts.lines(p.managedPolicies(), policy -> policy.name() == null
                                ? policy.arn() : policy.name() + "  (" + policy.arn() + ")"))
                        .add("Customer managed policies", Facts.lines(p.customerManagedPolicies(),
                                CustomerManagedPolicyReference::qualifiedName))
                        .add("Permissions boundary", boundary(p.permissionsBoundary()))
                        .add("Inline policy", p.inlinePolicy() == null || p.inlinePolicy().isBlank() ? "none" : "below")
                        .add("Assignments", String.valueOf(assignments(p, related.get())))
                        .add("ARN in the source", p.origin() == null ? null : p.origin().id())
                        .list(), p.inlinePolicy()));
    }

    private static String boundary(PermissionsBoundary b) {
        if (b == null) {
            return null;
        }
        if (b.managedPolicyArn() != null) {
            return b.managedPolicyArn();
        }
        return b.customerManagedPolicyReference() == null ? null
                : b.customerManagedPolicyReference().qualifiedName() + "  (customer managed)";
    }

    private static int assignments(PermissionSet set, Related related) {
        List<AccountAssignment> list = related.referring(Kinds.ASSIGNMENTS, Category.PERMISSION_SETS, set.name());
        return list.size();
    }
}
