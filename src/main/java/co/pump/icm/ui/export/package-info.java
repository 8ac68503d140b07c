/**
 * The wizard's Export step: reads the current management account's IAM Identity Center instance
 * in the background with per-category progress, requests and throttling in plain words, and saves
 * the snapshot where the user chooses; or uses an existing snapshot file (an edited one only
 * after an explicit "use it anyway"). {@link co.pump.icm.ui.export.ExportViewModel} holds the
 * logic, {@link co.pump.icm.ui.export.ExportView} only builds and binds.
 */
package co.pump.icm.ui.export;
