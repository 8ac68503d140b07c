package co.pump.icm.ui.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Sizes and places windows within the visible area of the screen they open on (its bounds less
 * the task bar, dock or menu bar): as large as the window would like, never larger than that
 * area, centred in it. On a 1280×720 screen (the smallest supported) the header, the footer's Back
 * and Next, and the inspector's tabs are all in sight.
 */
public final class WindowPlacement {

    private WindowPlacement() {
    }

    /**
     * Where a window of the wanted size goes within a visible area: the size cut to the area, and
     * centred in it.
     */
    public static Rectangle2D within(Rectangle2D visible, double wantedWidth, double wantedHeight) {
        double width = Math.min(wantedWidth, visible.getWidth());
        double height = Math.min(wantedHeight, visible.getHeight());
        return new Rectangle2D(visible.getMinX() + (visible.getWidth() - width) / 2,
                visible.getMinY() + (visible.getHeight() - height) / 2, width, height);
    }

    /**
     * Sizes and places a stage on the screen of {@code near} (the primary screen when null), and
     * keeps its minimum size within that screen too.
     */
    public static void place(Stage stage, double wantedWidth, double wantedHeight, double minWidth, double minHeight,
                             Window near) {
        Rectangle2D visible = visibleArea(near);
        Rectangle2D at = within(visible, wantedWidth, wantedHeight);
        stage.setMinWidth(Math.min(minWidth, visible.getWidth()));
        stage.setMinHeight(Math.min(minHeight, visible.getHeight()));
        stage.setX(at.getMinX());
        stage.setY(at.getMinY());
        stage.setWidth(at.getWidth());
        stage.setHeight(at.getHeight());
    }

    private static Rectangle2D visibleArea(Window near) {
        if (near != null && near.getWidth() > 0) {
            var screens = Screen.getScreensForRectangle(near.getX(), near.getY(), near.getWidth(), near.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }
}
