package co.pump.icm.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.pump.icm.compare.Category;
import co.pump.icm.compare.CompareOptions;
import co.pump.icm.kind.ConfigurationComparer;
import co.pump.icm.model.AccessControlConfiguration;
import co.pump.icm.model.User;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.rollback.ImportJournal;
import co.pump.icm.rollback.JournaledChange;
import co.pump.icm.rollback.JournaledStatus;
import co.pump.icm.snapshot.DigestState;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.snapshot.SnapshotReader;
import co.pump.icm.snapshot.SnapshotWriter;

/**
 * This icm reads what snapshot format version 2 wrote exactly as that version read it, journals
 * included: before users had roles and enterprise data, with the digest still valid, and written
 * again in the current version unchanged.
 */
class FormatVersion2FilesTest {

    static Path file(String name) {
        try {
            return Path.of(FormatVersion2FilesTest.class.getResource("/co/pump/icm/compat/v2/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("No test resource co/pump/icm/compat/v2/" + name, e);
        }
    }

    @Test
    void readsEverySnapshotAsVersionTwoReadIt() throws Exception {
        for (String name : new String[] {"demo", "demo-target"}) {
            Snapshot snapshot = SnapshotReader.read(file(name + ".json"));
            assertThat(snapshot.formatVersion()).as(name).isEqualTo(2);
            assertThat(snapshot.digestState()).as(name + ": the digest of a version 2 file still matches")
                    .isEqualTo(DigestState.VALID);
            assertThat(V1Files.tree(V1Files.asRead(snapshot))).as(name)
                    .isEqualTo(V1Files.tree(Files.readString(file("read-by-v2/" + name + ".json"))));
        }
    }

    @Test
    void theRollbackReadsEveryChangeOfItsJournalWithItsRecords() {
        var run = ImportJournal.read(file("demo.journal.jsonl")).run(null);
        assertThat(run.finished()).isTrue();
        assertThat(run.changes()).hasSize(152).allSatisfy(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.CREATE);
            assertThat(change.status()).isEqualTo(JournaledStatus.SUCCEEDED);
            assertThat(change.after()).as(change.changeId()).isNotNull();
        });
        Map<Category, Long> byCategory = run.changes().stream()
                .collect(Collectors.groupingBy(JournaledChange::category, Collectors.counting()));
        assertThat(byCategory).containsExactlyInAnyOrderEntriesOf(Map.of(Category.USERS, 40L, Category.GROUPS, 8L,
                Category.MEMBERSHIPS, 43L, Category.PERMISSION_SETS, 12L, Category.ASSIGNMENTS, 48L,
                Category.ACCESS_CONTROL, 1L));
        var abac = run.changes().stream().filter(c -> c.category() == Category.ACCESS_CONTROL).findFirst().orElseThrow();
        assertThat(abac.after()).isInstanceOfSatisfying(AccessControlConfiguration.class,
                c -> assertThat(c.attributes()).hasSize(3));
    }

    @Test
    void readsTheDemoOfVersionTwoWithoutRolesAndEnterpriseData(@TempDir Path dir) throws Exception {
        Snapshot v2 = SnapshotReader.read(file("demo-at-918fc5e.json"));
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
