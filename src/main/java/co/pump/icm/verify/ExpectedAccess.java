package co.pump.icm.verify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.MigratorException;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.User;
import co.pump.icm.plan.ChangeIds;
import co.pump.icm.plan.PlanOptions;

/**
 * What the snapshot says a user should see in the new access portal: the permission sets assigned
 * to them directly and through their groups, in the accounts the account map sends them to, less
 * what the import left alone on purpose (skipped assignments and memberships, skipped accounts).
 */
public final class ExpectedAccess {

    private ExpectedAccess() {
    }

    /**
     * The roles a user should see, by account then role.
     *
     * @param snapshot  the snapshot that was imported
     * @param userName  the user (user names are unique regardless of case)
     * @param options   the import's options (the account map)
     * @param leftAlone the IDs of the changes the import left alone ({@code ChangeIds}), e.g. from
     *                  the journal or a {@link DriftCheck}
     * @throws MigratorException (BAD_INPUT) when the snapshot has no such user
     */
    public static List<ExpectedRole> of(IdentityCenterConfig snapshot, String userName, PlanOptions options,
                                        Collection<String> leftAlone) {
        User user = snapshot.users().stream().filter(u -> u.userName().equalsIgnoreCase(userName.trim())).findFirst()
                .orElseThrow(() -> MigratorException.badInput("The snapshot has no user '" + userName.trim()
                        + "'; give the user name as it is in the snapshot, e.g. " + example(snapshot) + "."));
        Set<String> skipped = new HashSet<>(leftAlone);
        Set<String> groups = new HashSet<>();
        for (GroupMembership m : snapshot.memberships()) {
            if (m.userName().equalsIgnoreCase(user.userName()) && !skipped.contains(ChangeIds.membership(m.key()))) {
                groups.add(m.groupName());
            }
        }
        Map<String, String> accountNames = new LinkedHashMap<>();
        snapshot.accounts().forEach(a -> accountNames.put(a.id(), a.name()));
        var byRole = new LinkedHashMap<String, List<String>>();
        var roles = new LinkedHashMap<String, String[]>();
        for (AccountAssignment a : snapshot.assignments()) {
            boolean direct = a.principalType() == PrincipalType.USER && a.principalName().equalsIgnoreCase(user.userName());
            boolean viaGroup = a.principalType() == PrincipalType.GROUP && groups.contains(a.principalName());
            if (!direct && !viaGroup) {
                continue;
            }
            var target = options.accountMap().target(a.accountId());
            if (target.isEmpty()) {
                continue;
            }
            var moved = new AccountAssignment(target.get(), a.permissionSetName(), a.principalType(), a.principalName(), null);
            if (skipped.contains(ChangeIds.assignment(moved.key()))) {
                continue;
            }
            String key = target.get() + "\n" + a.permissionSetName();
            roles.putIfAbsent(key, new String[] {target.get(), a.permissionSetName()});
            byRole.computeIfAbsent(key, k -> new ArrayList<>()).add(direct ? "direct" : "group " + a.principalName());
        }
        var result = new ArrayList<ExpectedRole>();
        roles.forEach((key, role) -> {
            List<String> via = byRole.get(key).stream().distinct()
                    .sorted((x, y) -> x.equals("direct") ? -1 : y.equals("direct") ? 1 : x.compareTo(y)).toList();
            result.add(new ExpectedRole(role[0], accountNames.get(role[0]), role[1], via));
        });
        result.sort((x, y) -> {
            int c = x.accountId().compareTo(y.accountId());
            return c != 0 ? c : x.roleName().compareToIgnoreCase(y.roleName());
        });
        return result;
    }

    private static String example(IdentityCenterConfig snapshot) {
        return snapshot.users().stream().map(User::userName).findFirst().orElse("alice@example.com");
    }
}
