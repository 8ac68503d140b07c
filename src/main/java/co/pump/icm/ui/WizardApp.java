package co.pump.icm.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The Identity Center Migrator wizard. */
public final class WizardApp extends Application {

    @Override
    public void start(Stage stage) {
        var label = new Label("Identity Center Migrator");
        label.setId("welcome");
        stage.setTitle("Identity Center Migrator");
        stage.setScene(new Scene(new StackPane(label), 1100, 720));
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
