package co.pump.icm.ui.app;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The product's icon in the sizes window managers pick from (made by {@code icons/generate.sh}). */
public final class AppIcons {

    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};
    private static List<Image> images;

    private AppIcons() {
    }

    /** Gives a window the product's icon. */
    public static void apply(Stage stage) {
        stage.getIcons().setAll(images());
    }

    private static synchronized List<Image> images() {
        if (images == null) {
            var loaded = new ArrayList<Image>();
            for (int size : SIZES) {
                InputStream in = AppIcons.class.getResourceAsStream("/co/pump/icm/icons/icm-" + size + ".png");
                if (in != null) {
                    loaded.add(new Image(in));
                }
            }
            images = List.copyOf(loaded);
        }
        return images;
    }
}
