package co.pump.icm.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WizardAppSmokeTest {

    @Start
    void start(Stage stage) {
        new WizardApp().start(stage);
    }

    @Test
    void opensTheMainWindow(FxRobot robot) {
        Label welcome = robot.lookup("#welcome").queryAs(Label.class);
        assertThat(welcome.getText()).isEqualTo("Identity Center Migrator");
    }
}
