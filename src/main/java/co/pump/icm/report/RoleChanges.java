package co.pump.icm.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import co.pump.icm.follow.AccountTimeline;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.plan.ChangeIds;
import co.pump.icm.verify.AccessTestResult;
import co.pump.icm.verify.SignedInRole;

/**
 * For each account and permission set the snapshot assigns (after the run's account map), the old
 * IAM role and the new one. The old role's suffix is not in the snapshot, so it is a pattern; the
 * new one's is known once someone has signed in and taken the role during the Test step. Role ARNs
 * carry IAM Identity Center's path, {@code aws-reserved/sso.amazonaws.com/<region>/}, without the
 * region for an instance in us-east-1 (IAM Identity Center user guide, "Referencing permission sets
 * in resource policies, Amazon EKS, and AWS KMS"). The current organization's management account
 * does not move, so its roles do not change.
 */
final class RoleChanges {

    private RoleChanges() {
    }

    static List<RoleChange> of(JournalRun run, IdentityCenterConfig snapshot, List<AccessTestResult> tests,
                               List<AccountTimeline> timelines) {
        SourceInfo source = run.snapshotSource() != null ? run.snapshotSource() : snapshot.source();
        String sourceManagement = source == null ? null : source.managementAccountId();
        String sourceRegion = source == null ? null : source.region();
        String targetRegion = run.target() == null ? null : run.target().region();
        Map<String, String> names = new HashMap<>();
        snapshot.accounts().forEach(a -> names.put(a.id(), a.name()));

        Map<String, ItemStatus> written = new HashMap<>();
        run.items().forEach(i -> written.put(i.id(), i.status()));
        Map<String, String> leftAlone = new HashMap<>();
        if (run.leftAlone() != null) {
            run.leftAlone().forEach(i -> leftAlone.put(i.id(), String.valueOf(i.reason())));
        }
        Set<String> awaited = new HashSet<>();
        timelines.stream().filter(t -> t.status() == AccountTimeline.Status.AWAITED)
                .forEach(t -> awaited.add(t.accountId()));
        Map<String, String> seen = new HashMap<>();
        for (AccessTestResult test : tests) {
            for (SignedInRole role : test.roles()) {
                seen.put(role.accountId() + "/" + role.permissionSetName(), role.roleArn());
            }
        }

        var pairs = new TreeMap<String, Pair>();
        for (AccountAssignment a : snapshot.assignments()) {
            if (a.accountId().equals(sourceManagement)) {
                continue;
            }
            Optional<String> to = run.options().accountMap().target(a.accountId());
            if (to.isEmpty()) {
                continue;
            }
            String account = to.get();
            Pair pair = pairs.computeIfAbsent(account + "/" + a.permissionSetName(),
                    k -> new Pair(a.accountId(), account, a.permissionSetName()));
            String id = ChangeIds.assignment(new AccountAssignment.AssignmentKey(account, a.permissionSetName(),
                    a.principalType(), a.principalName()));
            ItemStatus status = written.get(id);
            if (status == ItemStatus.DONE || (status == null && run.leftAlone() != null && !leftAlone.containsKey(id))) {
                pair.inPlace = true;
            } else if (awaited.contains(account)) {
                pair.awaited = true;
            }
        }
        var result = new ArrayList<RoleChange>();
        for (Pair p : pairs.values()) {
            RoleChange.Status status = p.inPlace ? RoleChange.Status.IN_PLACE
                    : p.awaited ? RoleChange.Status.AWAITED : RoleChange.Status.NOT_ASSIGNED;
            result.add(new RoleChange(p.account, names.get(p.sourceAccount), p.permissionSet,
                    roleArn(p.sourceAccount, sourceRegion, p.permissionSet),
                    seen.get(p.account + "/" + p.permissionSet), roleArn(p.account, targetRegion, p.permissionSet), status));
        }
        return result;
    }

    /** The ARN pattern of IAM Identity Center's role for a permission set in an account: any suffix. */
    static String roleArn(String accountId, String region, String permissionSet) {
        String path = "aws-reserved/sso.amazonaws.com/" + (region == null ? "*/"
                : "us-east-1".equals(region) ? "" : region + "/");
        return "arn:aws:iam::" + accountId + ":role/" + path + "AWSReservedSSO_" + permissionSet + "_*";
    }

    /** One account and permission set. */
    private static final class Pair {
        final String sourceAccount;
        final String account;
        final String permissionSet;
        boolean inPlace;
        boolean awaited;

        Pair(String sourceAccount, String account, String permissionSet) {
            this.sourceAccount = sourceAccount;
            this.account = account;
            this.permissionSet = permissionSet;
        }
    }
}
