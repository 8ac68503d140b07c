package co.pump.icm.ui.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

/**
 * Decides where the app keeps its own files (the log) on each operating system:
 * <ul>
 *   <li>Windows: {@code %APPDATA%\Identity Center Migrator}</li>
 *   <li>macOS: {@code ~/Library/Application Support/Identity Center Migrator}</li>
 *   <li>Linux and others: {@code $XDG_DATA_HOME/identity-center-migrator}, by default
 *       {@code ~/.local/share/identity-center-migrator}</li>
 * </ul>
 * The system property {@value #OVERRIDE_PROPERTY} replaces the choice (tests, portable installs).
 */
public final class AppDirectories {

    /** A directory to use instead of the operating system's. */
    public static final String OVERRIDE_PROPERTY = "icm.appDataDir";

    static final String DISPLAY_NAME = "Identity Center Migrator";
    static final String UNIX_NAME = "identity-center-migrator";

    private AppDirectories() {
    }

    /** The data directory for this machine's user (not created). */
    public static Path dataDirectory() {
        return dataDirectory(System::getProperty, System::getenv);
    }

    /**
     * The data directory for the given system properties and environment variables.
     *
     * @param properties reads a system property ({@code os.name}, {@code user.home}, the override)
     * @param environment reads an environment variable ({@code APPDATA}, {@code XDG_DATA_HOME})
     */
    static Path dataDirectory(Function<String, String> properties, Function<String, String> environment) {
        String override = properties.apply(OVERRIDE_PROPERTY);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = properties.apply("user.home");
        String os = String.valueOf(properties.apply("os.name")).toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.apply("APPDATA");
            Path base = appData == null || appData.isBlank() ? Path.of(home, "AppData", "Roaming") : Path.of(appData);
            return base.resolve(DISPLAY_NAME);
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", DISPLAY_NAME);
        }
        String xdg = environment.apply("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? Path.of(home, ".local", "share") : Path.of(xdg);
        return base.resolve(UNIX_NAME);
    }
}
