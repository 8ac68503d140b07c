package co.pump.icm.sandbox.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import co.pump.icm.model.Account;

/**
 * One AWS Organization of a scenario.
 *
 * @param id                     the organization ID, e.g. {@code o-larkspur01}
 * @param management             the management account, which owns the organization's Identity Center instance
 * @param delegatedAdministrator the delegated administrator for IAM Identity Center, or null when there is none
 * @param members                the other member accounts (see {@link SandboxScenario} for how moved accounts count)
 */
public record ScenarioOrganization(String id, Account management, Account delegatedAdministrator,
                                   List<Account> members) {

    public ScenarioOrganization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(management, "management");
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** The management account, the delegated administrator (if any) and the members, in that order. */
    public List<Account> accounts() {
        var all = new ArrayList<Account>(members.size() + 2);
        all.add(management);
        if (delegatedAdministrator != null) {
            all.add(delegatedAdministrator);
        }
        all.addAll(members);
        return all;
    }
}
