package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.pump.icm.plan.IdentitySource;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.report.MigratedSandbox;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.verify.DevicePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** icm test-access against the sandbox after an import; the device code is approved as the person would. */
class TestAccessCommandTest {

    static final String SARAH = "sarah.obrien@larkspur.example";

    @TempDir
    Path dir;

    /** Runs icm, approving the device code it prints as {@code approver} on the sandbox's page. */
    static CommandRun runApproving(URI sandbox, String approver, String... args) {
        var out = new CodeWatcher(sandbox, approver);
        var err = new java.io.StringWriter();
        int code = Main.run(args, new BufferedReader(new StringReader("")), new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new CommandRun(code, out.toString(), err.toString());
    }

    private static String[] args(MigratedSandbox migrated, String... more) {
        var all = new ArrayList<>(List.of("test-access", "--rate", "1000", "--snapshot",
                migrated.snapshotFile().toString(), "--profile", "sandbox-target"));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void aUserWhoSeesWhatIsExpectedPassesAndTheReportShowsIt() throws Exception {
        try (var migrated = MigratedSandbox.start(DemoData.scenario(), dir, PlanOptions.defaults());
             var profiles = new AwsProfilesForTests(migrated.fixture(), Files.createDirectories(dir.resolve("aws")))) {
            Path saved = dir.resolve("sarah.json");
            var run = runApproving(migrated.fixture().sandbox().endpoint(), SARAH,
                    args(migrated, "--user", SARAH, "--out", saved.toString()));
            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
            String portal = "https://" + migrated.fixture().seeded().targetIdentityStoreId() + ".awsapps.com/start";
            assertThat(run.out()).startsWith("Sign in as " + SARAH + ": open\n    http://")
                    .containsPattern("and check that the page shows the code [A-Z]{4}-[A-Z]{4} \\(valid for 10 minutes\\)")
                    .contains("What " + SARAH + " sees at " + portal + ", compared with the snapshot:")
                    .containsPattern("  ✓ 222222222222 larkspur-prod +DatabaseAdmin +direct\n")
                    .contains("✓ All 6 expected roles are there, and nothing else.")
                    .contains("Saved to " + saved + ".");

            Path report = dir.resolve("report.html");
            var withTest = CommandRun.of("report", "--journal", migrated.journal().toString(), "--snapshot",
                    migrated.snapshotFile().toString(), "--out", report.toString(), "--access-test", saved.toString());
            assertThat(withTest.exitCode()).as(withTest.err()).isZero();
            assertThat(Files.readString(report)).contains("<section id=\"access-test\">")
                    .contains(SARAH + " — ✓ sees exactly what is expected");
        }
    }

    @Test
    void aMissingRoleFailsTheTest() throws Exception {
        try (var migrated = MigratedSandbox.start(DemoData.scenarioWithMissingPolicy(), dir, PlanOptions.defaults());
             var profiles = new AwsProfilesForTests(migrated.fixture(), Files.createDirectories(dir.resolve("aws")))) {
            // Sarah is in Data Engineering, whose DataEngineer assignment in dev failed.
            var run = runApproving(migrated.fixture().sandbox().endpoint(), SARAH, args(migrated, "--user", SARAH));
            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
            assertThat(run.out()).containsPattern("  ✗ 444444444444 +DataEngineer +group Data Engineering — missing\n")
                    .endsWith("✗ 1 of 6 expected roles missing; 0 unexpected.\n");

            var unknown = CommandRun.of(args(migrated, "--user", "nobody"));
            assertThat(unknown.exitCode()).isEqualTo(2);
            assertThat(unknown.err()).endsWith("icm: The snapshot has no user 'nobody'; give the user name as it is in "
                    + "the snapshot, e.g. aisha.khan@larkspur.example.\n");
            var badUrl = CommandRun.of(args(migrated, "--user", SARAH, "--start-url", "larkspur.awsapps.com"));
            assertThat(badUrl.exitCode()).isEqualTo(2);
            assertThat(badUrl.err()).endsWith("icm: 'larkspur.awsapps.com' is not an access portal URL such as "
                    + "https://d-1234567890.awsapps.com/start.\n");
        }
    }

    @Test
    void withAnIdentityProviderTheChecklistComesFirst() throws Exception {
        var match = PlanOptions.defaults().withIdentitySource(IdentitySource.MATCH);
        try (var migrated = MigratedSandbox.start(DemoData.scenario(), dir, match);
             var profiles = new AwsProfilesForTests(migrated.fixture(), Files.createDirectories(dir.resolve("aws")))) {
            var run = CommandRun.of(args(migrated, "--identity-source", "match", "--user", SARAH));
            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            assertThat(run.out()).startsWith("Users and groups come from your identity provider. To connect it to the new "
                    + "instance:\n  1. In the IAM Identity Center console of the new instance (account 888888888888, "
                    + "region eu-west-1)")
                    .contains("Not provisioned yet:\n").contains("  · user " + SARAH + "\n")
                    .contains("  · group Data Engineering\n")
                    .endsWith("✗ " + SARAH + " has not been provisioned by your identity provider yet, so they cannot "
                            + "sign in. Test again once provisioning has run.\n");
        }
    }

    /** Collects what the command prints and approves the device code as soon as it appears. */
    static final class CodeWatcher extends Writer {
        private static final Pattern CODE = Pattern.compile("shows the code ([A-Z]{4}-[A-Z]{4})");
        private final StringBuilder text = new StringBuilder();
        private final URI sandbox;
        private final String approver;
        private boolean approved;

        CodeWatcher(URI sandbox, String approver) {
            this.sandbox = sandbox;
            this.approver = approver;
        }

        @Override
        public synchronized void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public synchronized void flush() {
            Matcher m = CODE.matcher(text);
            if (!approved && m.find()) {
                approved = true;
                assertThat(DevicePage.approve(sandbox, m.group(1), approver)).isEqualTo(200);
            }
        }

        @Override
        public void close() {
        }

        @Override
        public synchronized String toString() {
            return text.toString();
        }
    }
}
