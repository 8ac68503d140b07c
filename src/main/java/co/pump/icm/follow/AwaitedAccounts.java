package co.pump.icm.follow;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import co.pump.icm.compare.Category;
import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Group;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.User;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.Plan;

/**
 * The accounts a preview showed as not yet in the new organization, each with the assignments the
 * preview showed for it. These, and only these, are what following the accounts may create: an
 * assignment the preview left alone for another reason (deselected, its account skipped by the
 * account map, its user or group or permission set not going to exist) is not awaited, and the
 * current organization's management account never moves, so nothing is awaited there either.
 */
public final class AwaitedAccounts {

    /**
     * An assignment to an account outside the new organization that following will not create, and why.
     *
     * @param reason a sentence fragment, e.g. {@code user bob@acme.com will not exist in the target}
     */
    public record LeftOut(String changeId, String label, String reason) {
    }

    private final List<AwaitedAccount> accounts;
    private final List<LeftOut> leftOut;

    private AwaitedAccounts(List<AwaitedAccount> accounts, List<LeftOut> leftOut) {
        this.accounts = List.copyOf(accounts);
        this.leftOut = List.copyOf(leftOut);
    }

    /** What a plan awaits. When the target's accounts could not be read, nothing is awaited. */
    public static AwaitedAccounts of(Plan plan) {
        IdentityCenterConfig target = plan.target();
        Set<String> inOrganization = new HashSet<>();
        target.accounts().stream().filter(a -> a.status() != null).forEach(a -> inOrganization.add(a.id()));
        if (inOrganization.isEmpty() || !plan.options().categories().contains(Category.ASSIGNMENTS)) {
            return new AwaitedAccounts(List.of(), List.of());
        }
        String sourceManagement = plan.snapshot().source() == null ? null
                : plan.snapshot().source().managementAccountId();
        var willExist = new WillExist(plan);
        var byAccount = new LinkedHashMap<String, List<AwaitedAssignment>>();
        var leftOut = new ArrayList<LeftOut>();
        for (Change<?> change : plan.changes()) {
            if (!(change instanceof Change.Skip<?> skip) || change.category() != Category.ASSIGNMENTS) {
                continue;
            }
            AccountAssignment a = (AccountAssignment) skip.item();
            if (inOrganization.contains(a.accountId()) || plan.options().deselected().contains(change.id())
                    || plan.options().accountMap().skip().contains(a.accountId())) {
                continue;
            }
            String reason = a.accountId().equals(sourceManagement)
                    ? "account " + a.accountId() + " is the current organization's management account, which does "
                    + "not move to the new organization"
                    : willExist.missing(a);
            if (reason != null) {
                leftOut.add(new LeftOut(change.id(), change.label(), reason));
            } else {
                byAccount.computeIfAbsent(a.accountId(), k -> new ArrayList<>())
                        .add(new AwaitedAssignment(change.id(), change.label(), a));
            }
        }
        Map<String, String> names = names(plan);
        var accounts = new ArrayList<AwaitedAccount>();
        byAccount.forEach((id, assignments) -> accounts.add(new AwaitedAccount(id, names.get(id), assignments)));
        return new AwaitedAccounts(accounts, leftOut);
    }

    /** The awaited accounts, in the order the preview lists their assignments. */
    public List<AwaitedAccount> accounts() {
        return accounts;
    }

    /** The account with this ID, or null when it is not awaited. */
    public AwaitedAccount account(String accountId) {
        return accounts.stream().filter(a -> a.accountId().equals(accountId)).findFirst().orElse(null);
    }

    /** Assignments to accounts outside the new organization that following will not create. */
    public List<LeftOut> leftOut() {
        return leftOut;
    }

    /** How many assignments await all the accounts together. */
    public int assignmentCount() {
        return accounts.stream().mapToInt(a -> a.assignments().size()).sum();
    }

    public boolean isEmpty() {
        return accounts.isEmpty();
    }

    /** The users, groups and permission sets that will be in the target after the import, by name. */
    private static final class WillExist {
        private final Set<String> users = new HashSet<>();
        private final Set<String> groups = new HashSet<>();
        private final Set<String> permissionSets = new HashSet<>();

        WillExist(Plan plan) {
            plan.target().users().forEach(u -> users.add(u.userName().toLowerCase(Locale.ROOT)));
            plan.target().groups().forEach(g -> groups.add(g.displayName()));
            plan.target().permissionSets().forEach(p -> permissionSets.add(p.name()));
            for (Change<?> change : plan.changes()) {
                if (change.kind() != ChangeKind.CREATE) {
                    continue;
                }
                if (change.item() instanceof User user) {
                    users.add(user.userName().toLowerCase(Locale.ROOT));
                } else if (change.item() instanceof Group group) {
                    groups.add(group.displayName());
                } else if (change.item() instanceof PermissionSet set) {
                    permissionSets.add(set.name());
                }
            }
        }

        /** Why the assignment's user, group or permission set will not be there when its account arrives, or null. */
        String missing(AccountAssignment a) {
            boolean principal = a.principalType() == PrincipalType.USER
                    ? users.contains(a.principalName().toLowerCase(Locale.ROOT))
                    : groups.contains(a.principalName());
            if (!principal) {
                return a.principalType().name().toLowerCase(Locale.ROOT) + " " + a.principalName()
                        + " will not exist in the target";
            }
            return permissionSets.contains(a.permissionSetName()) ? null
                    : "permission set " + a.permissionSetName() + " will not exist in the target";
        }
    }

    private static Map<String, String> names(Plan plan) {
        var names = new LinkedHashMap<String, String>();
        for (List<Account> list : List.of(plan.target().accounts(), plan.snapshot().accounts())) {
            list.stream().filter(a -> a.name() != null).forEach(a -> names.putIfAbsent(a.id(), a.name()));
        }
        return names;
    }
}
