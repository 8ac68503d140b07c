package co.pump.icm.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import co.pump.icm.compare.Category;
import co.pump.icm.kind.Kinds;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.IdentityCenterConfig;

/** Applies an {@link AccountMap} to a snapshot's assignments. */
final class AccountMapping {

    /** The snapshot with assignments moved to their target accounts, and the skipped ones. */
    record Result(IdentityCenterConfig config, List<Change<?>> skipped) {
    }

    private AccountMapping() {
    }

    static Result apply(IdentityCenterConfig snapshot, AccountMap map) {
        if (map.isIdentity()) {
            return new Result(snapshot, List.of());
        }
        var assignments = new LinkedHashMap<AccountAssignment.AssignmentKey, AccountAssignment>();
        var skipped = new ArrayList<Change<?>>();
        for (AccountAssignment a : snapshot.assignments()) {
            Optional<String> target = map.target(a.accountId());
            if (target.isEmpty()) {
                skipped.add(new Change.Skip<>(Category.ASSIGNMENTS, Kinds.ASSIGNMENTS.changeId(a), a.key().toString(), a,
                        "account " + a.accountId() + " is skipped by the account map"));
                continue;
            }
            var moved = new AccountAssignment(target.get(), a.permissionSetName(), a.principalType(), a.principalName(),
                    a.origin());
            // Two source accounts mapped onto one target account may give the same assignment twice.
            assignments.putIfAbsent(moved.key(), moved);
        }
        var config = new IdentityCenterConfig(snapshot.source(), snapshot.accounts(), snapshot.users(), snapshot.groups(),
                snapshot.memberships(), snapshot.permissionSets(), new ArrayList<>(assignments.values()),
                snapshot.accessControl(), snapshot.applications());
        return new Result(config, skipped);
    }
}
