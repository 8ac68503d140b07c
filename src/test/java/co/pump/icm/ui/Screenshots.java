package co.pump.icm.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Saves what a scene shows as a PNG under {@code target/screenshots/}, without AWT windows
 * (headless) and without javafx-swing: the snapshot's pixels are copied into a
 * {@link BufferedImage} that ImageIO encodes.
 */
public final class Screenshots {

    public static final Path DIRECTORY = Path.of("target", "screenshots");

    private Screenshots() {
    }

    /** Snapshots the scene (call on the FX thread) and writes {@code target/screenshots/<name>.png}. */
    public static Path save(Scene scene, String name) {
        WritableImage image = scene.snapshot(null);
        return write(image, DIRECTORY.resolve(name + ".png"));
    }

    /** Writes a JavaFX image as a PNG file. */
    public static Path write(WritableImage image, Path file) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(),
                IntBuffer.wrap(pixels), width);
        var buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, width, height, pixels, 0, width);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(buffered, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
