package co.pump.icm.apply;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PrincipalType;

/**
 * The target IDs an import needs, by natural key: those read with the plan, and those of items
 * created in this run, as futures that complete when the item exists (so a membership can start
 * the moment its user and group exist, without looking anything up).
 */
final class TargetIds {

    private final Map<String, CompletableFuture<String>> users = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<String>> groups = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<String>> permissionSets = new ConcurrentHashMap<>();
    private final Map<String, String> memberships = new HashMap<>();

    TargetIds(IdentityCenterConfig target) {
        target.users().forEach(u -> users.put(userKey(u.userName()), CompletableFuture.completedFuture(u.origin().id())));
        target.groups().forEach(g -> groups.put(g.displayName(), CompletableFuture.completedFuture(g.origin().id())));
        target.permissionSets().forEach(p -> permissionSets.put(p.name(),
                CompletableFuture.completedFuture(p.origin().id())));
        for (GroupMembership m : target.memberships()) {
            if (m.origin() != null) {
                memberships.put(membershipKey(m.groupName(), m.userName()), m.origin().id());
            }
        }
    }

    CompletableFuture<String> user(String userName) {
        return users.getOrDefault(userKey(userName), missing("user " + userName));
    }

    CompletableFuture<String> group(String displayName) {
        return groups.getOrDefault(displayName, missing("group " + displayName));
    }

    CompletableFuture<String> permissionSet(String name) {
        return permissionSets.getOrDefault(name, missing("permission set " + name));
    }

    CompletableFuture<String> principal(AccountAssignment a) {
        return a.principalType() == PrincipalType.USER ? user(a.principalName()) : group(a.principalName());
    }

    String membership(GroupMembership m) {
        return memberships.get(membershipKey(m.groupName(), m.userName()));
    }

    /** Registers an item this run will create (or update); the future completes with its ID. */
    void userPending(String userName, CompletableFuture<String> id) {
        users.put(userKey(userName), id);
    }

    void groupPending(String displayName, CompletableFuture<String> id) {
        groups.put(displayName, id);
    }

    void permissionSetPending(String name, CompletableFuture<String> arn) {
        permissionSets.put(name, arn);
    }

    private static CompletableFuture<String> missing(String what) {
        return CompletableFuture.failedFuture(new NotAttempted(what + " does not exist in the target"));
    }

    private static String userKey(String userName) {
        return userName.toLowerCase(Locale.ROOT);
    }

    private static String membershipKey(String group, String user) {
        return group + "\n" + userKey(user);
    }
}
