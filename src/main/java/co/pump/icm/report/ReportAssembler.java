package co.pump.icm.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import co.pump.icm.compare.Category;
import co.pump.icm.follow.AccountTimeline;
import co.pump.icm.model.Account;
import co.pump.icm.model.Face;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.MigratorException;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.IdentitySource;
import co.pump.icm.plan.PlanWarning;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.verify.AccessTestResult;
import co.pump.icm.verify.DriftCheck;
import co.pump.icm.verify.DriftItem;
import co.pump.icm.verify.IdentityProviderChecklist;
import co.pump.icm.verify.PortalUrl;

/**
 * Builds the {@link ReportData} of one run:
 * <pre>{@code
 * ReportData data = ReportAssembler.of(JournalReader.run(journal, null), snapshot, Face.COMMAND_LINE)
 *         .snapshotName("acme.json")       // for messages
 *         .verification(driftCheck)        // optional
 *         .accessTest(result)              // optional, repeatable
 *         .portalUrl(customUrl)            // optional; default https://<identityStoreId>.awsapps.com/start
 *         .followedAccounts(timelines)     // optional: FollowHistory.read(journal).timelines(runId)
 *         .assemble();
 * }</pre>
 *
 * <p>Skipped items come from the run's journal, which records what its plan left alone and why.
 * A journal written before that was recorded has none; the verification plan's are used then,
 * and without a verification the report says they are not known.
 */
public final class ReportAssembler {

    private final JournalRun run;
    private final List<RunSummary> runs;
    private final Snapshot snapshot;
    private final Face face;
    private String snapshotName = "The snapshot";
    private DriftCheck verification;
    private final List<AccessTestResult> accessTests = new ArrayList<>();
    private String portalUrl;
    private List<AccountTimeline> followed = List.of();

    private ReportAssembler(JournalRun run, List<RunSummary> runs, Snapshot snapshot, Face face) {
        this.run = Objects.requireNonNull(run);
        this.runs = List.copyOf(runs);
        this.snapshot = Objects.requireNonNull(snapshot);
        this.face = Objects.requireNonNull(face);
    }

    /**
     * Starts the report of one run of the given snapshot.
     *
     * @param face who makes the report: what to do next is said in the words of the wizard or of the command line
     */
    public static ReportAssembler of(JournalRun run, Snapshot snapshot, Face face) {
        JournalRun followed = FollowedRun.of(run);
        return new ReportAssembler(followed, List.of(RunSummary.of(followed, List.of())), snapshot, face);
    }

    /**
     * Starts the report of the whole migration of the given snapshot: every run of it into the
     * instance the journal's last run wrote to, folded into one ({@link JournalHistory#cumulative}),
     * each run listed with what an undo took back.
     *
     * @throws MigratorException (BAD_INPUT) when the journal holds no run of this snapshot
     */
    public static ReportAssembler ofMigration(JournalHistory history, Snapshot snapshot, String snapshotName,
                                              Face face) {
        // Each run counts what following made after its import as its own creates (FollowedRun).
        List<JournalRun> migration = history.migration(snapshot.config().source()).stream().map(FollowedRun::of).toList();
        if (migration.isEmpty()) {
            throw MigratorException.badInput("The journal holds no import run of " + snapshotName
                    + ": nothing was imported with it yet.");
        }
        var runs = migration.stream().map(r -> RunSummary.of(r, history.undosOf(r.runId()))).toList();
        return new ReportAssembler(history.cumulative(migration), runs, snapshot, face).snapshotName(snapshotName);
    }

    /** The snapshot's file name, for messages. */
    public ReportAssembler snapshotName(String name) {
        this.snapshotName = name;
        return this;
    }

    /** The drift check made after the run (null: not verified). */
    public ReportAssembler verification(DriftCheck check) {
        this.verification = check;
        return this;
    }

    /** An access test made after the run. */
    public ReportAssembler accessTest(AccessTestResult result) {
        accessTests.add(Objects.requireNonNull(result));
        return this;
    }

    /** The accounts following waited for ({@code co.pump.icm.follow.FollowHistory#timelines}); none by default. */
    public ReportAssembler followedAccounts(List<AccountTimeline> timelines) {
        this.followed = List.copyOf(timelines);
        return this;
    }

    /** A custom access portal URL (null: the instance's default). */
    public ReportAssembler portalUrl(String url) {
        this.portalUrl = url == null ? null : PortalUrl.parse(url);
        return this;
    }

    /**
     * Builds the report's data.
     *
     * @throws MigratorException (BAD_INPUT) when the snapshot is not the one the run imported, or
     *                           the verification read another instance than the run wrote to
     */
    public ReportData assemble() {
        IdentityCenterConfig config = snapshot.config();
        requireSameSource(run, config.source(), snapshotName);
        requireSameTarget(run, verification);
        String portal = portalUrl != null ? portalUrl
                : PortalUrl.of(run.target() == null ? null : run.target().identityStoreId());
        List<ReportItem> leftAlone = run.leftAlone();
        String note = "As the plan of this run recorded them.";
        if (leftAlone == null && verification != null) {
            leftAlone = verification.leftAlone().stream().map(ReportAssembler::item).toList();
            note = "This run's journal does not record them; these are the verification plan's.";
        } else if (leftAlone == null) {
            note = "This run's journal does not record them; " + face.verifyForReport() + " to list them.";
        }
        List<PlanWarning> warnings = run.warnings() != null ? run.warnings()
                : verification != null ? verification.warnings() : null;
        IdentityProviderChecklist checklist = run.options().identitySource() == IdentitySource.MATCH
                ? checklist(portal, leftAlone) : null;
        UsersToNotify notify = UsersToNotify.of(run, config, portal);
        var source = new ReportData.Side(config.source(), accountName(config.accounts(), config.source()),
                snapshot.exportedAt());
        var target = new ReportData.Side(run.target(), verification == null ? null
                : accountName(verification.targetAccounts(), run.target()), run.startedAt());
        List<RecreateByHand> byHand = RecreateByHand.of(config, leftAlone);
        return new ReportData(Instant.now(), source, target, run, runs, CategoryCounts.of(run), leftAlone, note, verification,
                accessTests, checklist, notify, FollowUps.of(run, config, notify, checklist, leftAlone, warnings, byHand),
                new MovingAccounts(followed, RoleChanges.of(run, config, accessTests, followed)), byHand);
    }

    /**
     * Checks that a snapshot is the one a run imported: exported from the same instance.
     *
     * @throws MigratorException (BAD_INPUT) when it is not
     */
    public static void requireSameSource(JournalRun run, SourceInfo snapshotSource, String snapshotName) {
        SourceInfo imported = run.snapshotSource();
        if (imported == null || snapshotSource == null) {
            return;
        }
        if (differs(imported.instanceArn(), snapshotSource.instanceArn())
                || differs(imported.identityStoreId(), snapshotSource.identityStoreId())
                || differs(imported.accountId(), snapshotSource.accountId())
                || differs(imported.organizationId(), snapshotSource.organizationId())) {
            throw MigratorException.badInput(snapshotName + " was exported from " + describe(snapshotSource)
                    + ", but run " + run.runId() + " imported a snapshot of " + describe(imported)
                    + ". Give the snapshot that run imported.");
        }
    }

    private static void requireSameTarget(JournalRun run, DriftCheck verification) {
        if (verification == null || verification.target() == null || run.target() == null) {
            return;
        }
        if (differs(run.target().instanceArn(), verification.target().instanceArn())) {
            throw MigratorException.badInput("The verification read " + describe(verification.target()) + ", but run "
                    + run.runId() + " imported into " + describe(run.target())
                    + ". Sign in to the account the run imported into.");
        }
    }

    private IdentityProviderChecklist checklist(String portal, List<ReportItem> runLeftAlone) {
        List<ReportItem> current = verification != null
                ? verification.leftAlone().stream().map(ReportAssembler::item).toList()
                : runLeftAlone == null ? List.of() : runLeftAlone;
        var users = new ArrayList<String>();
        var groups = new ArrayList<String>();
        for (ReportItem item : current) {
            if (item.kind() != ChangeKind.SKIP || !IdentityProviderChecklist.notProvisioned(item.reason())) {
                continue;
            }
            if (item.category() == Category.USERS) {
                users.add(item.label());
            } else if (item.category() == Category.GROUPS) {
                groups.add(item.label());
            }
        }
        return IdentityProviderChecklist.of(face, run.target(), portal, users, groups);
    }

    private static ReportItem item(DriftItem d) {
        return new ReportItem(d.category(), d.kind(), d.id(), d.label(),
                d.kind() == ChangeKind.CONFLICT ? ItemStatus.CONFLICT : ItemStatus.SKIPPED, d.detail());
    }

    private static String accountName(List<Account> accounts, SourceInfo info) {
        if (info == null) {
            return null;
        }
        return accounts.stream().filter(a -> a.id().equals(info.accountId())).map(Account::name)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static boolean differs(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }

    private static String describe(SourceInfo info) {
        String instance = info.instanceArn() != null ? "instance " + info.instanceArn()
                : "identity store " + info.identityStoreId();
        return instance + " (account " + info.accountId() + ")";
    }
}
