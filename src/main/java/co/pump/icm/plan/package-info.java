/**
 * The import preview: a snapshot compared with the live target becomes a {@link co.pump.icm.plan.Plan}
 * of changes (create, update field by field, delete, skip with a reason, conflict with a reason),
 * grouped by category. Pure and fast: no AWS calls, no I/O. The apply engine runs a plan; the
 * wizard and {@code icm plan} show it.
 */
package co.pump.icm.plan;
