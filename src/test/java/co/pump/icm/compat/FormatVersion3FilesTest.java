package co.pump.icm.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.pump.icm.compare.Category;
import co.pump.icm.compare.CompareOptions;
import co.pump.icm.kind.ConfigurationComparer;
import co.pump.icm.model.Application;
import co.pump.icm.model.ApplicationAssignment;
import co.pump.icm.model.TrustedTokenIssuer;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.rollback.ImportJournal;
import co.pump.icm.rollback.JournaledChange;
import co.pump.icm.rollback.JournaledStatus;
import co.pump.icm.snapshot.DigestState;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.snapshot.SnapshotReader;
import co.pump.icm.snapshot.SnapshotWriter;

/**
 * This icm reads what snapshot format version 3 wrote (users' roles and enterprise data,
 * applications for the record only) as that version read it, with its digest still valid, writes
 * it again in the current version unchanged, and reads its journal whole.
 */
class FormatVersion3FilesTest {

    static Path file(String name) {
        try {
            return Path.of(FormatVersion3FilesTest.class.getResource("/co/pump/icm/compat/v3/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("No test resource co/pump/icm/compat/v3/" + name, e);
        }
    }

    @Test
    void readsTheDemoOfVersionThreeWithItsApplicationsForTheRecordOnly(@TempDir Path dir) throws Exception {
        Snapshot v3 = SnapshotReader.read(file("demo.json"));
        assertThat(v3.formatVersion()).isEqualTo(3);
        assertThat(v3.digestState()).as("the digest of a version 3 file still matches").isEqualTo(DigestState.VALID);
        assertThat(v3.config().users()).hasSize(40);
        assertThat(v3.config().users()).filteredOn(u -> u.enterprise() != null).isNotEmpty()
                .allSatisfy(u -> assertThat(u.roles()).hasSizeLessThanOrEqualTo(1));
        assertThat(v3.config().applications()).hasSize(5).allSatisfy(a -> {
            assertThat(a.setUpRecorded()).as(a.name() + ": version 3 did not record how it is set up").isFalse();
            assertThat(a.grants()).isEmpty();
            assertThat(a.tags()).isEmpty();
        });
        assertThat(v3.config().applications()).extracting(Application::name).contains("Larkspur-Wiki", "Grafana");
        assertThat(v3.config().more().items(TrustedTokenIssuer.class)).isEmpty();
        assertThat(v3.config().more().items(ApplicationAssignment.class)).isEmpty();

        Snapshot again = SnapshotWriter.write(dir.resolve("again.json"), v3.config(), Instant.parse("2026-12-06T00:00:00Z"));
        assertThat(again.formatVersion()).isEqualTo(Snapshot.FORMAT_VERSION);
        Snapshot read = SnapshotReader.read(dir.resolve("again.json"));
        assertThat(read.digestState()).isEqualTo(DigestState.VALID);
        assertThat(ConfigurationComparer.compare(v3.config(), read.config(), CompareOptions.defaults()).hasDifferences())
                .isFalse();
        assertThat(read.config().applications()).noneMatch(Application::setUpRecorded);
    }

    @Test
    void theRollbackReadsEveryChangeOfItsJournalWithItsRecords() {
        var run = ImportJournal.read(file("demo.journal.jsonl")).run(null);
        assertThat(run.finished()).isTrue();
        assertThat(run.changes()).hasSize(149).allSatisfy(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.CREATE);
            assertThat(change.status()).isEqualTo(JournaledStatus.SUCCEEDED);
            assertThat(change.after()).as(change.changeId()).isNotNull();
        });
        Map<Category, Long> byCategory = run.changes().stream()
                .collect(Collectors.groupingBy(JournaledChange::category, Collectors.counting()));
        assertThat(byCategory).containsExactlyInAnyOrderEntriesOf(Map.of(Category.USERS, 39L, Category.GROUPS, 8L,
                Category.MEMBERSHIPS, 42L, Category.PERMISSION_SETS, 12L, Category.ASSIGNMENTS, 47L,
                Category.ACCESS_CONTROL, 1L));
    }
}
