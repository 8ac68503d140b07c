package co.pump.icm.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The typed confirmation before an import. */
class ConfirmationTest {

    private final Confirmation confirmation = new Confirmation("888888881234", "larkspur-identity", "eu-west-1", 416,
            List.of("Create: 40 users."));

    @Test
    void acceptsTheAccountIdOrItsLastFourDigits() {
        assertThat(confirmation.accepts("888888881234")).isTrue();
        assertThat(confirmation.accepts(" 8888-8888-1234 ")).isTrue();
        assertThat(confirmation.accepts("1234")).isTrue();
    }

    @Test
    void refusesAnythingElse() {
        assertThat(confirmation.accepts(null)).isFalse();
        assertThat(confirmation.accepts("")).isFalse();
        assertThat(confirmation.accepts("234")).isFalse();
        assertThat(confirmation.accepts("8888")).as("the first four digits").isFalse();
        assertThat(confirmation.accepts("111111111111")).isFalse();
        assertThat(confirmation.accepts("88888888123")).isFalse();
    }

    @Test
    void saysTheAccountAndTheNumberOfChanges() {
        assertThat(confirmation.account()).isEqualTo("888888881234 (larkspur-identity) · eu-west-1");
        assertThat(confirmation.lastFour()).isEqualTo("1234");
        assertThat(confirmation.buttonText()).isEqualTo("Import 416 changes");
        assertThat(new Confirmation("888888881234", null, null, 1, List.of()).account()).isEqualTo("888888881234");
        assertThat(new Confirmation("888888881234", null, null, 1, List.of()).buttonText()).isEqualTo("Import 1 change");
    }
}
