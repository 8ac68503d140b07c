package co.pump.icm.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the Import step's heading says after an undo. */
class ImportSummaryTest {

    @Test
    void anUndoneImportSaysItIsBackAsItWas() {
        var summary = ImportSummary.undone(151, true, "10:43");
        assertThat(summary.headline()).isEqualTo("↶ Undone at 10:43: 151 changes taken back");
        assertThat(summary.explanation()).startsWith("The new organization is back as it was before this import");
    }

    @Test
    void aPartlyUndoneImportSaysWhereToSeeWhyWithoutPointingAtACardThatMayBeClosed() {
        var summary = ImportSummary.undone(12, false, "10:43");
        assertThat(summary.headline()).isEqualTo("⚠ Partly undone at 10:43: 12 changes taken back");
        assertThat(summary.explanation()).isEqualTo("Some of what this import made is still in the new organization. "
                + "Undo again to see what and why and to finish, or go Back to the preview to import again.");
    }
}
