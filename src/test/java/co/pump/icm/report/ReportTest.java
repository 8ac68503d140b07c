package co.pump.icm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import co.pump.icm.compare.Category;
import co.pump.icm.model.Face;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.sandbox.state.SandboxCredential;
import co.pump.icm.verify.DriftCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of the demo import with a customer managed policy missing in dev: the DataEngineer
 * assignment there fails with AWS's reason, the sandbox account's assignments are skipped, the
 * rest is applied.
 */
class ReportTest {

    @TempDir
    static Path dir;

    static MigratedSandbox migrated;
    static JournalRun run;
    static DriftCheck verification;

    @BeforeAll
    static void migrate() {
        migrated = MigratedSandbox.start(DemoData.scenarioWithMissingPolicy(), dir, PlanOptions.defaults());
        run = JournalReader.run(migrated.journal(), null);
        verification = migrated.verify(run.options());
    }

    @AfterAll
    static void stop() {
        migrated.close();
    }

    private static ReportData data(DriftCheck check) {
        return ReportAssembler.of(run, migrated.snapshot(), Face.COMMAND_LINE).verification(check).assemble();
    }

    @Test
    void theRunHasAppliedSkippedAndFailedItems() {
        assertThat(run.finished()).isTrue();
        assertThat(run.items(ItemStatus.DONE)).hasSizeGreaterThan(100);
        assertThat(run.items(ItemStatus.FAILED)).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("assignment:" + DemoData.DEV + "/DataEngineer/GROUP/Data Engineering");
            assertThat(f.reason()).contains("DataLakeAccess");
        });
        assertThat(run.leftAlone()).anySatisfy(s -> assertThat(s.reason())
                .isEqualTo("account " + DemoData.SANDBOX + " is not in the new organization yet"));
    }

    @Test
    void everySectionIsThereWithItsContent() {
        var xml = ReportXml.parse(ReportHtml.render(data(verification)));
        for (String id : List.of("summary", "source-target", "counts", "failed", "skipped", "applied", "verification",
                "users-to-notify", "follow-ups")) {
            assertThat(xml.section(id)).as(id).isNotNull();
        }
        assertThat(xml.section("access-test")).isNull();
        assertThat(xml.section("summary")).contains("✗ The import finished with 1 change not made.")
                .contains("changes made").contains("✗ 1failed or not done");

        assertThat(xml.section("source-target")).contains(DemoData.MANAGEMENT + " (larkspur-management)")
                .contains(DemoData.SOURCE_ORGANIZATION).contains(DemoData.TARGET_ORGANIZATION)
                .contains(migrated.fixture().seeded().targetInstanceArn())
                .contains(migrated.fixture().seeded().targetIdentityStoreId())
                .contains(migrated.fixture().seeded().target().arn())
                .contains(migrated.fixture().seeded().source().arn())
                .contains(DemoData.TARGET_DELEGATED_ADMIN + " (larkspur-identity)")
                .contains("2026-11-27 10:15 UTC");

        CategoryCounts assignments = run.items().isEmpty() ? null : CategoryCounts.of(run).get(4);
        assertThat(assignments.category()).isEqualTo(Category.ASSIGNMENTS);
        String row = xml.text("//section[@id='counts']//tbody/tr[th='Account assignments']");
        assertThat(row).contains(String.format("%d / %d", assignments.planned(ChangeKind.CREATE) - 1,
                assignments.planned(ChangeKind.CREATE))).contains("✗ 1");
        assertThat(xml.text("//section[@id='counts']//tbody/tr[th='Users']")).contains("39 / 39");

        assertThat(xml.count("//section[@id='failed']//tbody/tr")).isEqualTo(1);
        assertThat(xml.text("//section[@id='failed']//tbody/tr")).contains("✗ Failed")
                .contains(DemoData.DEV + " / DataEngineer / GROUP Data Engineering").contains("DataLakeAccess");
        assertThat(xml.section("skipped")).contains("· Skipped")
                .contains("account " + DemoData.SANDBOX + " is not in the new organization yet")
                .contains("As the plan of this run recorded them.");
        assertThat(xml.count("//section[@id='applied']//li")).isEqualTo(run.items(ItemStatus.DONE).size());
        assertThat(xml.section("applied")).contains("Users — 39 created").contains("Permission sets — 12 created");

        // The failed assignment is still missing: that is drift.
        assertThat(xml.section("verification")).contains("✗ Drift")
                .contains(DemoData.DEV + " / DataEngineer / GROUP Data Engineering").contains("missing in the target");

        assertThat(xml.section("users-to-notify")).contains("39 people were created")
                .contains("Settings → Authentication tab → Standard authentication → Configure")
                .contains("maya.okafor@larkspur.example").doesNotContain("ethan.brooks")
                .contains("https://" + migrated.fixture().seeded().targetIdentityStoreId() + ".awsapps.com/start");
        assertThat(xml.section("follow-ups")).contains("Fix what failed, then import again")
                .contains("Before you tell anyone: turn on \"Send email OTP for users created from API\" in the new instance")
                .contains("Then ask 39 people to set a password and MFA again")
                .contains("DataEngineer: /data/DataLakeAccess in 222222222222, 333333333333, 444444444444 — ✗ "
                        + "assignments failed in 444444444444")
                .contains("Users disabled in the source were not created").contains("ethan.brooks@larkspur.example")
                .doesNotContain("Disable these users");
    }

    @Test
    void withoutVerificationTheReportSaysSo() {
        var xml = ReportXml.parse(ReportHtml.render(data(null)));
        assertThat(xml.section("verification")).startsWith("Verification○ Not verified");
        assertThat(xml.section("summary")).contains("Not verified");
    }

    @Test
    void theReportIsSelfContained() {
        String html = ReportHtml.render(data(verification));
        assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("<img")
                .doesNotContain("src=").doesNotContain("url(").doesNotContain("@import")
                .contains("@media print");
        assertThat(html.replaceAll("href=\"#[a-z-]+\"", "")).doesNotContain("href=");
    }

    @Test
    void noFileWrittenHoldsASecret() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        var written = ReportFiles.write(data(verification), out.resolve("report.html"), out);
        var secrets = new ArrayList<String>();
        for (SandboxCredential c : migrated.fixture().seeded().credentials()) {
            secrets.add(c.secretAccessKey());
            if (c.sessionToken() != null) {
                secrets.add(c.sessionToken());
            }
        }
        List<Path> files;
        try (Stream<Path> all = Files.walk(dir)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertThat(files).contains(written.report(), written.notifyCsv(), written.notifyText(), migrated.journal());
        for (Path file : files) {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            for (String secret : secrets) {
                assertThat(content).as(file.toString()).doesNotContain(secret);
            }
        }
    }

    @Test
    void theUsersToNotifyFilesAreAListAndAMessage() throws Exception {
        Path out = Files.createDirectories(dir.resolve("notify"));
        var written = ReportFiles.write(data(null), out.resolve("report.html"), out.resolve("people"));
        byte[] bytes = Files.readAllBytes(written.notifyCsv());
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n", -1);
        assertThat(lines[0]).isEqualTo("userName,displayName,email");
        assertThat(lines).hasSize(1 + 39 + 1).endsWith("");
        assertThat(lines).contains("maya.okafor@larkspur.example,Maya Okafor,maya.okafor@larkspur.example");
        assertThat(String.join("\n", lines)).doesNotContain("ethan.brooks");

        String text = Files.readString(written.notifyText());
        assertThat(text).startsWith("Subject: Your AWS sign-in has moved: please set your password and MFA again\n\n")
                .contains("https://" + migrated.fixture().seeded().targetIdentityStoreId() + ".awsapps.com/start")
                .contains("AWS sends a one-time password to your email").contains("register an MFA device again");
        for (Path file : List.of(written.report(), written.notifyCsv(), written.notifyText())) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
    }

    @Test
    void aCustomPortalUrlIsUsedEverywhere() {
        ReportData data = ReportAssembler.of(run, migrated.snapshot(), Face.COMMAND_LINE).portalUrl(" https://Larkspur.awsapps.com/start/ ")
                .assemble();
        assertThat(data.usersToNotify().portalUrl()).isEqualTo("https://larkspur.awsapps.com/start");
        assertThat(data.usersToNotify().message()).contains("https://larkspur.awsapps.com/start");
        assertThat(ReportXml.parse(ReportHtml.render(data)).section("source-target"))
                .contains("https://larkspur.awsapps.com/start");
    }
}
