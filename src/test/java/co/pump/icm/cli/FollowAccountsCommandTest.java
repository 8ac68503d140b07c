package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.sandbox.organizations.AccountMoves;
import co.pump.icm.testing.SandboxFixture;

/** {@code icm apply --follow-accounts} against the demo with two accounts still in the current organization. */
class FollowAccountsCommandTest {

    private static final List<String> ARRIVING = List.of(DemoData.SECURITY, DemoData.SANDBOX);

    @TempDir
    Path dir;

    SandboxFixture fixture;
    AwsProfilesForTests profiles;
    Path snapshot;
    Path journal;

    @BeforeEach
    void start() throws Exception {
        fixture = SandboxFixture.start(DemoData.scenarioWithAccountsArriving(), 23, o -> o);
        profiles = new AwsProfilesForTests(fixture, Files.createDirectories(dir.resolve("aws")));
        snapshot = dir.resolve("larkspur.json");
        journal = dir.resolve("larkspur.journal.jsonl");
        var export = CommandRun.of("export", "--rate", "1000", "--profile", "sandbox-source", "--out", snapshot.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
    }

    @AfterEach
    void stop() {
        profiles.close();
        fixture.close();
    }

    private String[] apply(String... more) {
        var all = new ArrayList<>(List.of("apply", "--rate", "1000", "--profile", "sandbox-target", "--snapshot",
                snapshot.toString()));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private AccountMoves.ScheduledJoin joinAfter(Duration delay) {
        return AccountMoves.schedule(fixture.world(), ARRIVING, DemoData.TARGET_ORGANIZATION,
                fixture.world().now() + delay.toMillis());
    }

    @Test
    void theConfirmationCoversTheAwaitedAssignmentsAndTheyAreMadeAsTheAccountsArrive() throws Exception {
        joinAfter(Duration.ofSeconds(4));
        var run = CommandRun.withInput("8888\n", apply("--follow-accounts", "--follow-interval", "1s", "--until", "2m"));
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out())
                .contains("Following the accounts: 2 accounts are not in the new organization yet, awaiting 18 assignments:")
                .contains("  … 555555555555 (larkspur-security): 8 assignments")
                .contains("  … 666666666666 (larkspur-sandbox): 10 assignments")
                .contains("After the import, icm looks at the new organization every second and, as each account arrives, "
                        + "creates the assignments this plan shows for it")
                .contains("Your confirmation covers exactly these, nothing more.")
                .containsPattern("\\d\\d:\\d\\d:\\d\\d  666666666666 \\(larkspur-sandbox\\) is in the new organization "
                        + "\\(joined \\d\\d:\\d\\d:\\d\\d\\)\\.")
                .containsPattern("✓ Users of 666666666666 \\(larkspur-sandbox\\) got access: 10 of 10 assignments in place\\.")
                .contains("Following the accounts: every awaited account arrived and its users got access.")
                .containsPattern("  ✓ 555555555555 \\(larkspur-security\\) · awaited since \\d\\d:\\d\\d:\\d\\d · arrived "
                        + "\\d\\d:\\d\\d:\\d\\d · users got access \\d\\d:\\d\\d:\\d\\d \\(8 of 8\\)");
        assertThat(run.err()).containsPattern("make these [\\d,]+ changes now and the 18 awaited assignments as their "
                + "accounts arrive: ");

        var verify = CommandRun.of("verify", "--rate", "1000", "--profile", "sandbox-target", "--snapshot",
                snapshot.toString());
        assertThat(verify.exitCode()).as(verify.out()).isZero();
        assertThat(verify.out()).doesNotContain("not in the new organization yet");

        Path report = dir.resolve("report.html");
        var made = CommandRun.of("report", "--journal", journal.toString(), "--snapshot", snapshot.toString(), "--out",
                report.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        String html = Files.readString(report);
        assertThat(html).contains("id=\"moving-accounts\"").contains("Every awaited account arrived, and its users got access.")
                .contains("666666666666 (larkspur-sandbox)").contains("id=\"outside-identity-center\"");
    }

    @Test
    void atTheTimeLimitTheAccountsStillAwaitedAreNamedAndTheExitCodeSaysNotDone() {
        var run = CommandRun.of(apply("--yes", "--follow-accounts", "--follow-interval", "1s", "--until", "2s"));
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.APPLY_FAILURES);
        assertThat(run.out()).contains("Following the accounts reached its time limit with 2 accounts still awaited.")
                .containsPattern("  … 666666666666 \\(larkspur-sandbox\\) · awaited since \\d\\d:\\d\\d:\\d\\d · not in the "
                        + "new organization yet")
                .contains("Run the same command again to pick up where it stopped");
        assertThat(run.err()).contains("Waiting for 2 accounts · next look at");
    }

    @Test
    void withoutAwaitedAccountsFollowingSaysSoAndEnds() {
        joinAfter(Duration.ZERO).joinNow();
        var run = CommandRun.of(apply("--yes", "--follow-accounts", "--follow-interval", "1s"));
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("every account this plan assigns access in is in the new organization already");
    }

    /**
     * Ctrl-C while following (a separate JVM, as a person would press it) stops it safely; the
     * accounts arrive; the same command run again imports their assignments and completes their
     * timeline, awaited since the first run.
     */
    @Test
    void ctrlCStopsFollowingAndTheSameCommandRunAgainPicksUp() throws Exception {
        assertThat(interruptIgnored()).as("SIGINT is ignored by this test run (it was started as a background job "
                + "without job control, e.g. `cmd &` in a script), and a child process inherits that: Ctrl-C cannot "
                + "be simulated. Run the tests in the foreground.").isFalse();
        Process first = IcmProcess.start(dir.resolve("apply.log"), apply("--yes", "--follow-accounts", "--follow-interval", "1s", "--until", "10m"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (first.isAlive() && System.nanoTime() < deadline && !log().contains("Waiting for 2 accounts")) {
            Thread.sleep(50);
        }
        assertThat(log()).contains("Waiting for 2 accounts");
        assertThat(new ProcessBuilder("kill", "-INT", String.valueOf(first.pid())).start().waitFor()).isZero();
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(log()).contains("Stopping: requests already sent finish, nothing new starts…")
                .contains("Following the accounts was stopped with 2 accounts still awaited.");
        assertThat(Files.readString(journal)).contains("\"type\":\"follow-end\"").contains("\"reason\":\"CANCELLED\"");

        joinAfter(Duration.ZERO).joinNow();
        var again = CommandRun.of(apply("--yes", "--follow-accounts", "--follow-interval", "1s"));
        assertThat(again.exitCode()).as(again.out() + again.err()).isZero();
        assertThat(again.out()).containsPattern("18 changes made · 0 failed or not attempted")
                .contains("every account this plan assigns access in is in the new organization already")
                .contains("Following the accounts: every awaited account arrived and its users got access.")
                .containsPattern("  ✓ 666666666666 \\(larkspur-sandbox\\) · awaited since (\\d\\d:\\d\\d:\\d\\d) · arrived ");
        String firstSince = sinceIn(log());
        assertThat(again.out()).contains("(larkspur-sandbox) · awaited since " + firstSince + " · arrived");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--until 30m|--until and --follow-interval only apply with --follow-accounts.",
            "--follow-accounts --until 0s|--until must be more than 0 and at most 24h; got '0s'.",
            "--follow-accounts --until 25h|--until must be more than 0 and at most 24h; got '25h'.",
            "--follow-accounts --until soon|--until must be a duration such as 20ms, 1s or 2m; got 'soon'.",
            "--follow-accounts --follow-interval 500ms|--follow-interval must be at least 1s; got '500ms'.",
    })
    void refusesBadFollowOptionsBeforeReadingAnything(String options, String message) {
        long calls = fixture.sandbox().calls().records().size();
        var args = new ArrayList<>(List.of("apply", "--profile", "sandbox-target", "--snapshot", snapshot.toString()));
        args.addAll(List.of(options.split(" ")));
        var run = CommandRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo("icm: " + message + System.lineSeparator());
        assertThat(fixture.sandbox().calls().records()).hasSize((int) calls);
    }

    /** True when this process ignores SIGINT (Linux: the SigIgn mask of /proc/self/status); a child inherits it. */
    private static boolean interruptIgnored() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & (1L << 1)) != 0; // SIGINT is signal 2
            }
        }
        return false;
    }

    private String log() throws Exception {
        Path log = dir.resolve("apply.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    /** When the first run says the sandbox account has been awaited since. */
    private static String sinceIn(String output) {
        var m = java.util.regex.Pattern.compile("666666666666 \\(larkspur-sandbox\\) · awaited since (\\d\\d:\\d\\d:\\d\\d)")
                .matcher(output);
        assertThat(m.find()).as(output).isTrue();
        return m.group(1);
    }
}
