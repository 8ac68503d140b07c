/**
 * The wizard's Preview step: what the import will do in the new organization, before anything is
 * written. The target is read and planned in the background; the plan is shown by category with
 * counts that filter (the unchanged items too), search, a checkbox per item and per category, the
 * selected item's detail, the warnings and the options; the import needs a typed confirmation of the target
 * account. Rows are prepared and filtered off the FX thread ({@link co.pump.icm.ui.preview.PlanData},
 * {@link co.pump.icm.ui.preview.ShownRows}), so that 100,000 users stay smooth.
 */
package co.pump.icm.ui.preview;
