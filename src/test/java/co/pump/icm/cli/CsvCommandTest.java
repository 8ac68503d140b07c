package co.pump.icm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.pump.icm.model.Email;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Name;
import co.pump.icm.model.TestConfigs;
import co.pump.icm.model.User;
import co.pump.icm.snapshot.SnapshotWriter;

class CsvCommandTest {

    private static final String BOM = "\uFEFF";

    @TempDir
    Path dir;

    @Test
    void writesOneFilePerCategoryAndSaysWhat() {
        Path file = write(TestConfigs.full());
        Path out = dir.resolve("csv");

        CommandRun run = CommandRun.of("csv", file.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("Wrote 9 files to " + out + " (personal data: keep them safe):\n"
                + "  users.csv                      3 users\n"
                + "  groups.csv                     2 groups\n"
                + "  memberships.csv                2 memberships\n"
                + "  permission-sets.csv            2 permission sets\n"
                + "  assignments.csv                3 assignments\n"
                + "  trusted-token-issuers.csv      0 trusted token issuers\n"
                + "  applications.csv               1 applications\n"
                + "  application-access-scopes.csv  0 access scopes\n"
                + "  application-assignments.csv    0 application assignments\n");
        assertThat(out.resolve("users.csv")).exists();
        assertThat(out.resolve("groups.csv")).exists();
        assertThat(out.resolve("memberships.csv")).exists();
        assertThat(out.resolve("permission-sets.csv")).exists();
        assertThat(out.resolve("assignments.csv")).exists();
    }

    @Test
    void filesAreRfc4180WithAByteOrderMarkAndAHeader() throws IOException {
        Path out = dir.resolve("csv");
        CommandRun.of("csv", write(TestConfigs.full()).toString(), "--out", out.toString());

        String memberships = read(out.resolve("memberships.csv"));
        assertThat(memberships).isEqualTo(BOM + "groupName,userName,membershipId\r\n"
                + "Admins,alice@acme.com,906745d2a4-m1\r\n"
                + "Admins,bob@acme.com,906745d2a4-m2\r\n");

        String assignments = read(out.resolve("assignments.csv"));
        assertThat(assignments).isEqualTo(BOM + "accountId,accountName,permissionSetName,principalType,principalName\r\n"
                + "222222222222,acme-prod,AdministratorAccess,GROUP,Admins\r\n"
                + "333333333333,acme-dev,AdministratorAccess,USER,alice@acme.com\r\n"
                + "333333333333,acme-dev,ReadOnly,USER,carol@acme.com\r\n");

        List<String> users = read(out.resolve("users.csv")).lines().toList();
        assertThat(users.get(0)).startsWith(BOM + "userName,displayName,givenName,middleName,familyName,");
        // A comma in a cell is quoted; a leading + is kept from being run as a formula.
        assertThat(users.get(1)).startsWith("alice@acme.com,Alice Smith,Alice,Q,Smith,Alice Smith,Dr.,PhD,alice,"
                + "alice@acme.com,'+1-555-0100,\"1 Main St, Springfield, IL 62701, US\",Engineer,");
        assertThat(users.get(1)).contains(",Admins,ext-alice@acme.com (https://scim.example.com),");
        assertThat(users.get(3)).startsWith("carol@acme.com,Carol White,Carol,,White,");

        String sets = read(out.resolve("permission-sets.csv"));
        assertThat(sets).contains("AdministratorAccess,Full access,PT4H,https://console.aws.amazon.com/,"
                + "cost-center=; team=platform,arn:aws:iam::aws:policy/AdministratorAccess,/security/AuditRead,"
                + "arn:aws:iam::aws:policy/PowerUserAccess,\"{\"\"Version\"\":\"\"2012-10-17\"\",\"\"Statement\"\":"
                + "[{\"\"Effect\"\":\"\"Deny\"\",\"\"Action\"\":\"\"iam:CreateUser\"\",\"\"Resource\"\":\"\"*\"\"}]}\",2,");
        assertThat(sets).contains("\r\nReadOnly,Read-only access,PT8H,,,arn:aws:iam::aws:policy/ReadOnlyAccess,,/Boundary,,1,");

        assertThat(read(out.resolve("groups.csv"))).isEqualTo(BOM + "displayName,description,members,externalIds,groupId\r\n"
                + "Admins,Platform administrators,2,grp-admins (https://scim.example.com),906745d2a4-g1\r\n"
                + "Auditors,,0,,906745d2a4-g2\r\n");
    }

    @Test
    void accentsAndLineBreaksSurvive() throws IOException {
        IdentityCenterConfig base = TestConfigs.full();
        var users = new ArrayList<>(base.users());
        users.add(new User("jose@acme.com", "José Müller", new Name(null, "Müller", "José", null, null, null),
                null, null, List.of(new Email("jose@acme.com", "work", true)), List.of(), List.of(), null,
                "Head of \"Ops\"\nEMEA", null, null, null, null, List.of(), null, null, List.of(), null));
        Path out = dir.resolve("csv");

        CommandRun.of("csv", write(withUsers(base, users)).toString(), "--out", out.toString());

        byte[] bytes = Files.readAllBytes(out.resolve("users.csv"));
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .contains("\r\njose@acme.com,José Müller,José,,Müller,,,,,jose@acme.com,,,\"Head of \"\"Ops\"\"\nEMEA\",");
    }

    @Test
    void filesAndTheFolderItCreatesAreOwnerOnly() throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX file system");
        Path out = dir.resolve("exports").resolve("acme");

        CommandRun run = CommandRun.of("csv", write(TestConfigs.full()).toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.getParent()))).isEqualTo("rwx------");
        try (var files = Files.list(out)) {
            assertThat(files).hasSize(9).allSatisfy(f ->
                    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------"));
        }
    }

    @Test
    void editedSnapshotIsRefusedUnlessAccepted() throws IOException {
        Path file = write(TestConfigs.full());
        Files.writeString(file, Files.readString(file).replace("\"Platform administrators\"", "\"Admins\""));
        Path out = dir.resolve("csv");

        CommandRun refused = CommandRun.of("csv", file.toString(), "--out", out.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).isEqualTo("icm: acme.json was edited after it was exported (its digest no longer"
                + " matches). Use --accept-edited to use it anyway.\n");
        assertThat(refused.out()).isEmpty();
        assertThat(out).doesNotExist();

        CommandRun accepted = CommandRun.of("csv", file.toString(), "--out", out.toString(), "--accept-edited");

        assertThat(accepted.exitCode()).isEqualTo(0);
        assertThat(accepted.err()).isEqualTo("icm: warning: acme.json was edited after it was exported (its digest"
                + " no longer matches). Using it because of --accept-edited.\n");
        assertThat(read(out.resolve("groups.csv"))).contains("\r\nAdmins,Admins,2,");
    }

    @Test
    void invalidSnapshotGivesExit2AndWritesNothing() throws IOException {
        Path file = dir.resolve("acme.json");
        Files.writeString(file, "{\"formatVersion\": 1,");
        Path out = dir.resolve("csv");

        CommandRun run = CommandRun.of("csv", file.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("icm: acme.json: the file ends too early at line 1, column 21: it is"
                + " probably truncated\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void outputFolderThatIsAFileGivesExit2() throws IOException {
        Path file = write(TestConfigs.full());
        Path notAFolder = Files.writeString(dir.resolve("taken"), "x");

        CommandRun run = CommandRun.of("csv", file.toString(), "--out", notAFolder.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("icm: Could not write the CSV files to " + notAFolder + ": ");
    }

    @Test
    void outOptionIsRequired() {
        CommandRun run = CommandRun.of("csv", write(TestConfigs.full()).toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("icm: Missing required option: '--out=DIR'");
    }

    private Path write(IdentityCenterConfig config) {
        Path file = dir.resolve("acme.json");
        SnapshotWriter.write(file, config, Instant.parse("2026-11-27T10:15:30Z"));
        return file;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static IdentityCenterConfig withUsers(IdentityCenterConfig c, List<User> users) {
        return new IdentityCenterConfig(c.source(), c.accounts(), users, c.groups(), c.memberships(),
                c.permissionSets(), c.assignments(), c.accessControl(), c.applications());
    }
}
