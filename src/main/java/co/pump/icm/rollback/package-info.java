/**
 * Undoes one import run, exactly: reads the run back from its {@link co.pump.icm.apply.Journal}
 * ({@link co.pump.icm.rollback.ImportJournal}), compares every item the run touched with a fresh
 * read of the target, and plans the reverse ({@link co.pump.icm.rollback.RollbackPlanner}):
 * delete what the run created, restore what it updated, re-create what it deleted, and leave alone,
 * with the reason, anything that changed since the run. {@link co.pump.icm.rollback.RollbackSession}
 * applies that plan through the import engine's {@link co.pump.icm.apply.Applier} (same limits,
 * retries, journal and progress events), with a last look at each item right before it is written,
 * and verifies afterwards that every item is back as it was before the run.
 */
package co.pump.icm.rollback;
