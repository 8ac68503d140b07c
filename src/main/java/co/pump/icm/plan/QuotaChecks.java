package co.pump.icm.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import co.pump.icm.compare.Category;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PrincipalType;

/**
 * IAM Identity Center's quotas, checked on a finished plan so that nothing the import starts
 * runs into one half-way (docs/aws-behaviour.md, "Limits"). What AWS would refuse becomes a
 * Conflict with the reason, and what needed it a Skip; quotas that can be raised are warnings.
 *
 * <ul>
 *   <li>an inline policy has at most {@value #INLINE_POLICY_NON_WHITESPACE} characters that are
 *       not whitespace (besides its 32,768 bytes, which the permission set checks);</li>
 *   <li>at most {@value #GROUPS_PER_PERMISSION_SET_AND_ACCOUNT} groups are assigned one permission
 *       set in one account: the assignments of the target count first, then the plan's in order;
 *       deletions do not make room, since the import deletes last;</li>
 *   <li>{@value #PERMISSION_SETS_PER_INSTANCE} permission sets per instance and
 *       {@value #PERMISSION_SETS_PER_ACCOUNT} provisioned to one account, unless raised.</li>
 * </ul>
 */
final class QuotaChecks {

    static final int INLINE_POLICY_NON_WHITESPACE = 10_240;
    static final int GROUPS_PER_PERMISSION_SET_AND_ACCOUNT = 100;
    static final int PERMISSION_SETS_PER_INSTANCE = 3_500;
    static final int PERMISSION_SETS_PER_ACCOUNT = 500;

    private final List<Change<?>> changes;
    private final IdentityCenterConfig target;
    private final List<PlanWarning> warnings;
    /** Why a permission set the plan was to create will not exist, by name. */
    private final Map<String, String> droppedPermissionSets = new HashMap<>();

    private QuotaChecks(List<Change<?>> changes, IdentityCenterConfig target, List<PlanWarning> warnings) {
        this.changes = changes;
        this.target = target;
        this.warnings = warnings;
    }

    /** Checks a plan's changes against the quotas, replacing those AWS would refuse and adding warnings. */
    static void review(List<Change<?>> changes, IdentityCenterConfig target, List<PlanWarning> warnings) {
        var checks = new QuotaChecks(changes, target, warnings);
        checks.inlinePolicies();
        checks.groupsPerPermissionSet();
        checks.permissionSetCounts();
    }

    /** The characters of a policy that are not whitespace, as the quota counts them. */
    static long nonWhitespace(String policy) {
        return policy.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }

    private void inlinePolicies() {
        for (int i = 0; i < changes.size(); i++) {
            Change<?> change = changes.get(i);
            if (!(change.item() instanceof PermissionSet set) || set.inlinePolicy() == null
                    || !(change instanceof Change.Create<?> || change instanceof Change.Update<?>)) {
                continue;
            }
            long count = nonWhitespace(set.inlinePolicy());
            if (count > INLINE_POLICY_NON_WHITESPACE) {
                String reason = String.format("its inline policy has %,d characters that are not whitespace, and AWS "
                        + "allows %,d; shorten it in the source first", count, INLINE_POLICY_NON_WHITESPACE);
                changes.set(i, new Change.Conflict<>(change.category(), change.id(), change.label(), set, reason));
                if (change instanceof Change.Create<?>) {
                    droppedPermissionSets.put(set.name(), "it is in conflict: " + reason);
                }
            }
        }
        if (droppedPermissionSets.isEmpty()) {
            return;
        }
        for (int i = 0; i < changes.size(); i++) {
            Change<?> change = changes.get(i);
            if (change instanceof Change.Create<?> && change.item() instanceof AccountAssignment a
                    && droppedPermissionSets.containsKey(a.permissionSetName())) {
                changes.set(i, new Change.Skip<>(change.category(), change.id(), change.label(), a, "permission set "
                        + a.permissionSetName() + " will not exist in the target ("
                        + droppedPermissionSets.get(a.permissionSetName()) + ")"));
            }
        }
    }

    private void groupsPerPermissionSet() {
        Map<String, Set<String>> groups = new HashMap<>();
        for (AccountAssignment a : target.assignments()) {
            if (a.principalType() == PrincipalType.GROUP) {
                groups.computeIfAbsent(pair(a), k -> new HashSet<>()).add(a.principalName());
            }
        }
        // In the order of the plan's IDs, so that the same assignments come out over the quota every time.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing(i -> changes.get(i).id()));
        for (int i : order) {
            Change<?> change = changes.get(i);
            if (!(change instanceof Change.Create<?>) || !(change.item() instanceof AccountAssignment a)
                    || a.principalType() != PrincipalType.GROUP) {
                continue;
            }
            Set<String> assigned = groups.computeIfAbsent(pair(a), k -> new HashSet<>());
            if (assigned.size() >= GROUPS_PER_PERMISSION_SET_AND_ACCOUNT) {
                changes.set(i, new Change.Conflict<>(change.category(), change.id(), change.label(), a,
                        "permission set " + a.permissionSetName() + " would be assigned to more than "
                                + GROUPS_PER_PERMISSION_SET_AND_ACCOUNT + " groups in account " + a.accountId()
                                + ", and AWS allows at most " + GROUPS_PER_PERMISSION_SET_AND_ACCOUNT
                                + "; give these groups access through fewer, larger groups first"));
            } else {
                assigned.add(a.principalName());
            }
        }
    }

    private void permissionSetCounts() {
        long created = changes.stream().filter(c -> c instanceof Change.Create<?>
                && c.category() == Category.PERMISSION_SETS).count();
        long total = target.permissionSets().size() + created;
        if (total > PERMISSION_SETS_PER_INSTANCE) {
            warnings.add(new PlanWarning(null, String.format("The target would have %,d permission sets; AWS allows "
                    + "%,d per instance unless the quota was raised. Ask for an increase in the new organization "
                    + "first.", total, PERMISSION_SETS_PER_INSTANCE)));
        }
        Map<String, Set<String>> perAccount = new HashMap<>();
        target.assignments().forEach(a -> perAccount.computeIfAbsent(a.accountId(), k -> new HashSet<>())
                .add(a.permissionSetName()));
        for (Change<?> change : changes) {
            if (change instanceof Change.Create<?> && change.item() instanceof AccountAssignment a) {
                perAccount.computeIfAbsent(a.accountId(), k -> new HashSet<>()).add(a.permissionSetName());
            }
        }
        var crowded = new TreeSet<String>();
        perAccount.forEach((account, sets) -> {
            if (sets.size() > PERMISSION_SETS_PER_ACCOUNT) {
                crowded.add(account + " (" + sets.size() + ")");
            }
        });
        if (!crowded.isEmpty()) {
            warnings.add(new PlanWarning(null, "These accounts would have more permission sets provisioned than the "
                    + PERMISSION_SETS_PER_ACCOUNT + " AWS allows per account unless the quota was raised: "
                    + String.join(", ", new ArrayList<>(crowded)) + ". Ask for an increase in the new organization "
                    + "first."));
        }
    }

    private static String pair(AccountAssignment a) {
        return a.accountId() + "\n" + a.permissionSetName();
    }
}
