package co.pump.icm.ui.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends the app's java.util.logging records to {@code wizard-0.log} in the
 * {@link AppDirectories#dataDirectory() data directory} (1 MB, three files kept), for support.
 * What is logged: steps entered, background tasks and their failures with stack traces. What is
 * never logged: secret keys, session tokens, passwords or the content of a snapshot; messages
 * name accounts, files and operations only.
 */
public final class AppLogging {

    /** The current log file's name inside the data directory; older ones are wizard-1.log and wizard-2.log. */
    public static final String FILE_NAME = "wizard-0.log";

    private static final String FORMAT = "%1$tF %1$tT.%1$tL %4$s %3$s: %5$s%6$s%n";
    private static Handler handler;

    private AppLogging() {
    }

    /**
     * Starts logging to the file in {@code directory}, creating it. Does nothing when already
     * started. A log that cannot be opened never stops the app: the reason goes to standard error.
     *
     * @return the log file, or null when it could not be opened
     */
    public static synchronized Path start(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        if (handler != null) {
            return file;
        }
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
        }
        try {
            Files.createDirectories(directory);
            // FileHandler patterns treat % specially; %g numbers the rotated files.
            String pattern = directory.toAbsolutePath().toString().replace("%", "%%") + "/wizard-%g.log";
            var fileHandler = new FileHandler(pattern, 1_000_000, 3, true);
            fileHandler.setFormatter(new SimpleFormatter());
            fileHandler.setLevel(Level.INFO);
            fileHandler.setEncoding("UTF-8");
            Logger root = Logger.getLogger("co.pump.icm");
            root.addHandler(fileHandler);
            root.setLevel(Level.INFO);
            handler = fileHandler;
            return file;
        } catch (IOException | SecurityException e) {
            System.err.println("Could not open the log file in " + directory + ": " + e.getMessage());
            return null;
        }
    }

    /** Flushes and closes the log file. */
    public static synchronized void stop() {
        if (handler != null) {
            Logger.getLogger("co.pump.icm").removeHandler(handler);
            handler.close();
            handler = null;
        }
    }
}
