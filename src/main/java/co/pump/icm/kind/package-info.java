/**
 * The kinds of configuration, one descriptor each: users, groups, memberships, permission sets,
 * account assignments, the ABAC configuration, trusted token issuers, applications, their access
 * scopes and assignments, and (for the record) accounts.
 *
 * <p>A descriptor ({@link co.pump.icm.kind.Kind}, and {@link co.pump.icm.kind.MigratedKind} for what
 * an import writes) says everything the generic layers need: the natural key and what an item
 * refers to (by name, never by an ID of one instance), the fields compared, the snapshot section and
 * its rules, what AWS would refuse, how an item is created, updated and deleted through the AWS SDK,
 * how an applied change is undone, and what the screens show. {@link co.pump.icm.kind.Kinds} lists
 * them in dependency order and maps each {@code Category} to its descriptor in one exhaustive
 * switch. The snapshot file, the comparison, the planner, the apply engine, the rollback, the report,
 * the preview and the inspector iterate the descriptors and never switch over kinds. See
 * {@code docs/architecture.md} and {@code docs/adding-a-kind.md}.
 *
 * <p>No JavaFX here: what a kind shows is plain data ({@link co.pump.icm.kind.Fact},
 * {@link co.pump.icm.kind.Column}, {@link co.pump.icm.kind.Table}).
 */
package co.pump.icm.kind;
