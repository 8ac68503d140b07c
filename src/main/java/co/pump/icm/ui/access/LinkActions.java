package co.pump.icm.ui.access;

import java.net.URI;

/**
 * Handing an address to the rest of the computer: the clipboard and the web browser. The app uses
 * {@link SystemLinks}; tests record what would have been copied or opened.
 */
public interface LinkActions {

    /** Puts the text on the clipboard. Call on the FX thread. */
    void copy(String text);

    /**
     * Opens the address in the default web browser, best effort. Blocking: call from background work.
     *
     * @throws Exception when no browser could be started on this computer
     */
    void open(URI address) throws Exception;
}
