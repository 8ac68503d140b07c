package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import co.pump.icm.testing.ImportExpectation;
import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** icm plan, apply and verify against the demo sandbox, through the command line. */
class ImportCommandsTest {

    @TempDir
    Path dir;

    SandboxFixture fixture;
    AwsProfilesForTests profiles;
    Path snapshot;

    @BeforeEach
    void start() throws Exception {
        fixture = SandboxFixture.demo();
        Path aws = Files.createDirectories(dir.resolve("aws"));
        profiles = new AwsProfilesForTests(fixture, aws);
        snapshot = dir.resolve("larkspur.json");
        var export = CommandRun.of("export", "--rate", "1000", "--profile", "sandbox-source", "--out", snapshot.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
    }

    @AfterEach
    void stop() {
        profiles.close();
        fixture.close();
    }

    private String[] args(String command, String... more) {
        var all = new java.util.ArrayList<String>(java.util.List.of(command, "--rate", "1000", "--snapshot", snapshot.toString()));
        all.addAll(java.util.List.of(more));
        return all.toArray(String[]::new);
    }

    private long writes() {
        return fixture.sandbox().calls().records().stream()
                .filter(c -> !c.operation().matches("(List|Describe|Get).*")).count();
    }

    @Test
    void planShowsWhatWillChangeAndWritesNothing() {
        var run = CommandRun.of(args("plan", "--profile", "sandbox-target"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Target: account 888888888888")
                // The user disabled in the source is skipped.
                .containsPattern("Users\\s+39\\s+0\\s+0\\s+0\\s+1\\s+0")
                .contains("+ maya.okafor@larkspur.example")
                .contains("skipped: account 666666666666 is not in the new organization yet")
                .contains("Nothing has been written yet.");
        assertThat(writes()).isZero();
    }

    @Test
    void planJsonCanBeSaved() throws Exception {
        Path out = dir.resolve("plan.json");
        var run = CommandRun.of(args("plan", "--profile", "sandbox-target", "--json", "--out", out.toString()));
        assertThat(run.exitCode()).isZero();
        var json = co.pump.icm.snapshot.SnapshotJson.mapper().readTree(Files.readString(out));
        assertThat(json.at("/counts/USERS/CREATE").asInt()).isEqualTo(39);
        assertThat(json.get("changes").size()).isGreaterThan(100);
        assertThat(co.pump.icm.snapshot.SnapshotJson.mapper().readTree(run.out())).isEqualTo(json);
    }

    @Test
    void applyNeedsAConfirmationAndWritesNothingWithout() {
        var noAnswer = CommandRun.of(args("apply", "--profile", "sandbox-target"));
        assertThat(noAnswer.exitCode()).isEqualTo(2);
        assertThat(noAnswer.err()).contains("Type the target account ID 888888888888 (or its last four digits)")
                .contains("No answer (no terminal?): use --yes to import without being asked.")
                .endsWith("icm: Not confirmed: nothing was written.\n");
        var wrong = CommandRun.withInput("111111111111\n", args("apply", "--profile", "sandbox-target"));
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(writes()).isZero();
    }

    @Test
    void applyThenVerifyThenNothingLeftToDo() throws Exception {
        Path journal = dir.resolve("run.jsonl");
        var apply = CommandRun.withInput("8888\n", args("apply", "--profile", "sandbox-target", "--journal", journal.toString()));
        assertThat(apply.exitCode()).as(apply.out() + apply.err()).isZero();
        assertThat(apply.out()).containsPattern("\\d+ changes made · 0 failed or not attempted");
        assertThat(Files.readString(journal)).contains("\"type\":\"end\"");

        var verify = CommandRun.of(args("verify", "--profile", "sandbox-target"));
        assertThat(verify.exitCode()).as(verify.out()).isZero();
        assertThat(verify.out()).startsWith("✓ No drift: the target holds everything the import intended")
                .contains("skipped by the import (not drift)");
        ImportExpectation.assertMatches(fixture.readTarget(), fixture.expectedTarget(), "The target after icm apply");

        long before = writes();
        var again = CommandRun.of(args("apply", "--profile", "sandbox-target", "--yes"));
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Nothing to change: the target already matches the snapshot.");
        assertThat(writes()).isEqualTo(before);
    }

    @Test
    void verifyReportsDrift() {
        var verify = CommandRun.of(args("verify", "--profile", "sandbox-target"));
        assertThat(verify.exitCode()).isEqualTo(1);
        assertThat(verify.out()).startsWith("✗ Drift: ").contains("Users: maya.okafor@larkspur.example — missing in the target");
    }

    @Test
    void theJournalGoesNextToTheSnapshotByDefault() {
        var apply = CommandRun.of(args("apply", "--profile", "sandbox-target", "--yes", "--only", "groups"));
        assertThat(apply.exitCode()).isZero();
        assertThat(dir.resolve("larkspur.journal.jsonl")).exists();
    }

    @Test
    void importingIntoTheSourceItselfIsRefusedBeforeAnyWrite() {
        var run = CommandRun.of(args("apply", "--profile", "sandbox-source", "--yes"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("This snapshot was exported from the instance you are signed in to");
        assertThat(writes()).isZero();
    }

    @Test
    void aTargetInTheSameOrganizationIsRefused() {
        // The demo's member key belongs to the target organization; a snapshot claiming that
        // organization as its source must not go there.
        var edited = dir.resolve("edited.json");
        try {
            Files.writeString(edited, Files.readString(snapshot).replace("o-larkspur01", "o-pump000001"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var run = CommandRun.of("apply", "--rate", "1000", "--snapshot", edited.toString(), "--accept-edited",
                "--profile", "sandbox-target", "--yes");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("is in the same organization (o-pump000001) as the snapshot's source");
        assertThat(writes()).isZero();
    }

    @Test
    void anEditedSnapshotIsRefusedUnlessAccepted() throws Exception {
        Files.writeString(snapshot, Files.readString(snapshot).replace("Platform engineers", "Platform people"));
        var run = CommandRun.of(args("apply", "--profile", "sandbox-target", "--yes"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("larkspur.json was edited after it was exported");
        assertThat(writes()).isZero();
    }

    @Test
    void anAccountWithoutAnInstanceIsRefused() {
        var run = CommandRun.of(args("apply", "--profile", "sandbox-member", "--yes"));
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("administers no IAM Identity Center instance in eu-west-1");
        assertThat(writes()).isZero();
    }

    @Test
    void badImportOptionsAreRefused() {
        var source = CommandRun.of(args("plan", "--profile", "sandbox-target", "--identity-source", "okta"));
        assertThat(source.exitCode()).isEqualTo(2);
        assertThat(source.err()).isEqualTo("icm: --identity-source must be create or match, not 'okta'.\n");
        var only = CommandRun.of(args("plan", "--profile", "sandbox-target", "--only", "users,robots"));
        assertThat(only.err()).isEqualTo("icm: --only takes users, groups, memberships, permission-sets, assignments or "
                + "access-control, not 'robots'.\n");
        var map = CommandRun.of(args("plan", "--profile", "sandbox-target", "--account-map", "1=2"));
        assertThat(map.err()).isEqualTo("icm: Account map entry '1=2': '1' is not an AWS account ID (12 digits).\n");
        assertThat(writes()).isZero();
    }

    @Test
    void matchModeCreatesNoUsersOrGroups() {
        var run = CommandRun.of(args("plan", "--profile", "sandbox-target", "--identity-source", "match"));
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("Users\\s+0\\s+0\\s+0\\s+0\\s+40\\s+0")
                .contains("skipped: not provisioned by your identity provider yet");
    }
}
