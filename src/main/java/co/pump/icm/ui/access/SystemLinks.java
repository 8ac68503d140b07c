package co.pump.icm.ui.access;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * The system's clipboard and browser: {@link Desktop#browse} where the desktop supports it, else
 * the operating system's own opener ({@code xdg-open}, {@code open}, {@code rundll32}).
 */
public final class SystemLinks implements LinkActions {

    @Override
    public void copy(String text) {
        var content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public void open(URI address) throws IOException {
        String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") && !scheme.equals("file")) {
            // Only web pages and files: never hand anything else to the system's opener.
            throw new IOException("Not a web address: " + address);
        }
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            Desktop.getDesktop().browse(address);
            return;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", address.toString())
                : os.contains("mac") ? List.of("open", address.toString())
                : List.of("xdg-open", address.toString());
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
