/**
 * The migration report: what an import run did, read from its journal
 * ({@link co.pump.icm.report.JournalReader}, {@link co.pump.icm.report.JournalRun}), put together with
 * the snapshot, the drift check and the access tests into a typed
 * {@link co.pump.icm.report.ReportData} ({@link co.pump.icm.report.ReportAssembler}), rendered as one
 * self-contained HTML page ({@link co.pump.icm.report.ReportHtml}), and the users to notify with the
 * message to send them ({@link co.pump.icm.report.UsersToNotify}, written by
 * {@link co.pump.icm.report.ReportFiles}). The command line and the wizard's Finish step both use it.
 *
 * <p>The files hold names and email addresses, never a secret; they are written owner-only.
 */
package co.pump.icm.report;
