package co.pump.icm.ui.app;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Hands a web address, a file or a folder to the system's own opener ({@code xdg-open},
 * {@code open}, Windows' {@code rundll32}) and says when it could not: an opener that exits with
 * an error (no browser, no file manager, no desktop session) throws, so that the step can say so
 * and show the path instead of doing nothing. Blocking for up to a few seconds: call from
 * background work.
 */
public final class SystemOpener {

    /** How long an opener may take to say it failed; one still running by then has opened something. */
    private static final long WAIT_SECONDS = 5;

    private final List<String> command;

    /** The opener of this operating system. */
    public static SystemOpener forThisSystem() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return new SystemOpener(os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler")
                : os.contains("mac") ? List.of("open") : List.of("xdg-open"));
    }

    /** An opener run as {@code command} followed by what to open (tests give one of their own). */
    public SystemOpener(List<String> command) {
        this.command = List.copyOf(command);
    }

    /**
     * Opens {@code target} (a URI or a path, as text).
     *
     * @throws IOException when the opener is missing or exits with an error
     */
    public void open(String target) throws IOException {
        var line = new ArrayList<>(command);
        line.add(target);
        Process process = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS) && process.exitValue() != 0) {
                throw new IOException(command.get(0) + " could not open it (exit code " + process.exitValue() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while opening", e);
        }
    }
}
