/**
 * Compares two IAM Identity Center configurations by natural key, field by field: the engine under
 * {@code icm diff}, the import preview and the drift check.
 *
 * <p>{@link co.pump.icm.kind.ConfigurationComparer#compare} turns a left and a right
 * {@link co.pump.icm.model.IdentityCenterConfig} into a {@link co.pump.icm.compare.Comparison}: per
 * {@link co.pump.icm.compare.Category}, the items only on the left, only on the right, or on both
 * with the {@link co.pump.icm.compare.FieldChange}s between them (the sealed
 * {@link co.pump.icm.compare.Difference} family), sorted by key, and how many are unchanged.
 * {@link co.pump.icm.compare.ComparisonText} and {@link co.pump.icm.compare.ComparisonJson} render
 * it for a terminal and as JSON.
 *
 * <p>Pure and fast: no I/O, hash maps by key, each inline policy parsed at most once. The rules
 * for what counts as equal (case of user names, session duration defaults, inline policies as
 * JSON, set-like lists) are on the classes that apply them and are each covered by a test.
 */
package co.pump.icm.compare;
