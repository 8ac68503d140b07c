package co.pump.icm.follow;

import java.time.Instant;
import java.util.List;

import co.pump.icm.apply.ApplyProgress;
import co.pump.icm.apply.ItemResult;

/** Receives what following the accounts does, from its thread. */
public interface FollowListener {

    /**
     * After each look at the new organization (and once at the start): every awaited account as it
     * stands, and when the next look is due (null when following has ended).
     */
    default void onLook(List<AccountTimeline> accounts, Instant lookedAt, Instant nextLook) {
    }

    /** An awaited account is in the new organization. */
    default void onArrival(AccountTimeline account) {
    }

    /** An arrived account's assignments were made (or some could not be, see {@link AccountTimeline#notDone()}). */
    default void onAccess(AccountTimeline account) {
    }

    /** The import engine's progress while it makes the assignments of arrived accounts. */
    default void onProgress(ApplyProgress progress) {
    }

    /** One assignment made, failed or not attempted. */
    default void onItem(ItemResult item) {
    }

    FollowListener NONE = new FollowListener() {
    };
}
