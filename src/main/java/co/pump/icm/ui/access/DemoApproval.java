package co.pump.icm.ui.access;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import co.pump.icm.model.MigratorException;

/**
 * In demo mode only: approves a device code on the demo sandbox's approval page, as a person would
 * in a browser ({@code POST /device/approve} with the code and the user name), so that "Sign in as a
 * user" works offline with one click. Never used against AWS: the page exists only in the sandbox.
 */
final class DemoApproval {

    private static final HttpClient BROWSER = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private DemoApproval() {
    }

    /**
     * Approves the code as the user.
     *
     * @param sandbox the demo sandbox's address, {@code http://127.0.0.1:<port>}
     * @throws MigratorException when the page refuses (unknown user, expired code)
     */
    static void approve(URI sandbox, String userCode, String userName) throws IOException, InterruptedException {
        if (!"127.0.0.1".equals(sandbox.getHost()) && !"localhost".equals(sandbox.getHost())) {
            throw new IllegalArgumentException("Demo approvals go to the local demo sandbox only, not " + sandbox);
        }
        String form = "user_code=" + URLEncoder.encode(userCode, StandardCharsets.UTF_8)
                + "&user_name=" + URLEncoder.encode(userName, StandardCharsets.UTF_8);
        HttpResponse<String> answer = BROWSER.send(HttpRequest.newBuilder(sandbox.resolve("/device/approve"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw MigratorException.badInput("The demo portal did not approve the code as " + userName
                    + " (HTTP " + answer.statusCode() + "). Start the sign-in again.");
        }
    }
}
