package co.pump.icm.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.pump.icm.model.Email;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.MigratorException;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.TestConfigs;
import co.pump.icm.model.User;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SnapshotRoundTripTest {

    private static final Instant EXPORTED = Instant.parse("2026-11-27T10:15:30Z");

    @TempDir
    Path dir;

    @Test
    void fullConfigurationReadsBackEqualToItsCanonicalForm() {
        Path file = dir.resolve("acme.json");
        Snapshot written = SnapshotWriter.write(file, TestConfigs.full(), EXPORTED);

        Snapshot read = SnapshotReader.read(file);

        assertThat(read.config()).isEqualTo(Canonical.of(TestConfigs.full()));
        assertThat(read.config()).isEqualTo(written.config());
        assertThat(read.formatVersion()).isEqualTo(3);
        assertThat(read.exportedAt()).isEqualTo(EXPORTED);
        assertThat(read.tool()).startsWith("icm ");
        assertThat(read.digest()).isEqualTo(written.digest()).matches("sha256:[0-9a-f]{64}");
        assertThat(read.digestState()).isEqualTo(DigestState.VALID);
    }

    @Test
    void everyFieldSurvivesIncludingFalseVersusAbsentPrimary() {
        User withFlags = new User("dave@acme.com", "Dave", null, null, null,
                List.of(new Email("dave@acme.com", null, false)), List.of(), List.of(), null, null, null, null,
                null, null, List.of(), null, null, List.of(), null);
        User withoutFlag = new User("erin@acme.com", "Erin", null, null, null,
                List.of(new Email("erin@acme.com", "work", null)), List.of(), List.of(), null, null, null, null,
                null, null, List.of(), null, null, List.of(), null);
        var base = TestConfigs.full();
        var users = new ArrayList<>(base.users());
        users.add(withFlags);
        users.add(withoutFlag);
        var config = new IdentityCenterConfig(base.source(), base.accounts(), users, base.groups(),
                base.memberships(), base.permissionSets(), base.assignments(), base.accessControl(),
                base.applications());
        Path file = dir.resolve("flags.json");

        SnapshotWriter.write(file, config, EXPORTED);
        Snapshot read = SnapshotReader.read(file);

        assertThat(read.config()).isEqualTo(Canonical.of(config));
        User dave = read.config().users().stream().filter(u -> u.userName().startsWith("dave")).findFirst().orElseThrow();
        User erin = read.config().users().stream().filter(u -> u.userName().startsWith("erin")).findFirst().orElseThrow();
        assertThat(dave.emails().get(0).primary()).isFalse();
        assertThat(erin.emails().get(0).primary()).isNull();
    }

    @Test
    void fileHasTheDocumentedLayout() throws IOException {
        Path file = dir.resolve("acme.json");
        Snapshot written = SnapshotWriter.write(file, TestConfigs.full(), EXPORTED);

        String text = Files.readString(file);

        assertThat(text).startsWith("{\n"
                + "  \"formatVersion\": 3,\n"
                + "  \"exportedAt\": \"2026-11-27T10:15:30Z\",\n"
                + "  \"tool\": \"" + written.tool() + "\",\n"
                + "  \"digest\": \"" + written.digest() + "\",\n"
                + "  \"source\": {\n"
                + "    \"accountId\": \"111111111111\",\n");
        assertThat(text).endsWith("}\n").doesNotContain("\r").doesNotContain(" : ");
        // Top-level sections in layout order.
        assertThat(text).containsSubsequence("\"source\"", "\"accounts\"", "\"users\"", "\"groups\"",
                "\"memberships\"", "\"permissionSets\"", "\"assignments\"", "\"accessControl\"", "\"applications\"");
        // Record component order inside an entity; empty strings kept; nulls and empty lists left out.
        assertThat(text).contains("{\n          \"key\": \"cost-center\",\n          \"value\": \"\"\n        }");
        assertThat(text).contains("\"userName\": \"bob@acme.com\",\n      \"displayName\": \"Bob Jones\",\n"
                + "      \"name\": {\n        \"familyName\": \"Jones\",\n        \"givenName\": \"Bob\"\n      }\n    }");
        // A user's role and enterprise data follow the birthdate; the manager is a user name.
        assertThat(text).contains("\"birthdate\": \"1990-01-31\",\n      \"roles\": [\n        {\n"
                + "          \"value\": \"Engineer\",\n          \"type\": \"work\",\n          \"primary\": true\n"
                + "        }\n      ],\n      \"enterprise\": {\n        \"employeeNumber\": \"E-1001\",\n"
                + "        \"costCenter\": \"CC-100\",\n        \"organization\": \"Acme\",\n"
                + "        \"division\": \"Engineering\",\n        \"department\": \"Platform\",\n"
                + "        \"manager\": \"bob@acme.com\"\n      },\n");
        assertThat(text).doesNotContain("null").doesNotContain("[]");
    }

    @Test
    void twoExportsOfTheSameOrgAreByteIdenticalApartFromTheExportTime() throws IOException {
        IdentityCenterConfig config = TestConfigs.full();
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");

        SnapshotWriter.write(first, config, EXPORTED);
        SnapshotWriter.write(second, shuffled(config, new Random(42)), EXPORTED.plusSeconds(3600));

        String a = Files.readString(first);
        String b = Files.readString(second);
        assertThat(a).isNotEqualTo(b);
        assertThat(withoutExportTime(b)).isEqualTo(withoutExportTime(a));
    }

    @Test
    void canonicalOrderSortsEveryKeyedList() {
        IdentityCenterConfig shuffled = shuffled(TestConfigs.full(), new Random(7));

        IdentityCenterConfig canonical = Canonical.of(shuffled);

        assertThat(canonical.users()).extracting(User::userName)
                .containsExactly("alice@acme.com", "bob@acme.com", "carol@acme.com");
        assertThat(canonical.groups()).extracting(g -> g.displayName()).containsExactly("Admins", "Auditors");
        assertThat(canonical.accounts()).extracting(a -> a.id())
                .containsExactly(TestConfigs.MANAGEMENT_ACCOUNT, TestConfigs.PROD_ACCOUNT, TestConfigs.DEV_ACCOUNT);
        assertThat(canonical.assignments()).extracting(a -> a.key()).isSorted();
        assertThat(canonical.memberships()).extracting(m -> m.key()).isSorted();
        PermissionSet admin = canonical.permissionSets().get(0);
        assertThat(admin.tags()).extracting(t -> t.key()).containsExactly("cost-center", "team");
        assertThat(Canonical.of(canonical)).isEqualTo(canonical);
    }

    @Test
    void digestIsTheSha256OfTheCompactContentWithoutExportTimeToolAndDigest() throws Exception {
        Path file = dir.resolve("acme.json");
        Snapshot written = SnapshotWriter.write(file, TestConfigs.full(), EXPORTED);
        // As docs/snapshot-format.md says anyone can check it: a plain JSON library, no icm code.
        var plain = new com.fasterxml.jackson.databind.ObjectMapper();
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) plain.readTree(file.toFile());
        String stored = tree.remove("digest").asText();
        tree.remove("exportedAt");
        tree.remove("tool");

        byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(plain.writeValueAsBytes(tree));

        assertThat(stored).isEqualTo(written.digest())
                .isEqualTo("sha256:" + java.util.HexFormat.of().formatHex(hash))
                .isEqualTo(SnapshotDigest.of(TestConfigs.full()));
    }

    @Test
    void fileIsReadableByItsOwnerOnly() throws IOException {
        assumeTrue(Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null, "POSIX file system");
        Path file = dir.resolve("acme.json");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        SnapshotWriter.write(file, TestConfigs.full(), EXPORTED);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void editedFileIsDetectedAndRefusedForUseUnlessAccepted() throws IOException {
        Path file = dir.resolve("acme.json");
        SnapshotWriter.write(file, TestConfigs.full(), EXPORTED);
        Files.writeString(file, Files.readString(file).replace("Platform administrators", "Platform admins"));

        Snapshot read = SnapshotReader.read(file);

        assertThat(read.digestState()).isEqualTo(DigestState.EDITED);
        assertThat(read.config().groups().get(0).description()).isEqualTo("Platform admins");
        assertThatThrownBy(() -> SnapshotReader.readForUse(file, false))
                .isInstanceOf(MigratorException.class)
                .hasMessage("acme.json was edited after it was exported (its digest no longer matches)."
                        + " Use --accept-edited to use it anyway.")
                .extracting(e -> ((MigratorException) e).kind()).isEqualTo(MigratorException.Kind.BAD_INPUT);
        assertThat(SnapshotReader.readForUse(file, true).edited()).isTrue();
    }

    @Test
    void fileWithoutDigestCountsAsEdited() throws IOException {
        Path file = dir.resolve("acme.json");
        SnapshotWriter.write(file, TestConfigs.full(), EXPORTED);
        Files.writeString(file, Files.readString(file).replaceFirst("  \"digest\": \"sha256:[0-9a-f]+\",\n", ""));

        assertThat(SnapshotReader.read(file).digestState()).isEqualTo(DigestState.EDITED);
        assertThatThrownBy(() -> SnapshotReader.readForUse(file, false))
                .hasMessage("acme.json has no digest, so it cannot be checked that it is unchanged since export."
                        + " Use --accept-edited to use it anyway.");
    }

    @Test
    void reformattingOrReorderingIsNotAnEdit() throws IOException {
        Path file = dir.resolve("acme.json");
        SnapshotWriter.write(file, TestConfigs.full(), EXPORTED);
        // Compact the file and move the users' order around: same content, same digest.
        var tree = SnapshotJson.mapper().readTree(file.toFile());
        var users = (com.fasterxml.jackson.databind.node.ArrayNode) tree.get("users");
        var first = users.remove(0);
        users.add(first);
        Files.writeString(file, SnapshotJson.mapper().writeValueAsString(tree));

        assertThat(SnapshotReader.read(file).digestState()).isEqualTo(DigestState.VALID);
    }

    @Test
    void failedWriteLeavesTheOldFileIntactAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("acme.json");
        byte[] old = "{\"old\": true}\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, old);
        var diskFull = new SnapshotWriter("icm test", out -> new FailingAfter(out, 500));

        assertThatThrownBy(() -> diskFull.writeFile(file, TestConfigs.full(), EXPORTED))
                .isInstanceOf(MigratorException.class)
                .hasMessage("Could not write " + file + ": No space left on device");

        assertThat(Files.readAllBytes(file)).isEqualTo(old);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void writeOntoAFolderFailsWithAReasonAndLeavesNoTemporaryFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("acme.json"));
        Files.writeString(folder.resolve("keep.txt"), "keep");

        assertThatThrownBy(() -> SnapshotWriter.write(folder, TestConfigs.full(), EXPORTED))
                .isInstanceOf(MigratorException.class)
                .hasMessageStartingWith("Could not write " + folder + ": ");

        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(folder);
        }
        assertThat(Files.readString(folder.resolve("keep.txt"))).isEqualTo("keep");
    }

    @Test
    void writeIntoAMissingFolderSaysSo() {
        Path file = dir.resolve("missing").resolve("acme.json");

        assertThatThrownBy(() -> SnapshotWriter.write(file, TestConfigs.full(), EXPORTED))
                .isInstanceOf(MigratorException.class)
                .hasMessageStartingWith("Could not write " + file + ": ")
                .hasMessageContaining("does not exist");
    }

    private static String withoutExportTime(String text) {
        return text.replaceFirst("\"exportedAt\": \"[^\"]*\"", "\"exportedAt\": \"\"");
    }

    /** The same configuration with every list in a random order. */
    static IdentityCenterConfig shuffled(IdentityCenterConfig c, Random random) {
        return new IdentityCenterConfig(c.source(), shuffle(c.accounts(), random), shuffle(c.users(), random),
                shuffle(c.groups(), random), shuffle(c.memberships(), random),
                shuffle(c.permissionSets().stream().map(p -> new PermissionSet(p.name(), p.description(),
                        p.sessionDuration(), p.relayState(), shuffle(p.tags(), random), p.inlinePolicy(),
                        shuffle(p.managedPolicies(), random), shuffle(p.customerManagedPolicies(), random),
                        p.permissionsBoundary(), p.origin())).toList(), random),
                shuffle(c.assignments(), random), c.accessControl(), shuffle(c.applications(), random));
    }

    private static <T> List<T> shuffle(List<T> list, Random random) {
        var copy = new ArrayList<>(list);
        Collections.reverse(copy);
        Collections.shuffle(copy, random);
        return copy;
    }

    /** A stream that runs out of disk space after some bytes. */
    private static final class FailingAfter extends OutputStream {
        private final OutputStream out;
        private int left;

        FailingAfter(OutputStream out, int bytes) {
            this.out = out;
            this.left = bytes;
        }

        @Override
        public void write(int b) throws IOException {
            if (--left < 0) {
                throw new IOException("No space left on device");
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > left) {
                out.write(b, off, Math.max(left, 0));
                left = 0;
                throw new IOException("No space left on device");
            }
            left -= len;
            out.write(b, off, len);
        }
    }
}
