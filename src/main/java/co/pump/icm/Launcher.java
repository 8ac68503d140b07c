package co.pump.icm;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import co.pump.icm.cli.ExitCodes;
import co.pump.icm.cli.Main;

/**
 * The entry point of the installed app: one program with two faces. Started with no arguments
 * (from a menu, a shortcut or the Dock) it opens the wizard; started with arguments it is the
 * {@code icm} command line, headless: JavaFX is not even loaded, so it runs on a server with no
 * display. {@code --version} and {@code --help} are command-line arguments and so work either way.
 *
 * <p>One exception: a single argument naming an existing file is how Windows and Linux open a
 * double-clicked snapshot with the app, so that opens the wizard with the file as its only
 * parameter ({@code Application.getParameters().getRaw()}).
 *
 * <p>This class deliberately does not extend {@code javafx.application.Application}: JavaFX sits on
 * the class path of the packaged app, and the Java launcher refuses a main class that extends
 * {@code Application} unless JavaFX is on the module path.
 */
public final class Launcher {

    /** The two faces of the app. */
    public enum Face {
        /** The {@code icm} command line, without JavaFX. */
        COMMAND_LINE,
        /** The JavaFX wizard. */
        WIZARD
    }

    private Launcher() {
    }

    public static void main(String[] args) {
        if (faceFor(args, Path.of("")) == Face.COMMAND_LINE) {
            Main.main(args);
            return;
        }
        Optional<String> noDisplay = noDisplay(System.getProperty("os.name", ""), System.getenv(),
                System.getProperty("glass.platform"));
        if (noDisplay.isPresent()) {
            // Rather than JavaFX's stack trace when started without arguments over SSH or in a container.
            System.err.println(noDisplay.get());
            System.exit(ExitCodes.BAD_INPUT);
        }
        openWizard(args);
    }

    /**
     * Which face a start with these arguments shows.
     *
     * @param workingDirectory where a relative file name is looked up (the empty path for the
     *                         process's working directory)
     */
    public static Face faceFor(String[] args, Path workingDirectory) {
        if (args.length == 0) {
            return Face.WIZARD;
        }
        if (args.length == 1 && namesFileToOpen(args[0], workingDirectory)) {
            return Face.WIZARD;
        }
        return Face.COMMAND_LINE;
    }

    /**
     * Whether an argument is a file to open rather than a command: an existing regular file whose
     * name is neither an option nor one of the {@code icm} commands (a file called {@code inspect}
     * in the working directory must not turn {@code icm inspect} into a window).
     */
    private static boolean namesFileToOpen(String argument, Path workingDirectory) {
        if (argument.isEmpty() || argument.startsWith("-")) {
            return false;
        }
        if (Main.commandLine().getSubcommands().containsKey(argument)) {
            return false;
        }
        try {
            return Files.isRegularFile(workingDirectory.resolve(argument));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * Why the wizard cannot open here, if it cannot: on Linux and other X11/Wayland systems, no
     * display to open a window on (unless JavaFX is told to use another {@code glass.platform},
     * e.g. Monocle for headless tests). Windows and macOS always have a screen for a desktop app.
     */
    static Optional<String> noDisplay(String osName, Map<String, String> environment, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || glassPlatform != null) {
            return Optional.empty();
        }
        if (isSet(environment.get("DISPLAY")) || isSet(environment.get("WAYLAND_DISPLAY"))) {
            return Optional.empty();
        }
        return Optional.of("icm: the wizard needs a desktop, and there is no display here (DISPLAY is not set). "
                + "For the command line, give a command: --help lists them.");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    // The only place this class touches JavaFX; the command-line path never reaches it, so no
    // JavaFX class is loaded there (LauncherTest checks this in a separate JVM).
    private static void openWizard(String[] args) {
        javafx.application.Application.launch(co.pump.icm.ui.WizardApp.class, args);
    }
}
