package co.pump.icm.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import co.pump.icm.compare.Category;
import co.pump.icm.model.AccessControlConfiguration;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.rollback.ImportJournal;
import co.pump.icm.rollback.JournaledChange;
import co.pump.icm.rollback.JournaledStatus;
import co.pump.icm.snapshot.DigestState;
import co.pump.icm.snapshot.Snapshot;
import co.pump.icm.snapshot.SnapshotReader;

/** This icm reads what snapshot format version 2 wrote exactly as that version read it, journals included. */
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
}
