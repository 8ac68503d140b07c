package co.pump.icm.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import co.pump.icm.compare.Category;
import co.pump.icm.compare.CompareOptions;
import co.pump.icm.compare.Comparison;
import co.pump.icm.compare.ConfigurationComparer;
import co.pump.icm.compare.Difference;
import co.pump.icm.compare.FieldChange;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.User;

/**
 * Makes a {@link Plan}: compares the snapshot (after the account map) with the target and decides,
 * item by item, what an import does, checking beforehand what AWS would refuse half-way, so that
 * those items show as skipped or in conflict instead of failing during the import.
 *
 * <p>Order matters: users and groups first, then memberships (which need both), permission sets,
 * then assignments (which need a principal and a permission set). An item that will not exist
 * makes everything that needs it a Skip with the reason.
 */
public final class Planner {

    /** Names AWS reserves for users and groups. */
    static final Set<String> RESERVED_NAMES = Set.of("administrator", "awsadministrators");

    private final IdentityCenterConfig target;
    private final PlanOptions options;
    private final TargetFacts facts;
    private final List<Change<?>> changes = new ArrayList<>();
    private final List<PlanWarning> warnings = new ArrayList<>();
    private final Map<Category, Integer> unchanged = new EnumMap<>(Category.class);
    private final Fates users = new Fates(true);
    private final Fates groups = new Fates(false);
    private final Fates permissionSets = new Fates(false);

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
        IdentityCenterConfig desired = mapped.config();
        Comparison comparison = ConfigurationComparer.compare(target, desired, CompareOptions.migratedOnly());
        warnings.addAll(facts.warnings());

        planUsers(comparison);
        planGroups(comparison);
        planMemberships(comparison);
        planPermissionSets(comparison, desired);
        changes.addAll(mapped.skipped());
        planAssignments(comparison, desired.source() == null ? null : desired.source().managementAccountId());
        QuotaChecks.review(changes, target, warnings);
        return new Plan(desired, target, options, sorted(), unchanged, warnings);
    }

    private void planUsers(Comparison comparison) {
        var category = comparison.users();
        unchanged.put(Category.USERS, category.unchangedCount());
        target.users().forEach(u -> users.willExist(u.userName()));
        for (Difference<String, User> difference : category.differences()) {
            if (difference instanceof Difference.OnlyRight<String, User> only) {
                User user = only.right();
                String id = ChangeIds.user(user.userName());
                String blocked = blockedCreate(Category.USERS, id);
                if (blocked == null && options.identitySource() == IdentitySource.MATCH) {
                    blocked = "not provisioned by your identity provider yet";
                }
                if (blocked == null && RESERVED_NAMES.contains(user.userName().toLowerCase(Locale.ROOT))) {
                    conflict(Category.USERS, id, user.userName(), user,
                            "AWS reserves the user name " + user.userName() + "; rename the user in the source first");
                    users.willNotExist(user.userName(), "its name is reserved by AWS");
                    continue;
                }
                if (blocked != null) {
                    skip(Category.USERS, id, user.userName(), user, blocked);
                    users.willNotExist(user.userName(), blocked);
                } else {
                    changes.add(new Change.Create<>(Category.USERS, id, user.userName(), user));
                    users.willExist(user.userName());
                    if ("DISABLED".equals(user.userStatus())) {
                        warnings.add(new PlanWarning(id, "User " + user.userName() + " is disabled in the source; "
                                + "AWS's API creates users enabled. Disable the user in the IAM Identity Center "
                                + "console after the import if it should stay disabled."));
                    }
                }
            } else if (difference instanceof Difference.Changed<String, User> changed) {
                String id = ChangeIds.user(changed.right().userName());
                planUpdate(Category.USERS, id, changed.right().userName(), changed.right(), changed.left(),
                        settable(id, changed.right().userName(), changed.changes(), UserUpdates.SETTABLE_FIELDS));
            } else if (difference instanceof Difference.OnlyLeft<String, User> only) {
                planDelete(Category.USERS, ChangeIds.user(only.left().userName()), only.left().userName(), only.left());
            }
        }
    }

    private void planGroups(Comparison comparison) {
        var category = comparison.groups();
        unchanged.put(Category.GROUPS, category.unchangedCount());
        target.groups().forEach(g -> groups.willExist(g.displayName()));
        for (Difference<String, Group> difference : category.differences()) {
            if (difference instanceof Difference.OnlyRight<String, Group> only) {
                Group group = only.right();
                String id = ChangeIds.group(group.displayName());
                String blocked = blockedCreate(Category.GROUPS, id);
                if (blocked == null && options.identitySource() == IdentitySource.MATCH) {
                    blocked = "not provisioned by your identity provider yet";
                }
                if (blocked == null && RESERVED_NAMES.contains(group.displayName().toLowerCase(Locale.ROOT))) {
                    conflict(Category.GROUPS, id, group.displayName(), group,
                            "AWS reserves the group name " + group.displayName() + "; rename the group in the source first");
                    groups.willNotExist(group.displayName(), "its name is reserved by AWS");
                    continue;
                }
                if (blocked != null) {
                    skip(Category.GROUPS, id, group.displayName(), group, blocked);
                    groups.willNotExist(group.displayName(), blocked);
                } else {
                    changes.add(new Change.Create<>(Category.GROUPS, id, group.displayName(), group));
                    groups.willExist(group.displayName());
                }
            } else if (difference instanceof Difference.Changed<String, Group> changed) {
                String id = ChangeIds.group(changed.right().displayName());
                planUpdate(Category.GROUPS, id, changed.right().displayName(), changed.right(), changed.left(),
                        settable(id, changed.right().displayName(), changed.changes(), Set.of("description")));
            } else if (difference instanceof Difference.OnlyLeft<String, Group> only) {
                planDelete(Category.GROUPS, ChangeIds.group(only.left().displayName()), only.left().displayName(),
                        only.left());
            }
        }
    }

    private void planMemberships(Comparison comparison) {
        var category = comparison.memberships();
        unchanged.put(Category.MEMBERSHIPS, category.unchangedCount());
        for (var difference : category.differences()) {
            if (difference instanceof Difference.OnlyRight<GroupMembership.MembershipKey, GroupMembership> only) {
                GroupMembership membership = only.right();
                String id = ChangeIds.membership(membership.key());
                String label = membership.key().toString();
                String blocked = blockedCreate(Category.MEMBERSHIPS, id);
                if (blocked == null) {
                    blocked = missing("group", membership.groupName(), groups);
                }
                if (blocked == null) {
                    blocked = missing("user", membership.userName(), users);
                }
                if (blocked == null && options.identitySource() == IdentitySource.MATCH
                        && facts.isProvisionedByIdentityProvider(membership.groupName())) {
                    blocked = "group " + membership.groupName() + " is managed by your identity provider: add "
                            + membership.userName() + " to it there";
                }
                if (blocked != null) {
                    skip(Category.MEMBERSHIPS, id, label, membership, blocked);
                } else {
                    changes.add(new Change.Create<>(Category.MEMBERSHIPS, id, label, membership));
                }
            } else if (difference instanceof Difference.OnlyLeft<GroupMembership.MembershipKey, GroupMembership> only) {
                GroupMembership membership = only.left();
                if (options.identitySource() == IdentitySource.MATCH
                        && facts.isProvisionedByIdentityProvider(membership.groupName())) {
                    continue;
                }
                planDelete(Category.MEMBERSHIPS, ChangeIds.membership(membership.key()), membership.key().toString(),
                        membership);
            }
        }
    }

    private void planPermissionSets(Comparison comparison, IdentityCenterConfig desired) {
        var category = comparison.permissionSets();
        unchanged.put(Category.PERMISSION_SETS, category.unchangedCount());
        target.permissionSets().forEach(p -> permissionSets.willExist(p.name()));
        var checks = new PermissionSetChecks(desired, facts);
        for (Difference<String, PermissionSet> difference : category.differences()) {
            if (difference instanceof Difference.OnlyRight<String, PermissionSet> only) {
                PermissionSet set = only.right();
                String id = ChangeIds.permissionSet(set.name());
                String blocked = blockedCreate(Category.PERMISSION_SETS, id);
                String problem = blocked == null ? checks.problem(set) : null;
                if (blocked != null) {
                    skip(Category.PERMISSION_SETS, id, set.name(), set, blocked);
                    permissionSets.willNotExist(set.name(), blocked);
                } else if (problem != null) {
                    conflict(Category.PERMISSION_SETS, id, set.name(), set, problem);
                    permissionSets.willNotExist(set.name(), "it is in conflict: " + problem);
                } else {
                    changes.add(new Change.Create<>(Category.PERMISSION_SETS, id, set.name(), set));
                    permissionSets.willExist(set.name());
                    warnings.addAll(checks.warnings(set, id));
                }
            } else if (difference instanceof Difference.Changed<String, PermissionSet> changed) {
                PermissionSet set = changed.right();
                String id = ChangeIds.permissionSet(set.name());
                String problem = checks.problem(set);
                if (problem == null && facts.isProvisionedToManagementAccount(set.name()) && !facts.callerIsManagement()) {
                    problem = "it is provisioned to the management account " + facts.managementAccountId()
                            + ", and a delegated administrator may not change such a permission set";
                }
                if (problem != null && options.updateExisting() && !isDeselected(id)) {
                    conflict(Category.PERMISSION_SETS, id, set.name(), set, problem);
                    continue;
                }
                if (planUpdate(Category.PERMISSION_SETS, id, set.name(), set, changed.left(), changed.changes())) {
                    warnings.addAll(checks.warnings(set, id));
                }
            } else if (difference instanceof Difference.OnlyLeft<String, PermissionSet> only) {
                planDelete(Category.PERMISSION_SETS, ChangeIds.permissionSet(only.left().name()), only.left().name(),
                        only.left());
            }
        }
    }

    private void planAssignments(Comparison comparison, String sourceManagementAccount) {
        var category = comparison.assignments();
        unchanged.put(Category.ASSIGNMENTS, category.unchangedCount());
        for (var difference : category.differences()) {
            if (difference instanceof Difference.OnlyRight<AccountAssignment.AssignmentKey, AccountAssignment> only) {
                AccountAssignment assignment = only.right();
                String id = ChangeIds.assignment(assignment.key());
                String label = assignment.key().toString();
                String blocked = blockedCreate(Category.ASSIGNMENTS, id);
                if (blocked == null) {
                    blocked = facts.accountProblem(assignment.accountId());
                    if (blocked != null && assignment.accountId().equals(sourceManagementAccount)) {
                        blocked = "account " + assignment.accountId() + " is the current organization's management "
                                + "account, which does not move to the new organization";
                    }
                }
                if (blocked == null) {
                    blocked = missing("permission set", assignment.permissionSetName(), permissionSets);
                }
                if (blocked == null) {
                    blocked = assignment.principalType() == PrincipalType.USER
                            ? missing("user", assignment.principalName(), users)
                            : missing("group", assignment.principalName(), groups);
                }
                if (blocked != null) {
                    skip(Category.ASSIGNMENTS, id, label, assignment, blocked);
                } else {
                    changes.add(new Change.Create<>(Category.ASSIGNMENTS, id, label, assignment));
                }
            } else if (difference instanceof Difference.OnlyLeft<AccountAssignment.AssignmentKey, AccountAssignment> only) {
                AccountAssignment assignment = only.left();
                if (assignment.accountId().equals(facts.managementAccountId()) && !facts.callerIsManagement()) {
                    continue; // a delegated administrator cannot touch the management account
                }
                planDelete(Category.ASSIGNMENTS, ChangeIds.assignment(assignment.key()), assignment.key().toString(),
                        assignment);
            }
        }
    }

    /** Why a create in this category may not happen (category left out, item deselected), or null. */
    private String blockedCreate(Category category, String id) {
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

    private static String missing(String kind, String name, Fates fates) {
        String why = fates.whyMissing(name);
        return why == null ? null : kind + " " + name + " will not exist in the target (" + why + ")";
    }

    /** Plans an update; returns true when the item will be updated. */
    private <T> boolean planUpdate(Category category, String id, String label, T desired, T current,
                                   List<FieldChange> fields) {
        if (fields.isEmpty()) {
            unchanged.merge(category, 1, Integer::sum);
            return false;
        }
        String blocked = null;
        if (!options.categories().contains(category)) {
            blocked = category.label().toLowerCase(Locale.ROOT) + " are not part of this import";
        } else if (options.identitySource() == IdentitySource.MATCH
                && (category == Category.USERS || category == Category.GROUPS)) {
            blocked = "managed by your identity provider; icm does not change it";
        } else if (!options.updateExisting()) {
            blocked = "differs from the snapshot, and updating existing items is off";
        } else if (isDeselected(id)) {
            blocked = "deselected";
        }
        if (blocked != null) {
            skip(category, id, label, desired, blocked);
            return false;
        }
        changes.add(new Change.Update<>(category, id, label, desired, current, fields));
        return true;
    }

    private <T> void planDelete(Category category, String id, String label, T current) {
        if (options.deleteAbsent() && options.categories().contains(category) && !isDeselected(id)
                && (options.identitySource() == IdentitySource.CREATE
                || !(category == Category.USERS || category == Category.GROUPS))) {
            changes.add(new Change.Delete<>(category, id, label, current));
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

    private <T> void skip(Category category, String id, String label, T item, String reason) {
        changes.add(new Change.Skip<>(category, id, label, item, reason));
    }

    private <T> void conflict(Category category, String id, String label, T item, String reason) {
        changes.add(new Change.Conflict<>(category, id, label, item, reason));
    }

    private List<Change<?>> sorted() {
        var result = new ArrayList<>(changes);
        result.sort((a, b) -> {
            int c = a.category().compareTo(b.category());
            return c != 0 ? c : a.id().compareTo(b.id());
        });
        return result;
    }
}
