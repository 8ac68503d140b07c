package co.pump.icm.report;

import java.time.Instant;
import java.util.List;

import co.pump.icm.model.SourceInfo;
import co.pump.icm.verify.AccessTestResult;
import co.pump.icm.verify.DriftCheck;
import co.pump.icm.verify.IdentityProviderChecklist;

/**
 * Everything a migration report shows, typed, so that the command line and the wizard make the
 * same report ({@link ReportAssembler} builds it, {@link ReportHtml} renders it).
 *
 * @param generatedAt      when the report was made
 * @param source           where the snapshot was exported from, when and by whom
 * @param target           where the run imported it, when and by whom
 * @param run              the run as its journal recorded it; for a migration of several runs, the
 *                         runs folded into one ({@link JournalHistory#cumulative})
 * @param runs             each import run the report covers, oldest first
 * @param counts           planned vs done per category
 * @param leftAlone        what the import left alone (skipped, in conflict), with reasons; null
 *                         when not known (an older journal and no verification)
 * @param leftAloneNote    where {@code leftAlone} comes from, for the reader
 * @param verification     the drift check, or null when the target was not re-read
 * @param accessTests      the access tests made, possibly none (the section is then left out)
 * @param identityProvider the SAML/SCIM checklist when users come from an external identity
 *                         provider, or null
 * @param usersToNotify    who must set a password and MFA again, and the message to send them
 * @param followUps        what is left to do by hand
 * @param moving           the accounts following waited for, and the IAM roles that replace the old ones
 */
public record ReportData(Instant generatedAt, Side source, Side target, JournalRun run, List<RunSummary> runs,
                         List<CategoryCounts> counts,
                         List<ReportItem> leftAlone, String leftAloneNote, DriftCheck verification,
                         List<AccessTestResult> accessTests, IdentityProviderChecklist identityProvider,
                         UsersToNotify usersToNotify, List<FollowUp> followUps, MovingAccounts moving) {

    public ReportData {
        runs = List.copyOf(runs);
        counts = List.copyOf(counts);
        leftAlone = leftAlone == null ? null : List.copyOf(leftAlone);
        accessTests = List.copyOf(accessTests);
        followUps = List.copyOf(followUps);
        moving = moving == null ? MovingAccounts.none() : moving;
    }

    /**
     * One side of the migration.
     *
     * @param info        account, organization, instance, region, identity store and caller ARN
     * @param accountName the account's name, or null when not known
     * @param at          when the snapshot was exported (source) or the run started (target)
     */
    public record Side(SourceInfo info, String accountName, Instant at) {
    }

    /** The changes AWS made. */
    public List<ReportItem> applied() {
        return run.items(ItemStatus.DONE);
    }

    /** The changes that failed, were not attempted or whose outcome is unknown. */
    public List<ReportItem> notDone() {
        return run.items().stream().filter(i -> i.status() != ItemStatus.DONE).toList();
    }
}
