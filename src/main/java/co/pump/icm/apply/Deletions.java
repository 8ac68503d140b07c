package co.pump.icm.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import co.pump.icm.compare.Category;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.User;
import co.pump.icm.plan.Change;

/**
 * The deletions of a plan, in reverse dependency order: assignments, then memberships, then
 * permission sets, then groups and users, each stage after the previous one has finished.
 */
final class Deletions {

    private final Applier applier;
    private final TargetIds ids;

    Deletions(Applier applier, TargetIds ids) {
        this.applier = applier;
        this.ids = ids;
    }

    List<CompletableFuture<?>> run(List<Change<?>> deletes) {
        var all = new ArrayList<CompletableFuture<?>>();
        for (List<Category> stage : List.of(List.of(Category.ASSIGNMENTS), List.of(Category.MEMBERSHIPS),
                List.of(Category.PERMISSION_SETS), List.of(Category.GROUPS, Category.USERS))) {
            var futures = new ArrayList<CompletableFuture<?>>();
            for (Change<?> change : deletes) {
                if (stage.contains(change.category())) {
                    futures.add(delete(change));
                }
            }
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
            all.addAll(futures);
        }
        return all;
    }

    private CompletableFuture<?> delete(Change<?> change) {
        var writer = applier.writer();
        return switch (change.category()) {
            case USERS -> applier.run(change, applier.identityPool(Category.USERS), () -> {
                User u = (User) change.item();
                writer.deleteUser(u.origin().id(), u.userName());
                return Map.of("userId", u.origin().id());
            });
            case GROUPS -> applier.run(change, applier.identityPool(Category.GROUPS), () -> {
                Group g = (Group) change.item();
                writer.deleteGroup(g.origin().id(), g.displayName());
                return Map.of("groupId", g.origin().id());
            });
            case MEMBERSHIPS -> applier.run(change, applier.identityPool(Category.MEMBERSHIPS), () -> {
                GroupMembership m = (GroupMembership) change.item();
                writer.deleteMembership(m.origin().id(), change.label());
                return Map.of("membershipId", m.origin().id());
            });
            case PERMISSION_SETS -> applier.run(change, applier.adminPool(), () -> {
                PermissionSet p = (PermissionSet) change.item();
                writer.deletePermissionSet(p.origin().id(), p.name());
                return Map.of("permissionSetArn", p.origin().id());
            });
            case ASSIGNMENTS -> {
                AccountAssignment a = (AccountAssignment) change.item();
                var result = new CompletableFuture<Map<String, String>>();
                applier.assignments().submit(a.accountId(), () -> applier.run(change, Runnable::run, () -> {
                    String arn = ids.permissionSet(a.permissionSetName()).join();
                    String principal = ids.principal(a).join();
                    writer.deleteAssignment(a.accountId(), arn, a.principalType(), principal, change.label());
                    return Map.of("accountId", a.accountId(), "permissionSetArn", arn, "principalId", principal);
                }).whenComplete((r, e) -> {
                    if (e != null) {
                        result.completeExceptionally(e);
                    } else {
                        result.complete(r);
                    }
                }));
                yield result;
            }
            default -> throw new IllegalArgumentException("Not a migrated category: " + change.category());
        };
    }
}
