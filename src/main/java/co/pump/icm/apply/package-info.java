/**
 * Runs a {@link co.pump.icm.plan.Plan} against the target: in dependency order but pipelined, so
 * that Identity Store and the admin API are busy at once; within AWS's limits (the run's adaptive
 * rate limiters, at most 10 assignment creations outstanding, one role update per account at a
 * time); every asynchronous request polled to its end; single failures collected, not fatal;
 * every write recorded in a {@link co.pump.icm.apply.Journal}.
 */
package co.pump.icm.apply;
