package co.pump.icm.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** "icm" and the product version, for the {@code tool} field of the files this package writes. */
final class ToolVersion {

    static final String TOOL = "icm " + load();

    private ToolVersion() {
    }

    // Read here rather than from the cli package: the engine must not depend on the command line.
    private static String load() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("/co/pump/icm/version.properties")) {
            if (in == null) {
                return "development";
            }
            var props = new Properties();
            props.load(in);
            return props.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
