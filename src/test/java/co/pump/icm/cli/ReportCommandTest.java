package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.report.JournalReader;
import co.pump.icm.report.MigratedSandbox;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.snapshot.SnapshotWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** icm report after an import with one failure, through the command line. */
class ReportCommandTest {

    @TempDir
    static Path dir;

    static MigratedSandbox migrated;
    static AwsProfilesForTests profiles;
    static String runId;

    @BeforeAll
    static void migrate() throws Exception {
        migrated = MigratedSandbox.start(DemoData.scenarioWithMissingPolicy(), dir, PlanOptions.defaults());
        profiles = new AwsProfilesForTests(migrated.fixture(), Files.createDirectories(dir.resolve("aws")));
        runId = JournalReader.run(migrated.journal(), null).runId();
    }

    @AfterAll
    static void stop() {
        profiles.close();
        migrated.close();
    }

    private static String[] args(String... more) {
        var all = new java.util.ArrayList<String>(java.util.List.of("report", "--journal", migrated.journal().toString(),
                "--snapshot", migrated.snapshotFile().toString()));
        all.addAll(java.util.List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void writesTheReportAndTheUsersToNotifyNextToIt() throws Exception {
        Path out = Files.createDirectories(dir.resolve("plain")).resolve("report.html");
        var run = CommandRun.of(args("--out", out.toString()));
        assertThat(run.exitCode()).as(run.err()).isZero();
        // The demo: the user disabled in the source, his membership and his assignment are skipped (not
        // made); 15 changes of applications and their token issuer, scopes and assignments are made, and 8
        // skipped for the applications made again by hand.
        assertThat(run.out()).isEqualTo("Report written to " + out + ": 163 changes made, 1 not done, 23 skipped; "
                + "not verified.\nUsers to notify: 39 (" + out.resolveSibling("users-to-notify.csv") + ", "
                + out.resolveSibling("users-to-notify.txt") + ").\n");
        assertThat(Files.readString(out)).contains("id=\"verification\"").contains("Not verified")
                .contains("DataLakeAccess");
        assertThat(out.resolveSibling("users-to-notify.csv")).exists();
    }

    @Test
    void verifiesWhenAsked() throws Exception {
        Path out = dir.resolve("verified.html");
        Path people = dir.resolve("people");
        var run = CommandRun.of(args("--out", out.toString(), "--notify-out", people.toString(), "--run", runId,
                "--verify", "--rate", "1000", "--profile", "sandbox-target"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Reading the target to verify run " + runId);
        assertThat(run.out()).contains("; verified: 1 item drifted.").contains(people.resolve("users-to-notify.txt").toString());
        assertThat(Files.readString(out)).contains("✗ Drift").contains("missing in the target");
        assertThat(people.resolve("users-to-notify.csv")).exists();
    }

    @Test
    void badInputIsRefusedInOneLine() throws Exception {
        String out = dir.resolve("never.html").toString();
        Path missing = dir.resolve("missing.jsonl");
        assertRefused(CommandRun.of("report", "--journal", missing.toString(), "--snapshot",
                migrated.snapshotFile().toString(), "--out", out), "The journal " + missing + " does not exist.");

        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        assertRefused(CommandRun.of("report", "--journal", empty.toString(), "--snapshot",
                migrated.snapshotFile().toString(), "--out", out), "empty.jsonl holds no import run: nothing was imported "
                + "with it yet.");

        assertRefused(CommandRun.of("report", "--journal", migrated.snapshotFile().toString(), "--snapshot",
                migrated.snapshotFile().toString(), "--out", out), "larkspur.json is not an import journal: line 1 is not a "
                + "journal entry.");

        var unknown = CommandRun.of(args("--out", out, "--run", "nope"));
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("icm: larkspur.journal.jsonl has no run nope; its runs are " + runId + " (")
                .endsWith(").\n").hasLineCount(1);

        assertRefused(CommandRun.of(args("--out", out, "--profile", "sandbox-target")),
                "--profile, --region and --endpoint-url are only used with --verify; add --verify to re-read the target.");
        assertRefused(CommandRun.of(args("--out", out, "--portal-url", "http://larkspur.awsapps.com/start")),
                "'http://larkspur.awsapps.com/start' is not an access portal URL such as "
                        + "https://d-1234567890.awsapps.com/start.");
        assertThat(Path.of(out)).doesNotExist();
    }

    @Test
    void aSnapshotOfAnotherInstanceIsRefused() {
        IdentityCenterConfig config = migrated.snapshot().config();
        SourceInfo s = config.source();
        String otherArn = "arn:aws:sso:::instance/ssoins-0000000000000000";
        var other = new IdentityCenterConfig(new SourceInfo(s.accountId(), s.organizationId(), s.managementAccountId(),
                s.region(), otherArn, s.identityStoreId(), s.instanceName(), s.callerArn()), config.accounts(),
                config.users(), config.groups(), config.memberships(), config.permissionSets(), config.assignments(),
                config.accessControl(), config.applications(), config.more());
        Path file = dir.resolve("other.json");
        SnapshotWriter.write(file, other, Instant.now());
        var run = CommandRun.of("report", "--journal", migrated.journal().toString(), "--snapshot", file.toString(),
                "--out", dir.resolve("other.html").toString());
        assertRefused(run, "other.json was exported from instance " + otherArn + " (account " + DemoData.MANAGEMENT
                + "), but run " + runId + " imported a snapshot of instance " + s.instanceArn() + " (account "
                + DemoData.MANAGEMENT + "). Give the snapshot that run imported.");
    }

    private static void assertRefused(CommandRun run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("icm: " + message + "\n");
        assertThat(run.out()).isEmpty();
    }
}
