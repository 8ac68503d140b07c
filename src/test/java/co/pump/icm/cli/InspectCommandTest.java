package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.TestConfigs;
import co.pump.icm.snapshot.SnapshotJson;
import co.pump.icm.snapshot.SnapshotWriter;

class InspectCommandTest {

    @TempDir
    Path dir;

    @Test
    void validSnapshotShowsValidityDigestSourceCountsAndFacts() {
        Path file = write("acme.json", TestConfigs.full());

        CommandRun run = CommandRun.of("inspect", file.toString());

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).doesNotContain("WARNING")
                .contains("  Validity             valid\n")
                .contains("  Digest state         VALID (unchanged since export)\n")
                .containsPattern("  Digest               sha256:[0-9a-f]{64}\n")
                .contains("  Format version       4\n")
                .contains("  Exported at          2026-11-27T10:15:30Z\n")
                .contains("  Tool                 icm ")
                .contains("  Organization         o-abc123defg\n")
                .contains("  Management account   111111111111\n")
                .contains("  Identity store       d-1234567890\n")
                .contains("  Users                        3\n"
                        + "  Groups                       2\n"
                        + "  Memberships                  2\n"
                        + "  Permission sets              2\n"
                        + "  Assignments                  3\n"
                        + "  ABAC attributes              1\n"
                        + "  Trusted token issuers        0\n"
                        + "  Applications                 1\n"
                        + "  Access scopes                0\n"
                        + "  Application assignments      0\n"
                        + "  Accounts                     3\n")
                .contains("  Users in no group: 1 (carol@acme.com)\n")
                .contains("  Empty groups: 1 (Auditors)\n")
                .contains("  Permission sets assigned to the management account (111111111111): none\n")
                .contains("  Permission sets assigned to nothing: none\n");
    }

    @Test
    void permissionSetsAssignedToTheManagementAccountAreListed() {
        IdentityCenterConfig base = TestConfigs.full();
        var assignments = new ArrayList<>(base.assignments());
        assignments.add(new AccountAssignment(TestConfigs.MANAGEMENT_ACCOUNT, "ReadOnly", PrincipalType.GROUP,
                "Auditors", null));
        assignments.add(new AccountAssignment(TestConfigs.MANAGEMENT_ACCOUNT, "AdministratorAccess",
                PrincipalType.USER, "alice@acme.com", null));
        Path file = write("acme.json", withAssignments(base, assignments));

        CommandRun run = CommandRun.of("inspect", file.toString());

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("  Permission sets assigned to the management account (111111111111): 2"
                + " (AdministratorAccess, ReadOnly)\n");
    }

    @Test
    void editedSnapshotIsShownWithAWarningNotRefused() throws IOException {
        Path file = write("acme.json", TestConfigs.full());
        Files.writeString(file, Files.readString(file).replace("\"Team wiki\"", "\"Team wiki (edited)\""));

        CommandRun run = CommandRun.of("inspect", file.toString());

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).startsWith("WARNING: acme.json was edited after it was exported (its digest no longer"
                + " matches).\n").contains("  Digest state         EDITED (changed after export)\n");
    }

    @Test
    void jsonOutputHoldsTheSameFacts() throws IOException {
        Path file = write("acme.json", TestConfigs.full());

        CommandRun run = CommandRun.of("inspect", file.toString(), "--json");

        assertThat(run.exitCode()).isEqualTo(0);
        JsonNode report = SnapshotJson.mapper().readTree(run.out());
        assertThat(report.get("valid").asBoolean()).isTrue();
        assertThat(report.get("digestState").asText()).isEqualTo("VALID");
        assertThat(report.get("digest").asText()).matches("sha256:[0-9a-f]{64}");
        assertThat(report.get("formatVersion").asInt()).isEqualTo(4);
        assertThat(report.get("exportedAt").asText()).isEqualTo("2026-11-27T10:15:30Z");
        assertThat(report.get("source").get("identityStoreId").asText()).isEqualTo("d-1234567890");
        JsonNode counts = report.get("counts");
        assertThat(List.of(counts.get("users").asInt(), counts.get("groups").asInt(), counts.get("memberships").asInt(),
                counts.get("permissionSets").asInt(), counts.get("assignments").asInt(), counts.get("accounts").asInt(),
                counts.get("applications").asInt(), counts.get("abacAttributes").asInt()))
                .containsExactly(3, 2, 2, 2, 3, 3, 1, 1);
        JsonNode facts = report.get("facts");
        assertThat(facts.get("usersInNoGroup").toString()).isEqualTo("[\"carol@acme.com\"]");
        assertThat(facts.get("emptyGroups").toString()).isEqualTo("[\"Auditors\"]");
        assertThat(facts.get("managementAccountId").asText()).isEqualTo("111111111111");
        assertThat(facts.has("permissionSetsAssignedToManagementAccount")).isTrue();
        assertThat(report.get("warnings").isArray()).isTrue();
        assertThat(report.get("warnings")).isEmpty();
    }

    @Test
    void jsonOutputOfAnEditedSnapshotCarriesTheWarning() throws IOException {
        Path file = write("acme.json", TestConfigs.full());
        Files.writeString(file, Files.readString(file).replace("\"Team wiki\"", "\"Wiki\""));

        CommandRun run = CommandRun.of("inspect", "--json", file.toString());

        assertThat(run.exitCode()).isEqualTo(0);
        JsonNode report = SnapshotJson.mapper().readTree(run.out());
        assertThat(report.get("digestState").asText()).isEqualTo("EDITED");
        assertThat(report.get("warnings").get(0).asText())
                .isEqualTo("acme.json was edited after it was exported (its digest no longer matches).");
    }

    @Test
    void invalidSnapshotGivesAOneLineReasonAndExit2() throws IOException {
        Path file = dir.resolve("acme.json");
        Files.writeString(file, "{\"formatVersion\": 1, \"users\": [{\"userName\": \"alice smith\"}]}");

        CommandRun run = CommandRun.of("inspect", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("icm: acme.json: exportedAt is missing (when the snapshot was exported)"
                + " (and 2 more problems)\n");
        assertThat(run.out()).isEqualTo(file + " is not a valid snapshot; 3 problems:\n"
                + "  acme.json: exportedAt is missing (when the snapshot was exported)\n"
                + "  acme.json: source is missing (where the configuration was exported from)\n"
                + "  acme.json: users[0] (alice smith): userName must not contain whitespace\n");
    }

    @Test
    void invalidSnapshotWithOneProblemPrintsItOnceOnStderr() throws IOException {
        Path file = dir.resolve("acme.json");
        Files.writeString(file, "[]");

        CommandRun run = CommandRun.of("inspect", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("icm: acme.json: the top level must be a JSON object, not an array\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void invalidSnapshotAsJsonListsTheProblems() throws IOException {
        Path file = dir.resolve("acme.json");
        Files.writeString(file, "{\"formatVersion\": 7}");

        CommandRun run = CommandRun.of("inspect", "--json", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode report = SnapshotJson.mapper().readTree(run.out());
        assertThat(report.get("valid").asBoolean()).isFalse();
        assertThat(report.get("problemCount").asInt()).isEqualTo(1);
        assertThat(report.get("problems").get(0).asText()).isEqualTo("acme.json: was written by a newer version of"
                + " Identity Center Migrator (format version 7; this version reads up to version 4); upgrade it to read"
                + " the file");
        assertThat(run.err()).startsWith("icm: acme.json: was written by a newer version of Identity Center Migrator");
    }

    @Test
    void missingFileGivesExit2() {
        Path missing = dir.resolve("nope.json");

        CommandRun run = CommandRun.of("inspect", missing.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("icm: " + missing + " does not exist\n");
    }

    @Test
    void missingFileArgumentIsAUsageError() {
        CommandRun run = CommandRun.of("inspect");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("icm: Missing required parameter: 'FILE'");
    }

    private Path write(String name, IdentityCenterConfig config) {
        Path file = dir.resolve(name);
        SnapshotWriter.write(file, config, Instant.parse("2026-11-27T10:15:30Z"));
        return file;
    }

    static IdentityCenterConfig withAssignments(IdentityCenterConfig c, List<AccountAssignment> assignments) {
        return new IdentityCenterConfig(c.source(), c.accounts(), c.users(), c.groups(), c.memberships(),
                c.permissionSets(), assignments, c.accessControl(), c.applications());
    }
}
