package co.pump.icm.follow;

import java.time.Instant;

/**
 * What happened to one awaited account: since when its assignments waited for it, when it joined
 * the new organization (as Organizations reports it) and when icm saw it, and when its users got
 * access (every awaited assignment in place).
 *
 * @param accountId    the AWS account
 * @param accountName  its name, or null
 * @param assignments  how many assignments the preview showed for it
 * @param awaitedSince when following first waited for it (in this journal, on this target)
 * @param joinedAt     when it joined the new organization (Organizations' JoinedTimestamp), or null
 * @param seenAt       when following saw it there, or null while it is awaited
 * @param accessAt     when the last check found its assignments in place, or null
 * @param given        how many of its assignments are in place as of that check
 * @param notDone      how many are not (failed or not attempted); their reasons are in the journal
 */
public record AccountTimeline(String accountId, String accountName, int assignments, Instant awaitedSince,
                              Instant joinedAt, Instant seenAt, Instant accessAt, int given, int notDone) {

    /** Where an account stands. */
    public enum Status {
        /** Not in the new organization yet. */
        AWAITED,
        /** In the new organization; its assignments are not made yet. */
        ARRIVED,
        /** Every assignment awaiting it is in place: its users have access. */
        ACCESS_GIVEN,
        /** Some of its assignments could not be made. */
        PARTLY_GIVEN
    }

    public Status status() {
        if (seenAt == null) {
            return Status.AWAITED;
        }
        if (accessAt == null) {
            return Status.ARRIVED;
        }
        return notDone == 0 ? Status.ACCESS_GIVEN : Status.PARTLY_GIVEN;
    }

    /** The account as a person names it: {@code 666666666666 (larkspur-sandbox)}. */
    public String displayName() {
        return accountName == null ? accountId : accountId + " (" + accountName + ")";
    }

    AccountTimeline arrived(Instant joined, Instant seen) {
        return new AccountTimeline(accountId, accountName, assignments, awaitedSince, joined, seen, accessAt, given,
                notDone);
    }

    AccountTimeline access(Instant at, int nowGiven, int nowNotDone) {
        return new AccountTimeline(accountId, accountName, assignments, awaitedSince, joinedAt, seenAt, at, nowGiven,
                nowNotDone);
    }
}
