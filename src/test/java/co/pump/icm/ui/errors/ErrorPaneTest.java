package co.pump.icm.ui.errors;

import static co.pump.icm.ui.FxGuard.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import co.pump.icm.ui.FxGuard;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An error shown below the window's edge (a folder that could not be opened) scrolls into sight. */
@ExtendWith({ApplicationExtension.class, FxGuard.class})
class ErrorPaneTest {

    private ErrorPane error;
    private ScrollPane page;

    @Start
    void start(Stage stage) {
        error = new ErrorPane();
        var tall = new Region();
        tall.setMinHeight(900);
        page = new ScrollPane(new VBox(tall, error));
        page.setFitToWidth(true);
        stage.setScene(new Scene(page, 600, 300));
        stage.show();
    }

    @Test
    void anErrorBelowTheEdgeIsScrolledIntoSight() {
        assertThat(page.getVvalue()).isZero();

        onFx(() -> error.setError(UserError.of("The folder could not be opened. The snapshot is in /home/ana.")));
        WaitForAsyncUtils.waitForFxEvents();

        var window = page.localToScene(page.getLayoutBounds());
        var shown = error.localToScene(error.getLayoutBounds());
        assertThat(shown.getMinY()).as("the error's top").isGreaterThanOrEqualTo(window.getMinY());
        assertThat(shown.getMaxY()).as("the error's bottom").isLessThanOrEqualTo(window.getMaxY());
    }
}
