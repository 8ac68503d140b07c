/**
 * The sandbox's sample data sets and how they are seeded into a
 * {@link co.pump.icm.sandbox.state.SandboxWorld}.
 *
 * <p>A {@link co.pump.icm.sandbox.data.SandboxScenario} describes a data set by natural keys only:
 * the customer's current organization with its IAM Identity Center configuration, Pump's new
 * organization with its delegated administrator and empty instance, which accounts have moved,
 * and which customer managed IAM policies exist in each account. {@link co.pump.icm.sandbox.data.DemoData}
 * is a believable company for demos, {@link co.pump.icm.sandbox.data.LargeData} generates
 * proportional data sets of any size for tests and benchmarks, and
 * {@link co.pump.icm.sandbox.data.DataSets} turns the {@code --data} words ({@code demo},
 * {@code large:10000}) into one of them.
 *
 * <p>{@link co.pump.icm.sandbox.data.SandboxSeeder} turns a scenario into sandbox state, issuing
 * every ID from the world's seeded {@link co.pump.icm.sandbox.state.SandboxIds}, so that the same
 * scenario and seed always give the same IDs and access keys.
 */
package co.pump.icm.sandbox.data;
