/**
 * The sandbox's in-memory AWS state: organizations, accounts, Identity Center instances and what
 * they hold. Mutable, and guarded by the {@link co.pump.icm.sandbox.state.SandboxWorld} monitor:
 * every read or write of any of these objects happens inside {@code synchronized (world)}.
 *
 * <p>Identity Store users, groups and permission sets are held as the product's own model records
 * ({@link co.pump.icm.model.User} and friends) whose {@link co.pump.icm.model.Origin#id()} is the
 * sandbox-issued ID or ARN, so that sample data and snapshots load without a second schema.
 */
package co.pump.icm.sandbox.state;
