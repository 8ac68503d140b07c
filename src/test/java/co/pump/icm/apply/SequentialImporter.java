package co.pump.icm.apply;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.pump.icm.aws.InstanceWriter;
import co.pump.icm.compare.Category;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.User;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.Plan;

/**
 * The way the existing export/import scripts work, for comparison in benchmarks only: every create
 * of a plan one request at a time, phase after phase, each assignment waited for before the next.
 * Its writer's runner allows one request at a time at the benchmark's rate, which is the scripts'
 * fixed pause between calls.
 */
final class SequentialImporter {

    private final InstanceWriter writer;

    SequentialImporter(InstanceWriter writer) {
        this.writer = writer;
    }

    List<ItemResult> apply(Plan plan) {
        Map<String, String> users = new HashMap<>();
        Map<String, String> groups = new HashMap<>();
        Map<String, String> sets = new HashMap<>();
        var results = new ArrayList<ItemResult>();
        for (Category category : List.of(Category.USERS, Category.GROUPS, Category.MEMBERSHIPS,
                Category.PERMISSION_SETS, Category.ASSIGNMENTS)) {
            for (Change<?> change : plan.writes()) {
                if (change.category() != category || !(change instanceof Change.Create<?>)) {
                    continue;
                }
                try {
                    switch (category) {
                        case USERS -> {
                            User u = (User) change.item();
                            users.put(u.userName().toLowerCase(Locale.ROOT), writer.createUser(u));
                        }
                        case GROUPS -> {
                            Group g = (Group) change.item();
                            groups.put(g.displayName(), writer.createGroup(g));
                        }
                        case MEMBERSHIPS -> {
                            GroupMembership m = (GroupMembership) change.item();
                            writer.createMembership(groups.get(m.groupName()),
                                    users.get(m.userName().toLowerCase(Locale.ROOT)), change.label());
                        }
                        case PERMISSION_SETS -> {
                            PermissionSet p = (PermissionSet) change.item();
                            String arn = co.pump.icm.kind.Kinds.PERMISSION_SETS.create(p, reference -> null, writer)
                                    .get("permissionSetArn");
                            sets.put(p.name(), arn);
                        }
                        case ASSIGNMENTS -> {
                            AccountAssignment a = (AccountAssignment) change.item();
                            String principal = a.principalType() == co.pump.icm.model.PrincipalType.USER
                                    ? users.get(a.principalName().toLowerCase(Locale.ROOT)) : groups.get(a.principalName());
                            writer.createAssignment(a.accountId(), sets.get(a.permissionSetName()), a.principalType(),
                                    principal, change.label());
                        }
                        default -> throw new IllegalStateException();
                    }
                    results.add(new ItemResult(change.id(), category, change.label(), Outcome.SUCCEEDED, null));
                } catch (RuntimeException e) {
                    results.add(new ItemResult(change.id(), category, change.label(), Outcome.FAILED, e.toString()));
                }
            }
        }
        return results;
    }
}
