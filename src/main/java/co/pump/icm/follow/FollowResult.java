package co.pump.icm.follow;

import java.util.List;

import co.pump.icm.apply.ItemResult;
import co.pump.icm.apply.Outcome;

/**
 * How following the accounts ended.
 *
 * @param end      why it stopped
 * @param accounts every account it waited for, as it stands at the end
 * @param items    every assignment it tried to make, with its outcome
 * @param problem  AWS's refusal, as a sentence, when {@code end} is {@link FollowEnd#STOPPED_BY_AWS}; else null
 */
public record FollowResult(FollowEnd end, List<AccountTimeline> accounts, List<ItemResult> items, String problem) {

    public FollowResult {
        accounts = List.copyOf(accounts);
        items = List.copyOf(items);
    }

    /** The accounts that have not arrived. */
    public List<AccountTimeline> stillAwaited() {
        return accounts.stream().filter(a -> a.status() == AccountTimeline.Status.AWAITED).toList();
    }

    /** The assignments that failed or were not attempted. */
    public List<ItemResult> failures() {
        return items.stream().filter(i -> i.outcome() != Outcome.SUCCEEDED).toList();
    }

    /** True when every account arrived and every awaited assignment is in place. */
    public boolean complete() {
        return end == FollowEnd.ALL_ARRIVED
                && accounts.stream().allMatch(a -> a.status() == AccountTimeline.Status.ACCESS_GIVEN);
    }
}
