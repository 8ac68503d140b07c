package co.pump.icm.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Accounts that moved already are a note, not four amber warnings on the happy path. */
class ExportNotesTest {

    @Test
    void accountsThatMovedAlreadyAreOneNoteAndOtherWarningsKeepTheirMark() {
        List<String> lines = ExportNotes.lines(List.of(
                "Account 444444444444 has assignments but is not in the organization any more (it may have moved "
                        + "already); its name is unknown.",
                "Account 555555555555 has assignments but is not in the organization any more (it may have moved "
                        + "already); its name is unknown.",
                "User x is disabled."));

        assertThat(lines).containsExactly("ℹ  2 accounts (444444444444, 555555555555) have assignments but are no "
                + "longer in this organization: usually because they have moved to the new one already, which is "
                + "expected. The preview reads their names there.", "⚠  User x is disabled.");
    }

    @Test
    void inTheDemoTheRequestsAreNotSaidToGoToAws() {
        assertThat(ExportProgressText.inDemo("40 items read · 145 requests to AWS · about 1 min left"))
                .isEqualTo("40 items read · 145 requests to the demo's local AWS · about 1 min left");
    }
}
