package co.pump.icm.report;

import java.util.List;

import co.pump.icm.follow.AccountTimeline;

/**
 * What the report says about the accounts moving to the new organization: when each awaited one
 * arrived and its users got access, and, for every account and permission set, the IAM role that
 * replaces the old one.
 *
 * @param timelines   the accounts following waited for, possibly none
 * @param roleChanges per account and permission set, in account then permission set order
 */
public record MovingAccounts(List<AccountTimeline> timelines, List<RoleChange> roleChanges) {

    public MovingAccounts {
        timelines = List.copyOf(timelines);
        roleChanges = List.copyOf(roleChanges);
    }

    public static MovingAccounts none() {
        return new MovingAccounts(List.of(), List.of());
    }
}
