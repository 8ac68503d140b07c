package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import co.pump.icm.aws.AwsClients;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.rollback.ImportJournal;
import co.pump.icm.snapshot.SnapshotJson;
import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.identitystore.model.AttributeOperation;
import software.amazon.awssdk.services.ssoadmin.model.ProvisionTargetType;

/** icm rollback against the demo sandbox, after an icm apply, through the command line. */
class RollbackCommandTest {

    static final String MAYA = "maya.okafor@larkspur.example";
    /** Nobody manages her: a rollback that keeps her keeps nobody else. */
    static final String RACHEL = "rachel.goldberg@larkspur.example";

    @TempDir
    Path dir;

    SandboxFixture fixture;
    AwsProfilesForTests profiles;
    Path journal;
    Path snapshot;

    @BeforeEach
    void importTheDemo() throws Exception {
        fixture = SandboxFixture.demo();
        profiles = new AwsProfilesForTests(fixture, Files.createDirectories(dir.resolve("aws")));
        snapshot = dir.resolve("larkspur.json");
        assertThat(CommandRun.of("export", "--rate", "1000", "--profile", "sandbox-source", "--out",
                snapshot.toString()).exitCode()).isZero();
        journal = dir.resolve("larkspur.journal.jsonl");
        var apply = CommandRun.of("apply", "--rate", "1000", "--profile", "sandbox-target", "--yes", "--snapshot",
                snapshot.toString());
        assertThat(apply.exitCode()).as(apply.err()).isZero();
    }

    @AfterEach
    void stop() {
        profiles.close();
        fixture.close();
    }

    private static String[] rollback(Path journal, String... more) {
        var all = new ArrayList<>(List.of("rollback", "--rate", "1000", "--journal", journal.toString()));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private int writes() {
        return fixture.sandbox().calls().writes().size();
    }

    private IdentityCenterConfig target() {
        try (var clients = AwsClients.open(fixture.target(), 8)) {
            return new co.pump.icm.aws.InstanceReader(clients, new co.pump.icm.aws.AwsCallRunner(
                    co.pump.icm.aws.RateSettings.AWS_DEFAULTS.withRate(1000)), co.pump.icm.aws.ExportListener.NONE)
                    .read(null).config();
        }
    }

    @Test
    void rollbackAsksForTheAccountIdAndWritesNothingWithoutIt() {
        int before = writes();
        var noAnswer = CommandRun.of(rollback(journal, "--profile", "sandbox-target"));
        assertThat(noAnswer.exitCode()).isEqualTo(2);
        assertThat(noAnswer.out()).startsWith("Rolling back import run ").contains("in account 888888888888")
                .containsPattern("Users\\s+39\\s+0\\s+0\\s+0\\s+0\\s+0")
                .contains("- " + MAYA + " (delete: the run created it)")
                .contains("changes to undo. Nothing has been written yet.");
        assertThat(noAnswer.err()).contains("Type the target account ID 888888888888 (or its last four digits) to undo these ")
                .contains("No answer (no terminal?): use --yes to roll back without being asked.")
                .endsWith("icm: Not confirmed: nothing was written.\n");
        var wrong = CommandRun.withInput("1111\n", rollback(journal, "--profile", "sandbox-target"));
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(writes()).isEqualTo(before);
    }

    @Test
    void rollbackUndoesTheImportVerifiesAndASecondRunWritesNothing() throws Exception {
        var run = CommandRun.withInput("8888\n", rollback(journal, "--profile", "sandbox-target"));
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).containsPattern("\\d+ changes undone · 0 failed or not attempted")
                .containsPattern("✓ Back as before the run: all \\d+ items checked.");
        assertThat(target().users()).isEmpty();
        assertThat(target().permissionSets()).isEmpty();
        // The demo's target starts empty; read back independently, it is empty again.
        assertThat(fixture.readTarget().kinds()).allSatisfy((kind, items) -> assertThat(items).as(kind).isEmpty());
        String lines = Files.readString(journal);
        assertThat(lines).doesNotContain(fixture.seeded().target().secretAccessKey())
                .contains("\"type\":\"rollback-run\"").contains("\"type\":\"rollback-end\"")
                .contains("\"rollsBack\":\"" + ImportJournal.read(journal).run(null).runId() + "\"");

        int before = writes();
        var again = CommandRun.of(rollback(journal, "--profile", "sandbox-target", "--yes"));
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Nothing to undo: every item of the run is as it was before it.")
                .contains("✓ Back as before the run");
        assertThat(writes()).isEqualTo(before);
        assertThat(Files.readString(journal)).isEqualTo(lines);
    }

    @Test
    void jsonGivesThePlanTheResultAndTheVerificationInOneDocument() throws Exception {
        var run = CommandRun.of(rollback(journal, "--profile", "sandbox-target", "--yes", "--json"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        var json = SnapshotJson.mapper().readTree(run.out());
        assertThat(json.at("/counts/USERS/DELETE").asInt()).isEqualTo(39);
        assertThat(json.at("/result/failed").asInt()).isZero();
        assertThat(json.at("/result/succeeded").asInt()).isEqualTo(json.at("/writes").asInt());
        assertThat(json.at("/verification/back").asBoolean()).isTrue();
        assertThat(json.at("/target/accountId").asText()).isEqualTo("888888888888");
    }

    @Test
    void anItemEditedSinceTheImportIsLeftAloneAndTheExitCodeSaysSo() {
        var target = target();
        String rachelId = target.users().stream().filter(u -> u.userName().equals(RACHEL)).findFirst().orElseThrow()
                .origin().id();
        try (var clients = AwsClients.open(fixture.target(), 4)) {
            clients.identityStore().updateUser(r -> r.identityStoreId(target.source().identityStoreId()).userId(rachelId)
                    .operations(AttributeOperation.builder().attributePath("title")
                            .attributeValue(Document.fromString("CTO")).build()));
        }
        var run = CommandRun.of(rollback(journal, "--profile", "sandbox-target", "--yes"));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("· " + RACHEL + " — skipped: changed since the run: title")
                .containsPattern("✗ 1 of \\d+ items are not as they were before the run:")
                .contains("Users: " + RACHEL + " — left alone: changed since the run: title");
        assertThat(target().users()).extracting(u -> u.title()).containsExactly("CTO");
    }

    @Test
    void aStepThatCannotBeDoneEndsWithExitCode4() {
        // Someone provisions one of the imported permission sets by hand to an account where it
        // has no assignment: the rollback cannot see that when planning, only right before the delete.
        var target = target();
        var set = target.permissionSets().stream().filter(p -> p.name().equals("ReadOnly")).findFirst().orElseThrow();
        try (var clients = AwsClients.open(fixture.target(), 4)) {
            clients.ssoAdmin().provisionPermissionSet(r -> r.instanceArn(target.source().instanceArn())
                    .permissionSetArn(set.origin().id()).targetType(ProvisionTargetType.AWS_ACCOUNT)
                    .targetId("777777777777"));
        }
        var run = CommandRun.of(rollback(journal, "--profile", "sandbox-target", "--yes"));
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(4);
        assertThat(run.out()).contains("✗ ReadOnly — it is still provisioned to account 777777777777: it has "
                        + "assignments there that the rollback does not remove")
                .contains("Permission sets: ReadOnly — still there (the run created it)");
        assertThat(target().permissionSets()).extracting(p -> p.name()).containsExactly("ReadOnly");
    }

    @Test
    void badJournalsAreRefusedBeforeAnyWrite() throws Exception {
        int before = writes();
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a journal\n");
        var notJson = CommandRun.of(rollback(text, "--profile", "sandbox-target", "--yes"));
        assertThat(notJson.exitCode()).isEqualTo(2);
        assertThat(notJson.err()).isEqualTo("icm: " + text + " is not an import journal: line 1 is not JSON.\n");

        Path noRun = Files.writeString(dir.resolve("norun.jsonl"), "{\"type\":\"end\",\"runId\":\"x\"}\n");
        var withoutRun = CommandRun.of(rollback(noRun, "--profile", "sandbox-target", "--yes"));
        assertThat(withoutRun.exitCode()).isEqualTo(2);
        assertThat(withoutRun.err()).isEqualTo("icm: " + noRun + " holds no import run (no \"run\" line). Give the "
                + "journal that the import wrote: by default <snapshot>.journal.jsonl next to the snapshot.\n");

        var unknown = CommandRun.of(rollback(journal, "--profile", "sandbox-target", "--yes", "--run", "nope"));
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("icm: " + journal + " has no import run nope. Its runs: "
                + ImportJournal.read(journal).run(null).runId() + " (started ");

        var elsewhere = CommandRun.of(rollback(journal, "--profile", "sandbox-source", "--yes"));
        assertThat(elsewhere.exitCode()).isEqualTo(2);
        assertThat(elsewhere.err()).contains("\nicm: The journal " + journal + " records an import into account "
                        + "888888888888 (instance ")
                .contains("but you are signed in to account 111111111111")
                .endsWith("Sign in to the account and region the import went to.\n");

        var missing = CommandRun.of("rollback", "--profile", "sandbox-target");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("icm: Missing required option: '--journal=FILE'");
        assertThat(writes()).isEqualTo(before);
    }
}
