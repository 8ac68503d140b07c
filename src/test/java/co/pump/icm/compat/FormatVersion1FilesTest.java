package co.pump.icm.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.pump.icm.snapshot.DigestState;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.snapshot.SnapshotCsv;
import co.pump.icm.snapshot.SnapshotReader;

/** This icm reads what icm 0.1.0 wrote exactly as 0.1.0 read it, and writes the same CSV from it. */
class FormatVersion1FilesTest {

    @Test
    void readsEverySnapshotAsVersionOneReadIt() throws Exception {
        for (String name : V1Files.SNAPSHOTS) {
            Snapshot snapshot = SnapshotReader.read(V1Files.file(name + ".json"));
            assertThat(snapshot.formatVersion()).as(name).isEqualTo(1);
            assertThat(snapshot.digestState()).as(name + ": the digest of a version 1 file still matches")
                    .isEqualTo(DigestState.VALID);
            String read = V1Files.asRead(snapshot);
            if (name.equals("large-150")) {
                String expected = Files.readString(V1Files.file("read-by-v1/large-150.sha256")).strip();
                assertThat(sha256(read)).as(name).isEqualTo(expected);
            } else {
                assertThat(V1Files.tree(read)).as(name)
                        .isEqualTo(V1Files.tree(Files.readString(V1Files.file("read-by-v1/" + name + ".json"))));
            }
        }
    }

    @Test
    void theDemoHasTheConfigurationsTheOtherTestsRelyOn() throws Exception {
        var demo = SnapshotReader.read(V1Files.file("demo.json")).config();
        assertThat(demo.users()).hasSize(40);
        assertThat(demo.accessControl().attributes()).extracting(a -> a.key())
                .containsExactly("CostCenter", "Department", "Division");
        assertThat(SnapshotReader.read(V1Files.file("demo-target.json")).config().accessControl()).isNull();
    }

    @Test
    void writesTheSameCsvFilesAsVersionOne(@TempDir Path dir) throws Exception {
        var demo = SnapshotReader.read(V1Files.file("demo.json")).config();
        var written = SnapshotCsv.write(demo, dir);
        assertThat(written).extracting(f -> f.path().getFileName().toString())
                .containsExactly("users.csv", "groups.csv", "memberships.csv", "permission-sets.csv", "assignments.csv");
        for (var file : written) {
            String name = file.path().getFileName().toString();
            byte[] golden = Files.readAllBytes(V1Files.file("golden/csv-demo/" + name));
            assertThat(Files.readAllBytes(file.path())).as(name)
                    .isEqualTo(name.equals("users.csv") ? withNewerUserColumns(golden) : golden);
        }
    }

    /**
     * Version 1's users.csv with the columns added since at the end of each line: the header names
     * them, and a version 1 file has none of them. Every earlier column keeps its place and bytes.
     */
    private static byte[] withNewerUserColumns(byte[] golden) {
        String text = new String(golden, StandardCharsets.UTF_8);
        String end = text.contains("\r\n") ? "\r\n" : "\n";
        var lines = text.split(end, -1);
        var result = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i == lines.length - 1 && lines[i].isEmpty()) {
                break;
            }
            result.append(lines[i]).append(i == 0 ? NEWER_USER_COLUMNS : ",,,,,,,").append(end);
        }
        return result.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final String NEWER_USER_COLUMNS = ",role,employeeNumber,costCenter,organization,division,department,manager";

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
