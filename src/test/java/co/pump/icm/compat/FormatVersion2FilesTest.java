package co.pump.icm.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.pump.icm.compare.CompareOptions;
import co.pump.icm.kind.ConfigurationComparer;
import co.pump.icm.model.User;
import co.pump.icm.snapshot.DigestState;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.snapshot.SnapshotReader;
import co.pump.icm.snapshot.SnapshotWriter;

/**
 * A file of format version 2 — before users had roles and enterprise data — reads as that version
 * read it, with its digest still valid, and is written again in the current version unchanged.
 */
class FormatVersion2FilesTest {

    private static Path file(String name) throws URISyntaxException {
        return Path.of(FormatVersion2FilesTest.class.getResource("/co/pump/icm/compat/v2/" + name).toURI());
    }

    @Test
    void readsTheDemoOfVersionTwo(@TempDir Path dir) throws Exception {
        Snapshot v2 = SnapshotReader.read(file("demo.json"));
        assertThat(v2.formatVersion()).isEqualTo(2);
        assertThat(v2.digestState()).isEqualTo(DigestState.VALID);
        assertThat(v2.config().users()).hasSize(40).allSatisfy(u -> {
            assertThat(u.roles()).isEmpty();
            assertThat(u.enterprise()).isNull();
        });
        assertThat(v2.config().users()).filteredOn(u -> "DISABLED".equals(u.userStatus())).extracting(User::userName)
                .containsExactly("ethan.brooks@larkspur.example");
        assertThat(v2.config().accessControl().attributes()).hasSize(3);

        Snapshot again = SnapshotWriter.write(dir.resolve("again.json"), v2.config(), Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(again.formatVersion()).isEqualTo(Snapshot.FORMAT_VERSION);
        Snapshot read = SnapshotReader.read(dir.resolve("again.json"));
        assertThat(read.digestState()).isEqualTo(DigestState.VALID);
        assertThat(ConfigurationComparer.compare(v2.config(), read.config(), CompareOptions.defaults()).hasDifferences())
                .isFalse();
    }
}
