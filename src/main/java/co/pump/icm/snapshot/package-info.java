/**
 * The snapshot file: a whole {@link co.pump.icm.model.IdentityCenterConfig} as JSON, with a
 * format version, the export time, the tool that wrote it and a digest of its content.
 *
 * <p>{@link co.pump.icm.snapshot.SnapshotWriter} writes a file in canonical order
 * ({@link co.pump.icm.snapshot.Canonical}), atomically and readable by its owner only.
 * {@link co.pump.icm.snapshot.SnapshotReader} reads it back, refuses anything malformed with a
 * {@link co.pump.icm.snapshot.SnapshotException} that names the file, the JSON path and the
 * entity, and tells whether the file was edited after export
 * ({@link co.pump.icm.snapshot.DigestState}). {@link co.pump.icm.snapshot.SnapshotSummary} and
 * {@link co.pump.icm.snapshot.SnapshotCsv} are read-only views for people: the facts
 * {@code icm inspect} prints and the spreadsheets {@code icm csv} writes.
 *
 * <p>The format itself is documented in {@code docs/snapshot-format.md} and
 * {@code docs/snapshot.schema.json}.
 */
package co.pump.icm.snapshot;
