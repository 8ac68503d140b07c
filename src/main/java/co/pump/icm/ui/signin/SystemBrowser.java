package co.pump.icm.ui.signin;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Opens a page in the system's browser: through {@link Desktop} where AWT offers it, else with
 * the operating system's own command ({@code open}, {@code xdg-open}, {@code rundll32}). Best
 * effort: the sign-in step always shows the address and the code too, so a failure only means the
 * user opens the page by hand.
 */
final class SystemBrowser implements SignInServices.WebBrowser {

    @Override
    public void open(URI page) throws IOException {
        if (!"https".equals(page.getScheme()) && !"http".equals(page.getScheme())) {
            throw new IOException("Only web pages are opened, not " + page.getScheme() + " addresses");
        }
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            Desktop.getDesktop().browse(page);
            return;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("mac") ? List.of("open", page.toString())
                : os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", page.toString())
                : List.of("xdg-open", page.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            // xdg-open and friends return at once; a failure to find a browser shows in the exit code.
            // One that keeps running (a browser started in the foreground) is left to run.
            if (process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() != 0) {
                throw new IOException(command.get(0) + " could not open the page");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while opening the page", e);
        }
    }
}
