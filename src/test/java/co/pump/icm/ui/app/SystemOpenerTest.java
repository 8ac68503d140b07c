package co.pump.icm.ui.app;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

/** An opener that fails says so, so that the step can show the path instead of doing nothing. */
class SystemOpenerTest {

    @Test
    void anOpenerThatExitsWithAnErrorThrows() {
        assertThatThrownBy(() -> new SystemOpener(List.of("false")).open("/tmp/report.html"))
                .isInstanceOf(IOException.class).hasMessage("false could not open it (exit code 1)");
    }

    @Test
    void aMissingOpenerThrows() {
        assertThatThrownBy(() -> new SystemOpener(List.of("no-such-opener-here")).open("/tmp"))
                .isInstanceOf(IOException.class);
    }

    @Test
    void anOpenerThatSucceedsDoesNotThrow() {
        assertThatCode(() -> new SystemOpener(List.of("true")).open("/tmp")).doesNotThrowAnyException();
    }
}
