package co.pump.icm.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each file dialog filters for what it opens or saves. */
class FileKindTest {

    @Test
    void aSnapshotDialogShowsJsonAndIcmsnapFilesAndNothingElse() {
        assertThat(FileKind.SNAPSHOT.description()).isEqualTo("Snapshot files (*.json, *.icmsnap)");
        assertThat(FileKind.SNAPSHOT.patterns()).containsExactly("*.json", "*.icmsnap");
        assertThat(FileKind.SNAPSHOT.matches("Larkspur.ICMSNAP")).isTrue();
        assertThat(FileKind.SNAPSHOT.matches("larkspur.json")).isTrue();
        assertThat(FileKind.SNAPSHOT.matches("larkspur-report.html")).isFalse();
        assertThat(FileKind.SNAPSHOT.matches("larkspur.journal.jsonl")).isFalse();
    }

    @Test
    void theReportAndTheListAreSavedAsWebPagesAndCsv() {
        assertThat(FileKind.REPORT.patterns()).containsExactly("*.html", "*.htm");
        assertThat(FileKind.REPORT.matches("report.json")).isFalse();
        assertThat(FileKind.CSV.description()).isEqualTo("CSV files (*.csv)");
        assertThat(FileKind.CSV.matches("people.csv")).isTrue();
        assertThat(FileKind.CSV.matches("people.json")).isFalse();
    }
}
