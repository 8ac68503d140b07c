package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import co.pump.icm.apply.Applier;
import co.pump.icm.apply.ApplyListener;
import co.pump.icm.apply.ApplyProgress;
import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.ImportSession;
import co.pump.icm.apply.ItemResult;
import co.pump.icm.apply.Outcome;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.InstanceReader;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.compare.Category;
import co.pump.icm.model.Face;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.report.JournalReader;
import co.pump.icm.report.JournalRun;
import co.pump.icm.report.ReportAssembler;
import co.pump.icm.report.ReportData;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.snapshot.SnapshotWriter;
import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * icm report after a migration of two runs (one stopped with Cancel, then the rest): the report
 * covers the whole migration, as the wizard's does, and {@code --run} reports one run alone.
 */
class ReportWholeMigrationTest {

    @TempDir
    static Path dir;

    static SandboxFixture fixture;
    static Snapshot snapshot;
    static Path snapshotFile;
    static Path journal;
    static ApplyResult stopped;
    static ApplyResult rest;
    static int planned;
    static int usersCreated;

    @BeforeAll
    static void cancelThenImportTheRest() throws Exception {
        fixture = SandboxFixture.demo();
        snapshotFile = dir.resolve("larkspur.json");
        journal = dir.resolve("larkspur.journal.jsonl");
        try (var clients = AwsClients.open(fixture.source(), 32)) {
            var config = new InstanceReader(clients, new AwsCallRunner(RateSettings.AWS_DEFAULTS.withRate(1000)),
                    ExportListener.NONE).read(null).config();
            snapshot = SnapshotWriter.write(snapshotFile, config, Instant.parse("2026-11-27T10:15:30Z"));
        }
        try (var clients = AwsClients.open(fixture.target(), 32)) {
            var slow = new ImportSession(clients, new AwsCallRunner(RateSettings.AWS_DEFAULTS.withRate(30)));
            Plan plan = slow.plan(snapshot.config(), PlanOptions.defaults(), ExportListener.NONE);
            planned = plan.writes().size();
            // The users the migration creates that are enabled in the source (a disabled one, when
            // created at all, is not told to sign in).
            usersCreated = (int) plan.changes().stream().filter(c -> c.category() == Category.USERS
                    && c.kind() == ChangeKind.CREATE && c.item() instanceof co.pump.icm.model.User user
                    && !"DISABLED".equals(user.userStatus())).count();
            var applier = new AtomicReference<Applier>();
            var someDone = new CompletableFuture<Void>();
            var run = CompletableFuture.supplyAsync(() -> slow.apply(plan, journal, new ApplyListener() {
                @Override
                public void onProgress(ApplyProgress progress) {
                }

                @Override
                public void onItem(ItemResult item) {
                    someDone.complete(null);
                }
            }, applier::set));
            someDone.get(30, TimeUnit.SECONDS);
            applier.get().cancel();
            stopped = run.get(60, TimeUnit.SECONDS);

            var fast = new ImportSession(clients, new AwsCallRunner(RateSettings.AWS_DEFAULTS.withRate(1000)));
            rest = fast.apply(fast.plan(snapshot.config(), PlanOptions.defaults(), ExportListener.NONE), journal,
                    ApplyListener.NONE, null);
        }
        assertThat(stopped.cancelled()).isTrue();
        assertThat(stopped.count(Outcome.SUCCEEDED)).isPositive().isLessThan(planned);
        assertThat(rest.failures()).isEmpty();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static List<JournalRun> runs() {
        return JournalReader.read(journal);
    }

    @Test
    void theReportCoversEveryRunOfTheMigrationLikeTheWizards() throws Exception {
        Path out = Files.createDirectories(dir.resolve("whole")).resolve("report.html");
        var run = CommandRun.of("report", "--journal", journal.toString(), "--snapshot", snapshotFile.toString(),
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JournalRun> runs = runs();
        assertThat(runs).hasSize(2);
        long first = stopped.count(Outcome.SUCCEEDED);
        long second = rest.count(Outcome.SUCCEEDED);
        assertThat(first + second).isEqualTo(planned);
        // Every change of both runs is made: the first run's not-started changes were made by the second.
        assertThat(run.out()).startsWith("Report written to " + out + ": " + planned + " changes made (2 runs), "
                + "0 not done, ");
        assertThat(run.out()).contains("  Run " + runs.get(0).runId() + ", started ")
                .contains(": " + first + " made · 0 failed · " + (planned - first) + " not done · stopped with Cancel.\n")
                .contains("  Run " + runs.get(1).runId() + ", started ")
                .contains(": " + second + " made · 0 failed.\n");

        ReportData wizards = ReportAssembler.ofMigration(JournalReader.history(journal), snapshot, "larkspur.json",
                Face.WIZARD).assemble();
        int everyoneCreated = wizards.usersToNotify().recipients().size();
        assertThat(everyoneCreated).as("users the migration created, less those disabled in the source")
                .isEqualTo(usersCreated);
        assertThat(run.out()).contains("Users to notify: " + everyoneCreated + " (");
        assertThat(Files.readAllLines(out.resolveSibling("users-to-notify.csv"))).hasSize(everyoneCreated + 1);
        assertThat(wizards.applied()).hasSize(planned);
        String html = Files.readString(out);
        assertThat(html).contains(runs.get(0).runId()).contains(runs.get(1).runId()).contains("stopped with Cancel");
    }

    @Test
    void runReportsThatRunAlone() throws Exception {
        String firstRun = runs().get(0).runId();
        Path out = Files.createDirectories(dir.resolve("first")).resolve("report.html");
        var run = CommandRun.of("report", "--journal", journal.toString(), "--snapshot", snapshotFile.toString(),
                "--out", out.toString(), "--run", firstRun);

        assertThat(run.exitCode()).as(run.err()).isZero();
        long first = stopped.count(Outcome.SUCCEEDED);
        assertThat(run.out()).startsWith("Report written to " + out + ": " + first + " changes made, "
                + (planned - first) + " not done, ").doesNotContain("  Run ");
        assertThat(Files.readString(out)).contains(firstRun).doesNotContain(runs().get(1).runId());
    }
}
