/**
 * Following the accounts: after an import, the accounts the preview showed as not yet in the new
 * organization are watched at a polite interval, and as each arrives the assignments the preview
 * showed for it are created, through the same engine, journal and limits as the import. The
 * confirmation given for the import covers exactly those assignments, nothing more.
 *
 * <pre>{@code
 * AwaitedAccounts awaited = AwaitedAccounts.of(plan);                 // from the confirmed preview
 * ApplyResult imported = session.apply(plan, journal, runId, listener, cancel);
 * FollowResult followed = new AccountFollower(session, plan, awaited, journal, runId,
 *         FollowSettings.until(Instant.now().plus(Duration.ofHours(1))), followListener).follow();
 * }</pre>
 */
package co.pump.icm.follow;
