package co.pump.icm.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The sandbox's device approval page, pressed over HTTP as a person's browser would. */
public final class DevicePage {

    private static final HttpClient BROWSER = HttpClient.newHttpClient();

    private DevicePage() {
    }

    /** Approves a user code as the named user; returns the HTTP status (200 when approved). */
    public static int approve(URI sandbox, String userCode, String userName) {
        String form = "user_code=" + URLEncoder.encode(userCode, StandardCharsets.UTF_8) + "&user_name="
                + URLEncoder.encode(userName, StandardCharsets.UTF_8);
        try {
            return BROWSER.send(HttpRequest.newBuilder(sandbox.resolve("/device/approve"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
