package co.pump.icm.report;

import co.pump.icm.model.Face;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import co.pump.icm.compare.Category;
import co.pump.icm.model.ApplicationConfigs;
import co.pump.icm.model.TestConfigs;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.snapshot.DigestState;
import co.pump.icm.snapshot.Snapshot;

/**
 * The report lists what AWS's API cannot create under "Recreate by hand", with what the console
 * asks for, and whether the run found it made already; what is still to make is a follow-up.
 */
class RecreateByHandReportTest {

    private static final Snapshot SNAPSHOT = new Snapshot(3, Instant.parse("2026-12-01T10:15:30Z"), "icm test", null,
            ApplicationConfigs.full(), DigestState.VALID);

    private static ReportItem skipped(String name, String reason) {
        return new ReportItem(Category.APPLICATIONS, ChangeKind.SKIP, "application:" + name, name, ItemStatus.SKIPPED,
                reason);
    }

    @Test
    void whatIsStillToMakeAndWhatAPersonMadeAlreadyAreListedWithWhatTheConsoleAsksFor() {
        var run = ReportHtmlTest.run(PlanOptions.defaults(), List.of(ReportHtmlTest.created("alice@acme.com")),
                List.of(skipped("Assistant", "recreate it by hand: AWS's API cannot create an application that "
                        + "Amazon Q Business manages")), true);
        ReportData data = ReportAssembler.of(run, SNAPSHOT, Face.WIZARD).assemble();
        assertThat(data.byHand()).extracting(b -> b.label() + " " + b.state()).containsExactly(
                "Grafana MADE", "Assistant TO_MAKE");

        var xml = ReportXml.parse(ReportHtml.render(data));
        assertThat(xml.text("//nav[@id='contents']")).contains("Recreate by hand");
        String section = xml.section("recreate-by-hand");
        assertThat(section).contains("signed in to account 888888888888 (the account the import used, so that the "
                        + "migrator sees it)")
                .contains("✓ Made; assignments carried").contains("Grafana")
                .contains("Sort: customer managed SAML 2.0 application")
                .contains("Application provider: arn:aws:sso::aws:applicationProvider/custom-saml")
                .contains("Application start URL: https://grafana.acme.com/login")
                .contains("! To make").contains("Assistant")
                .contains("Sort: AWS managed application (Amazon Q Business)").contains("User background sessions: on");
        assertThat(xml.section("follow-ups")).contains("Recreate 1 application by hand, then import again")
                .contains("Assistant (AWS managed application (Amazon Q Business))");
    }

    @Test
    void aSnapshotWithoutSuchApplicationsHasNoSection() {
        var run = ReportHtmlTest.run(PlanOptions.defaults(), List.of(), List.of(), true);
        var snapshot = new Snapshot(1, Instant.parse("2026-11-27T10:15:30Z"), "icm test", null, TestConfigs.full(),
                DigestState.VALID);
        String html = ReportHtml.render(ReportAssembler.of(run, snapshot, Face.WIZARD).assemble());
        assertThat(html).doesNotContain("recreate-by-hand").doesNotContain("Recreate by hand");
    }
}
