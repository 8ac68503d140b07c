package co.pump.icm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine;

/** The product version, from the build. */
public final class Version implements CommandLine.IVersionProvider {

    private static final String VERSION = load();

    public static String current() {
        return VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"icm (Identity Center Migrator) " + VERSION};
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/co/pump/icm/version.properties")) {
            if (in == null) {
                return "development";
            }
            var props = new Properties();
            props.load(in);
            return props.getProperty("version", "development");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
