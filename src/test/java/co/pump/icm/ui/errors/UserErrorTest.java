package co.pump.icm.ui.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;

import co.pump.icm.model.MigratorException;
import org.junit.jupiter.api.Test;

class UserErrorTest {

    @Test
    void aMigratorExceptionAlreadySpeaksToTheUser() {
        UserError error = UserError.of(MigratorException.badInput("The profile 'prod' has no region; choose one."),
                "Signing in failed.");

        assertThat(error.sentence()).isEqualTo("The profile 'prod' has no region; choose one.");
        assertThat(error.hasDetails()).isFalse();
    }

    @Test
    void anythingElseGetsTheSentenceGivenAndTheCausesAsDetailsWithoutAStackTrace() {
        var failure = new UncheckedIOException("Could not bind", new IOException("Address already in use"));

        UserError error = UserError.of(failure, "The demo could not start.");

        assertThat(error.sentence())
                .isEqualTo("The demo could not start. The log file has the technical details for support.");
        assertThat(error.details()).isEqualTo("UncheckedIOException: Could not bind\nIOException: Address already in use");
        assertThat(error.details()).doesNotContain("\tat ", ".java:");
    }

    @Test
    void anErrorWithoutDetails() {
        assertThat(UserError.of("Choose a region.").hasDetails()).isFalse();
        assertThat(new UserError("x", null).details()).isEmpty();
    }
}
