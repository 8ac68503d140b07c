package co.pump.icm.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import co.pump.icm.compare.Category;
import co.pump.icm.kind.UserKind;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.model.User;
import co.pump.icm.plan.ChangeIds;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.DisabledUsers;
import co.pump.icm.plan.PlanWarning;
import co.pump.icm.verify.IdentityProviderChecklist;

/**
 * What is left to do by hand after an import, worked out from the run and the snapshot: first
 * disable the users that are disabled in the source and were created anyway, then finish the run,
 * tell people to set a password and MFA, connect the identity provider, make sure the customer
 * managed policies exist, ask for the policy quota, see which disabled users were left out, and
 * the plan's other warnings.
 */
final class FollowUps {

    /** IAM allows 10 managed policies per role unless the quota was raised (up to 20). */
    static final int DEFAULT_POLICY_QUOTA = 10;

    private FollowUps() {
    }

    static List<FollowUp> of(JournalRun run, IdentityCenterConfig snapshot, UsersToNotify notify,
                             IdentityProviderChecklist checklist, List<ReportItem> leftAlone,
                             List<PlanWarning> warnings) {
        var result = new ArrayList<FollowUp>();
        // Until they are disabled, people who left can sign in again: that comes before anything else.
        Set<String> disabled = disabledUsersCreated(run, snapshot, result);
        finishTheRun(run, result);
        if (notify.passwordsNeeded() && !notify.recipients().isEmpty()) {
            int n = notify.recipients().size();
            result.add(new FollowUp(FirstSignIn.TITLE, FirstSignIn.DETAIL, List.of("AWS's guide: " + FirstSignIn.SOURCE)));
            result.add(new FollowUp("Then ask " + n + (n == 1 ? " person" : " people") + " to set a password and MFA again",
                    "Passwords and MFA devices cannot be moved. Send them the message in the users-to-notify text file "
                            + "saved beside the report; the list is in the CSV beside it and below. Each receives a one-time password by "
                            + "email the first time they sign in (with the setting above), then chooses a password "
                            + "and registers MFA.", List.of()));
        }
        if (checklist != null) {
            result.add(new FollowUp("Connect your identity provider to the new instance (SAML and SCIM)",
                    "Users and groups come from your identity provider: nobody needs a new password, but the "
                            + "provider needs a new application that points to the new instance.", checklist.steps()));
            if (!checklist.allProvisioned()) {
                var waiting = new ArrayList<String>();
                checklist.usersNotProvisioned().forEach(u -> waiting.add("User " + u));
                checklist.groupsNotProvisioned().forEach(g -> waiting.add("Group " + g));
                result.add(new FollowUp("Provision the users and groups that have not arrived yet",
                        "Their memberships and assignments are made when you import again after provisioning.",
                        waiting));
            }
        }
        customerManagedPolicies(run, snapshot, leftAlone == null ? List.of() : leftAlone, result);
        policyQuota(snapshot, run, result);
        disabledUsersLeftOut(leftAlone == null ? List.of() : leftAlone, result);
        otherWarnings(warnings, disabled, result);
        return result;
    }

    private static void finishTheRun(JournalRun run, List<FollowUp> result) {
        long notDone = run.items().stream().filter(i -> i.status() != ItemStatus.DONE).count();
        if (!run.finished() || (run.end() != null && run.end().cancelled())) {
            result.add(new FollowUp("Finish the import", (run.finished() ? "The run was cancelled" :
                    "The run stopped before it finished (it has no end record)")
                    + ". Import again with the same snapshot: it does only what is left and changes nothing that is "
                    + "already right.", List.of()));
        } else if (notDone > 0) {
            result.add(new FollowUp("Fix what failed, then import again", notDone + " change"
                    + (notDone == 1 ? " was" : "s were") + " not made; the reasons are under Failed. Once the cause is "
                    + "fixed, import again with the same snapshot: it does only what is left.", List.of()));
        }
    }

    private static void customerManagedPolicies(JournalRun run, IdentityCenterConfig snapshot,
                                                List<ReportItem> leftAlone, List<FollowUp> result) {
        Map<String, Set<String>> failedAccounts = assignmentAccounts(run.items(ItemStatus.FAILED));
        Map<String, Set<String>> skippedAccounts = assignmentAccounts(leftAlone);
        var items = new ArrayList<String>();
        for (PermissionSet set : snapshot.permissionSets()) {
            var policies = new TreeSet<String>();
            set.customerManagedPolicies().forEach(p -> policies.add(p.qualifiedName()));
            if (set.permissionsBoundary() != null && set.permissionsBoundary().customerManagedPolicyReference() != null) {
                policies.add(set.permissionsBoundary().customerManagedPolicyReference().qualifiedName() + " (boundary)");
            }
            if (policies.isEmpty()) {
                continue;
            }
            Set<String> accounts = targetAccounts(run, snapshot, set.name());
            // Accounts where every assignment of the set was skipped (not moved yet, say) come last.
            var later = new TreeSet<>(skippedAccounts.getOrDefault(set.name(), Set.of()));
            later.retainAll(accounts);
            later.removeAll(assignedAccounts(run, snapshot, set.name(), leftAlone));
            accounts.removeAll(later);
            String line = set.name() + ": " + String.join(", ", policies) + (accounts.isEmpty()
                    ? " in each account it is assigned to" : " in " + String.join(", ", accounts));
            Set<String> failed = failedAccounts.getOrDefault(set.name(), Set.of());
            if (!failed.isEmpty()) {
                line += " — ✗ assignments failed in " + String.join(", ", failed) + ": check the policies exist there";
            }
            if (!later.isEmpty()) {
                line += "; also in " + String.join(", ", later) + " before its skipped assignments there are made";
            }
            items.add(line);
        }
        if (!items.isEmpty()) {
            result.add(new FollowUp("Make sure the customer managed policies exist in the accounts",
                    "Permission sets refer to customer managed policies by name and path; IAM Identity Center does not "
                            + "create them. Each must exist, with the same name and path, in every account the "
                            + "permission set is assigned to, or its assignments there fail.", items));
        }
    }

    private static void policyQuota(IdentityCenterConfig snapshot, JournalRun run, List<FollowUp> result) {
        var items = new ArrayList<String>();
        for (PermissionSet set : snapshot.permissionSets()) {
            int policies = set.managedPolicies().size() + set.customerManagedPolicies().size();
            if (policies > DEFAULT_POLICY_QUOTA) {
                Set<String> accounts = targetAccounts(run, snapshot, set.name());
                items.add(set.name() + " has " + policies + " managed and customer managed policies"
                        + (accounts.isEmpty() ? "" : " (accounts " + String.join(", ", accounts) + ")"));
            }
        }
        if (!items.isEmpty()) {
            result.add(new FollowUp("Ask for the IAM quota increase for permission sets with more than "
                    + DEFAULT_POLICY_QUOTA + " policies",
                    "IAM allows " + DEFAULT_POLICY_QUOTA + " managed policies per role unless the quota \"Managed "
                            + "policies per role\" was raised. Request the same increase (Service Quotas) in the new "
                            + "organization's accounts, or provisioning these permission sets fails.", items));
        }
    }

    private static Set<String> disabledUsersCreated(JournalRun run, IdentityCenterConfig snapshot,
                                                    List<FollowUp> result) {
        var disabled = new TreeSet<String>();
        for (User user : snapshot.users()) {
            if ("DISABLED".equals(user.userStatus())) {
                disabled.add(user.userName().toLowerCase(Locale.ROOT));
            }
        }
        var created = new TreeSet<String>();
        for (ReportItem item : run.items(ItemStatus.DONE)) {
            if (item.category() == Category.USERS && item.kind() == ChangeKind.CREATE
                    && disabled.contains(item.label().toLowerCase(Locale.ROOT))) {
                created.add(item.label());
            }
        }
        if (!created.isEmpty()) {
            result.add(new FollowUp(DisabledUsers.DISABLE_TITLE, DisabledUsers.DISABLE_DETAIL, new ArrayList<>(created)));
        }
        return created;
    }

    /** The users disabled in the source that the import did not create (the default), by name. */
    private static void disabledUsersLeftOut(List<ReportItem> leftAlone, List<FollowUp> result) {
        var names = new TreeSet<String>();
        for (ReportItem item : leftAlone) {
            if (item.category() == Category.USERS && UserKind.DISABLED_SKIPPED.equals(item.reason())) {
                names.add(item.label());
            }
        }
        if (!names.isEmpty()) {
            result.add(new FollowUp(DisabledUsers.LEFT_OUT_TITLE, DisabledUsers.LEFT_OUT_DETAIL,
                    new ArrayList<>(names)));
        }
    }

    /**
     * The plan's warnings not already covered above: those of permission sets (policies, quota)
     * and of the disabled users are left out.
     */
    private static void otherWarnings(List<PlanWarning> warnings, Set<String> disabledCreated, List<FollowUp> result) {
        if (warnings == null) {
            return;
        }
        var covered = new HashSet<String>();
        disabledCreated.forEach(u -> covered.add("user:" + u));
        var items = new ArrayList<String>();
        for (PlanWarning warning : warnings) {
            String id = warning.changeId();
            if (id != null && (id.startsWith("permission-set:") || covered.contains(id))) {
                continue;
            }
            items.add(warning.message());
        }
        if (!items.isEmpty()) {
            result.add(new FollowUp("Check the plan's other warnings", null, items));
        }
    }

    /** The target accounts a permission set is assigned to, after the account map. */
    private static Set<String> targetAccounts(JournalRun run, IdentityCenterConfig snapshot, String permissionSet) {
        var accounts = new TreeSet<String>();
        SourceInfo target = run.target();
        for (AccountAssignment a : snapshot.assignments()) {
            if (a.permissionSetName().equals(permissionSet)) {
                run.options().accountMap().target(a.accountId()).ifPresent(accounts::add);
            }
        }
        if (target != null && target.managementAccountId() != null
                && !target.managementAccountId().equals(target.accountId())) {
            accounts.remove(target.managementAccountId()); // a delegated administrator cannot assign there
        }
        return accounts;
    }

    /** The target accounts where a permission set has an assignment that was not skipped. */
    private static Set<String> assignedAccounts(JournalRun run, IdentityCenterConfig snapshot, String permissionSet,
                                                List<ReportItem> leftAlone) {
        var skipped = new HashSet<String>();
        leftAlone.forEach(i -> skipped.add(i.id()));
        var accounts = new TreeSet<String>();
        for (AccountAssignment a : snapshot.assignments()) {
            if (!a.permissionSetName().equals(permissionSet)) {
                continue;
            }
            run.options().accountMap().target(a.accountId()).ifPresent(target -> {
                var moved = new AccountAssignment(target, a.permissionSetName(), a.principalType(), a.principalName(), null);
                if (!skipped.contains(ChangeIds.assignment(moved.key()))) {
                    accounts.add(target);
                }
            });
        }
        return accounts;
    }

    /** Permission set name → accounts of the given assignment items. */
    private static Map<String, Set<String>> assignmentAccounts(List<ReportItem> items) {
        var result = new TreeMap<String, Set<String>>();
        for (ReportItem item : items) {
            if (item.category() != Category.ASSIGNMENTS || !item.id().startsWith("assignment:")) {
                continue;
            }
            String[] parts = item.id().substring("assignment:".length()).split("/", 3);
            if (parts.length == 3) {
                result.computeIfAbsent(parts[1], k -> new TreeSet<>()).add(parts[0]);
            }
        }
        return result;
    }
}
