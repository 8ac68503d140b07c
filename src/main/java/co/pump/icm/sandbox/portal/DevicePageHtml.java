package co.pump.icm.sandbox.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Renders the device approval page from the {@code device-page.html} template. Every value is
 * HTML-escaped; user codes and user names come from whoever opens the page.
 */
final class DevicePageHtml {
    private static final String TITLE_SLOT = "${title}";
    private static final String CONTENT_SLOT = "${content}";
    private static final String TEMPLATE = load();

    private DevicePageHtml() {
    }

    /**
     * The approval form.
     *
     * @param instanceLabel the instance the code signs in to, or null when the code is not known yet
     * @param userCode      the code being approved, or null to let the person type it
     * @param message       a refusal to show above the form, or null
     */
    static String form(String instanceLabel, String userCode, String userName, String message) {
        String title = instanceLabel == null ? "Sign in: approve a device code"
                : "Sign in to " + instanceLabel + ": approve device code " + userCode;
        var content = new StringBuilder();
        if (instanceLabel == null) {
            content.append("<h1>Sign in</h1>\n<p>Enter the code shown by the application and your user name.</p>\n");
        } else {
            content.append("<h1>Sign in to ").append(escape(instanceLabel)).append("</h1>\n")
                    .append("<p>Approve device code <span class=\"code\">").append(escape(userCode))
                    .append("</span> if it is the code the application shows.</p>\n");
        }
        if (message != null) {
            content.append("<p class=\"message\" role=\"alert\">").append(escape(message)).append("</p>\n");
        }
        content.append("<form method=\"post\" action=\"").append(DeviceApprovalPage.APPROVE).append("\">\n");
        if (instanceLabel == null) {
            content.append(field("user_code", "Code", userCode, false));
        } else {
            content.append("<input type=\"hidden\" name=\"user_code\" value=\"").append(escape(userCode)).append("\">\n");
        }
        content.append(field("user_name", "User name", userName, true))
                .append("<div class=\"actions\">\n<button type=\"submit\" id=\"approve\">Approve</button>\n")
                .append("<button type=\"submit\" id=\"deny\" class=\"secondary\" formaction=\"")
                .append(DeviceApprovalPage.DENY).append("\">Deny</button>\n</div>\n</form>");
        return page(title, content.toString());
    }

    /** The page after an approval or a denial. */
    static String outcome(String heading, String message) {
        String content = "<h1>" + escape(heading) + "</h1>\n<p class=\"message ok\" role=\"status\">"
                + escape(message) + "</p>";
        return page(heading, content);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        var sb = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String field(String name, String label, String value, boolean focus) {
        return "<label for=\"" + name + "\">" + label + "</label>\n<input type=\"text\" id=\"" + name
                + "\" name=\"" + name + "\" value=\"" + escape(value) + "\" autocomplete=\"off\""
                + (focus ? " autofocus" : "") + ">\n";
    }

    /** Fills the template's two slots by position, so that text in one slot is never read as the other. */
    private static String page(String title, String content) {
        int titleAt = TEMPLATE.indexOf(TITLE_SLOT);
        int contentAt = TEMPLATE.indexOf(CONTENT_SLOT);
        return TEMPLATE.substring(0, titleAt) + escape(title)
                + TEMPLATE.substring(titleAt + TITLE_SLOT.length(), contentAt) + content
                + TEMPLATE.substring(contentAt + CONTENT_SLOT.length());
    }

    private static String load() {
        try (InputStream in = DevicePageHtml.class.getResourceAsStream("device-page.html")) {
            if (in == null) {
                throw new IllegalStateException("The device approval page template is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
