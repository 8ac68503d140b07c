package co.pump.icm.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import co.pump.icm.compare.Category;
import co.pump.icm.model.Face;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.MigratorException;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.model.TestConfigs;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.IdentitySource;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.plan.PlanWarning;
import co.pump.icm.snapshot.DigestState;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.verify.AccessCheck;
import co.pump.icm.verify.AccessStatus;
import co.pump.icm.verify.AccessTestResult;
import org.junit.jupiter.api.Test;

/** The report's rules on hand-made runs: escaping, an unfinished run, an identity provider, an access test. */
class ReportHtmlTest {

    static final SourceInfo TARGET = new SourceInfo("888888888888", "o-new0000001", "999999999999", "eu-west-1",
            "arn:aws:sso:::instance/ssoins-1111111111111111", "d-1234567890", null,
            "arn:aws:sts::888888888888:assumed-role/Admin/pat");
    static final Snapshot SNAPSHOT = new Snapshot(1, Instant.parse("2026-11-27T10:15:30Z"), "icm test", null,
            TestConfigs.full(), DigestState.VALID);

    static JournalRun run(PlanOptions options, List<ReportItem> items, List<ReportItem> leftAlone, boolean finished) {
        return new JournalRun("run-1", Instant.parse("2026-11-27T11:00:00Z"), TARGET, TestConfigs.source(), options,
                Map.of(Category.USERS, Map.of(ChangeKind.CREATE, 2)), items, leftAlone,
                List.of(new PlanWarning(null, "The accounts of the new organization could not be read.")),
                finished ? new JournalRun.End(Instant.parse("2026-11-27T11:01:00Z"), 1, 0, 0, false, 5, 1000) : null);
    }

    static ReportItem created(String userName) {
        return new ReportItem(Category.USERS, ChangeKind.CREATE, "user:" + userName, userName, ItemStatus.DONE, null);
    }

    @Test
    void everyTextIsEscaped() {
        var hostile = new ReportItem(Category.GROUPS, ChangeKind.CREATE, "group:x", "<script>alert('x')</script> & \"q\"",
                ItemStatus.FAILED, "AWS said <b>no</b> & more");
        String html = ReportHtml.render(ReportAssembler.of(run(PlanOptions.defaults(), List.of(created("alice@acme.com"),
                hostile), List.of(), true), SNAPSHOT, Face.COMMAND_LINE).assemble());
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>no</b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
                .contains("AWS said &lt;b&gt;no&lt;/b&gt; &amp; more");
        var xml = ReportXml.parse(html);
        assertThat(xml.section("failed")).contains("<script>alert('x')</script> & \"q\"");
        assertThat(xml.section("follow-ups")).contains("The accounts of the new organization could not be read.");
    }

    @Test
    void anUnfinishedRunSaysSoAndAsksToFinishIt() {
        var started = new ReportItem(Category.USERS, ChangeKind.CREATE, "user:bob@acme.com", "bob@acme.com",
                ItemStatus.UNFINISHED, null);
        var xml = ReportXml.parse(ReportHtml.render(ReportAssembler.of(run(PlanOptions.defaults(),
                List.of(created("alice@acme.com"), started), null, false), SNAPSHOT, Face.COMMAND_LINE).assemble()));
        assertThat(xml.section("summary")).startsWith("? The import did not finish");
        assertThat(xml.text("//section[@id='failed']//tbody/tr")).contains("? Outcome unknown").contains("bob@acme.com");
        assertThat(xml.section("skipped")).contains("This run's journal does not record them; make the report with "
                + "--verify to list them.");
        assertThat(xml.section("follow-ups")).contains("Finish the import")
                .contains("The run stopped before it finished (it has no end record).");
        assertThat(xml.section("users-to-notify")).contains("1 person was created").contains("alice@acme.com")
                .contains("Alice Smith");
    }

    @Test
    void withAnIdentityProviderNobodyNeedsAPasswordAndTheChecklistIsThere() {
        var notProvisioned = new ReportItem(Category.USERS, ChangeKind.SKIP, "user:carol@acme.com", "carol@acme.com",
                ItemStatus.SKIPPED, "not provisioned by your identity provider yet");
        var group = new ReportItem(Category.GROUPS, ChangeKind.SKIP, "group:Auditors", "Auditors", ItemStatus.SKIPPED,
                "not provisioned by your identity provider yet");
        var data = ReportAssembler.of(run(PlanOptions.defaults().withIdentitySource(IdentitySource.MATCH), List.of(),
                List.of(notProvisioned, group), true), SNAPSHOT, Face.COMMAND_LINE).assemble();
        assertThat(data.usersToNotify().passwordsNeeded()).isFalse();
        assertThat(data.usersToNotify().message()).contains("Nothing changes in how you sign in")
                .contains("https://d-1234567890.awsapps.com/start").doesNotContain("password");
        assertThat(data.identityProvider().usersNotProvisioned()).containsExactly("carol@acme.com");
        var xml = ReportXml.parse(ReportHtml.render(data));
        assertThat(xml.section("users-to-notify")).contains("✓ Nobody needs a new password");
        assertThat(xml.section("follow-ups")).contains("Connect your identity provider to the new instance (SAML and SCIM)")
                .contains("Change identity source").contains("SCIM endpoint").contains("Assertion Consumer Service")
                .contains("account 888888888888, region eu-west-1")
                .contains("Provision the users and groups that have not arrived yet")
                .contains("User carol@acme.com").contains("Group Auditors");
    }

    @Test
    void whatToDoNextIsSaidInTheWordsOfTheFaceThatMadeTheReport() {
        var notProvisioned = new ReportItem(Category.USERS, ChangeKind.SKIP, "user:carol@acme.com", "carol@acme.com",
                ItemStatus.SKIPPED, "not provisioned by your identity provider yet");
        var options = PlanOptions.defaults().withIdentitySource(IdentitySource.MATCH);
        var wizard = ReportXml.parse(ReportHtml.render(ReportAssembler.of(run(options, List.of(),
                List.of(notProvisioned), true), SNAPSHOT, Face.WIZARD).assemble()));
        var commandLine = ReportXml.parse(ReportHtml.render(ReportAssembler.of(run(options, List.of(),
                List.of(notProvisioned), true), SNAPSHOT, Face.COMMAND_LINE).assemble()));

        assertThat(wizard.section("follow-ups"))
                .contains("(go back to the Preview step, with Options → Identity source → External IdP, and import)")
                .contains("(Sign in as a user, on the Test step)")
                .doesNotContainPattern("\\bicm\\b").doesNotContain("--");
        assertThat(commandLine.section("follow-ups")).contains("(icm apply --identity-source match)")
                .contains("(icm test-access)");
        var unrecorded = ReportAssembler.of(run(PlanOptions.defaults(), List.of(), null, true), SNAPSHOT, Face.WIZARD)
                .assemble();
        assertThat(unrecorded.leftAloneNote()).isEqualTo("This run's journal does not record them; compare with the "
                + "snapshot on the Test step, then save the report again to list them.");
    }

    @Test
    void anAccessTestHasItsSection() {
        var test = new AccessTestResult("https://d-1234567890.awsapps.com/start", "alice@acme.com",
                Instant.parse("2026-11-27T12:00:00Z"), List.of(
                new AccessCheck("222222222222", "acme-prod", "AdministratorAccess", AccessStatus.PRESENT, List.of("group Admins")),
                new AccessCheck("333333333333", "acme-dev", "AdministratorAccess", AccessStatus.MISSING, List.of("direct")),
                new AccessCheck("333333333333", "acme-dev", "ReadOnly", AccessStatus.UNEXPECTED, List.of())));
        var xml = ReportXml.parse(ReportHtml.render(ReportAssembler.of(run(PlanOptions.defaults(), List.of(), List.of(),
                true), SNAPSHOT, Face.COMMAND_LINE).accessTest(test).assemble()));
        assertThat(xml.section("access-test")).contains("alice@acme.com — ✗ 1 missing, 1 unexpected");
        assertThat(xml.count("//section[@id='access-test']//tbody/tr")).isEqualTo(3);
        assertThat(xml.text("//section[@id='access-test']//tbody/tr[2]")).contains("✗ Missing")
                .contains("333333333333 (acme-dev)").contains("AdministratorAccess").contains("direct");
        assertThat(xml.text("//section[@id='access-test']//tbody/tr[3]")).contains("! Unexpected")
                .contains("not in the snapshot");
        assertThat(xml.section("summary")).contains("✗ 1 of 2roles seen by alice, 1 unexpected");
        assertThat(xml.node("//nav//a[@href='#access-test']")).isNotNull();
    }

    @Test
    void aSnapshotOfAnotherInstanceIsRefused() {
        IdentityCenterConfig other = TestConfigs.full();
        var source = other.source();
        var moved = new SourceInfo(source.accountId(), source.organizationId(), source.managementAccountId(),
                source.region(), "arn:aws:sso:::instance/ssoins-9999999999999999", source.identityStoreId(),
                source.instanceName(), source.callerArn());
        var snapshot = new Snapshot(1, Instant.now(), "icm test", null, new IdentityCenterConfig(moved, other.accounts(),
                other.users(), other.groups(), other.memberships(), other.permissionSets(), other.assignments(),
                other.accessControl(), other.applications()), DigestState.VALID);
        assertThatThrownBy(() -> ReportAssembler.of(run(PlanOptions.defaults(), List.of(), List.of(), true), snapshot, Face.COMMAND_LINE)
                .snapshotName("other.json").assemble())
                .isInstanceOf(MigratorException.class)
                .hasMessage("other.json was exported from instance arn:aws:sso:::instance/ssoins-9999999999999999 "
                        + "(account 111111111111), but run run-1 imported a snapshot of instance " + source.instanceArn()
                        + " (account 111111111111). Give the snapshot that run imported.");
    }

    @Test
    void aPortalUrlMustBeHttps() {
        var assembler = ReportAssembler.of(run(PlanOptions.defaults(), List.of(), List.of(), true), SNAPSHOT, Face.COMMAND_LINE);
        assertThatThrownBy(() -> assembler.portalUrl("http://acme.awsapps.com/start"))
                .hasMessage("'http://acme.awsapps.com/start' is not an access portal URL such as "
                        + "https://d-1234567890.awsapps.com/start.");
    }
}
