package co.pump.icm.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Windows open within the screen's visible area, whatever size they would like. */
class WindowPlacementTest {

    @Test
    void onA1280By720ScreenWithATaskBarTheWindowFillsWhatIsVisible() {
        var visible = new Rectangle2D(0, 0, 1280, 680);
        Rectangle2D at = WindowPlacement.within(visible, 1280, 860);
        assertThat(at).isEqualTo(new Rectangle2D(0, 0, 1280, 680));
    }

    @Test
    void onALargeScreenTheWindowIsCentredAtTheSizeItWants() {
        var visible = new Rectangle2D(0, 30, 1920, 1050);
        Rectangle2D at = WindowPlacement.within(visible, 1280, 860);
        assertThat(at).isEqualTo(new Rectangle2D(320, 125, 1280, 860));
    }

    @Test
    void onASecondScreenItStaysOnThatScreen() {
        var visible = new Rectangle2D(1920, 0, 1366, 728);
        Rectangle2D at = WindowPlacement.within(visible, 1280, 860);
        assertThat(at.getMinX()).isEqualTo(1963);
        assertThat(at.getHeight()).isEqualTo(728);
    }
}
