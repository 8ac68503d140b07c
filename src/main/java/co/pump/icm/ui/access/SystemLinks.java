package co.pump.icm.ui.access;

import co.pump.icm.ui.app.SystemOpener;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * The system's clipboard and browser, through the operating system's own opener ({@code xdg-open},
 * {@code open}, {@code rundll32}), which says when it could not open the page.
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
        // The system's opener, not java.awt.Desktop: Desktop.browse returns without a word when no browser opens.
        SystemOpener.forThisSystem().open(address.toString());
    }
}
