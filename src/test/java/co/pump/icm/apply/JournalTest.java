package co.pump.icm.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class JournalTest {

    @Test
    void theJournalOfASnapshotLivesNextToIt() {
        Path snapshot = Path.of("/home/ana/acme-identity-center.json");

        assertThat(Journal.besideSnapshot(snapshot)).isEqualTo(Path.of("/home/ana/acme-identity-center.journal.jsonl"));
    }

    @Test
    void aSnapshotWithoutTheJsonExtensionKeepsItsWholeName() {
        assertThat(Journal.besideSnapshot(Path.of("/tmp/export.snap")))
                .isEqualTo(Path.of("/tmp/export.snap.journal.jsonl"));
    }

    @Test
    void aRelativeSnapshotGivesAnAbsoluteJournal() {
        Path journal = Journal.besideSnapshot(Path.of("acme.json"));

        assertThat(journal.isAbsolute()).isTrue();
        assertThat(journal.getFileName()).hasToString("acme.journal.jsonl");
    }
}
