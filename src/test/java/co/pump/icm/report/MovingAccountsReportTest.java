package co.pump.icm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.pump.icm.compare.Category;
import co.pump.icm.follow.AccountTimeline;
import co.pump.icm.follow.AwaitedAccounts;
import co.pump.icm.follow.FollowFixture;
import co.pump.icm.follow.FollowHistory;
import co.pump.icm.follow.FollowListener;
import co.pump.icm.follow.FollowResult;
import co.pump.icm.model.Face;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.Plan;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.snapshot.SnapshotWriter;
import co.pump.icm.aws.signin.PortalLocation;
import co.pump.icm.verify.AccessTest;
import co.pump.icm.verify.AccessTestResult;
import co.pump.icm.verify.DevicePage;
import co.pump.icm.verify.ExpectedAccess;
import co.pump.icm.verify.PortalUrl;
import co.pump.icm.verify.SignedInRole;

/**
 * The report of a run that followed the accounts: their timeline, the counts with what following
 * made, and what changes outside IAM Identity Center, with the new role a sign-in saw.
 */
class MovingAccountsReportTest {

    private static final String SARAH = "sarah.obrien@larkspur.example";

    @TempDir
    Path dir;

    @Test
    void theReportShowsEachAccountsTimelineAndTheRolesThatReplaceTheOldOnes() throws Exception {
        try (var f = new FollowFixture(dir, Duration.ZERO)) {
            Snapshot snapshot = SnapshotWriter.write(dir.resolve("larkspur.json"), f.snapshot,
                    Instant.parse("2026-11-27T10:15:30Z"));
            Plan plan = f.plan();
            int awaited = AwaitedAccounts.of(plan).assignmentCount();
            String runId = f.importRun(plan);
            f.joinAfter(Duration.ofMillis(400));
            FollowResult followed = f.follower(plan, runId, Duration.ofMillis(300), Duration.ofSeconds(30),
                    FollowListener.NONE).follow();
            assertThat(followed.complete()).isTrue();
            AccessTestResult sarah = signIn(f, plan, SARAH);

            JournalRun run = JournalReader.run(f.journal, runId);
            List<AccountTimeline> timelines = FollowHistory.read(f.journal).timelines(runId);
            ReportData data = ReportAssembler.of(run, snapshot, Face.COMMAND_LINE).accessTest(sarah).followedAccounts(timelines).assemble();

            // Counted as creates of the run, not as skips.
            CategoryCounts assignments = data.counts().stream().filter(c -> c.category() == Category.ASSIGNMENTS)
                    .findFirst().orElseThrow();
            assertThat(assignments.done(ChangeKind.CREATE)).isEqualTo(assignments.planned(ChangeKind.CREATE));
            assertThat(assignments.planned(ChangeKind.CREATE)).isEqualTo(plan.count(Category.ASSIGNMENTS, ChangeKind.CREATE)
                    + awaited);
            assertThat(data.leftAlone()).noneSatisfy(i -> assertThat(i.reason()).contains("not in the new organization"));
            // The whole migration's report counts them the same way, once.
            ReportData whole = ReportAssembler.ofMigration(JournalReader.history(f.journal), snapshot, "larkspur.json",
                    Face.WIZARD)
                    .accessTest(sarah).followedAccounts(timelines).assemble();
            assertThat(whole.counts()).isEqualTo(data.counts());

            var xml = ReportXml.parse(ReportHtml.render(data));
            assertThat(xml.text("//nav[@id='contents']")).contains("Accounts that arrived")
                    .contains("Outside IAM Identity Center");
            String moving = xml.section("moving-accounts");
            assertThat(moving).contains("✓ Every awaited account arrived, and its users got access.")
                    .contains("666666666666 (larkspur-sandbox)").contains("555555555555 (larkspur-security)")
                    .contains("✓ Access given").contains("10 of 10 in place").contains("8 of 8 in place");
            assertThat(xml.count("//section[@id='moving-accounts']//tbody/tr")).isEqualTo(2);

            String outside = xml.section("outside-identity-center");
            assertThat(outside).contains("AWSReservedSSO_<permission set>_<random suffix>")
                    .contains("AROA").contains("aws:PrincipalArn").contains("Amazon EKS access entries")
                    // The old instance is in us-east-1 (no region in the path), the new one in eu-west-1.
                    .contains("arn:aws:iam::666666666666:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_SecurityAudit_*")
                    .contains("arn:aws:iam::666666666666:role/aws-reserved/sso.amazonaws.com/eu-west-1/"
                            + "AWSReservedSSO_SecurityAudit_*")
                    .contains("✓ New role in place").doesNotContain("111111111111");
            SignedInRole seen = sarah.roles().stream().filter(r -> r.accountId().equals(DemoData.SECURITY)).findFirst()
                    .orElseThrow();
            assertThat(outside).contains("✓ " + seen.roleArn() + " (seen at sign-in)");
            assertThat(seen.roleArn()).matches("arn:aws:iam::555555555555:role/aws-reserved/sso.amazonaws.com/eu-west-1/"
                    + "AWSReservedSSO_ReadOnly_[0-9a-f]{16}");
        }
    }

    @Test
    void aRunWithAccountsStillAwaitedSaysSoAndWhatToDo() throws Exception {
        try (var f = new FollowFixture(dir, Duration.ZERO)) {
            Snapshot snapshot = SnapshotWriter.write(dir.resolve("larkspur.json"), f.snapshot,
                    Instant.parse("2026-11-27T10:15:30Z"));
            Plan plan = f.plan();
            String runId = f.importRun(plan);
            f.follower(plan, runId, Duration.ofMillis(300), Duration.ofMillis(700), FollowListener.NONE).follow();
            JournalRun run = JournalReader.run(f.journal, runId);
            ReportData data = ReportAssembler.of(run, snapshot, Face.COMMAND_LINE)
                    .followedAccounts(FollowHistory.read(f.journal).timelines(runId)).assemble();
            var xml = ReportXml.parse(ReportHtml.render(data));
            assertThat(xml.section("moving-accounts")).contains("… 2 accounts are still awaited.")
                    .contains("Import again with --follow-accounts (or the wizard) once the accounts have moved")
                    .contains("… Awaited");
            assertThat(xml.section("outside-identity-center")).contains("… When the account arrives")
                    .contains("No sign-in during the Test step took these roles");
            // Still skipped, and counted so.
            assertThat(data.leftAlone()).anySatisfy(i -> assertThat(i.reason())
                    .isEqualTo("account 666666666666 is not in the new organization yet"));
        }
    }

    @Test
    void withoutFollowingTheTimelineIsLeftOut() throws Exception {
        try (var f = new FollowFixture(dir, Duration.ZERO)) {
            Snapshot snapshot = SnapshotWriter.write(dir.resolve("larkspur.json"), f.snapshot,
                    Instant.parse("2026-11-27T10:15:30Z"));
            String runId = f.importRun(f.plan());
            ReportData data = ReportAssembler.of(JournalReader.run(f.journal, runId), snapshot, Face.COMMAND_LINE).assemble();
            var xml = ReportXml.parse(ReportHtml.render(data));
            assertThat(xml.count("//section[@id='moving-accounts']")).isZero();
            assertThat(xml.count("//section[@id='outside-identity-center']")).isEqualTo(1);
        }
    }

    private static AccessTestResult signIn(FollowFixture f, Plan plan, String user) {
        JournalRun run = JournalReader.run(f.journal, null);
        Set<String> leftAlone = run.leftAlone().stream().map(ReportItem::id).collect(Collectors.toSet());
        var expected = ExpectedAccess.of(f.snapshot, user, plan.options(), leftAlone);
        var portal = new PortalLocation(PortalUrl.of(f.sandbox.seeded().targetIdentityStoreId()), DemoData.TARGET_REGION,
                f.sandbox.sandbox().endpoint());
        return new AccessTest(portal).run(user, expected,
                code -> DevicePage.approve(f.sandbox.sandbox().endpoint(), code.userCode(), user));
    }
}
