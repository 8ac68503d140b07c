package co.pump.icm.apply;

import co.pump.icm.plan.Change;

/**
 * A last look at the target right before a change is written. An import needs none; an undo uses
 * one to leave alone what someone changed between planning and writing.
 */
@FunctionalInterface
public interface WriteGuard {

    /**
     * Checks one change just before its first write (on the run's threads, so it may send read
     * requests through the run's runner).
     *
     * @return null when the change may go ahead, otherwise why not; the change then ends as
     *         {@link Outcome#NOT_ATTEMPTED} with that reason and nothing is written for it
     */
    String objection(Change<?> change);

    /** Lets every change go ahead. */
    WriteGuard NONE = change -> null;
}
