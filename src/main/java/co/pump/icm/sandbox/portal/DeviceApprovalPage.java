package co.pump.icm.sandbox.portal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.RestRequest;
import co.pump.icm.sandbox.RestResponse;
import co.pump.icm.sandbox.RestService;

/**
 * The sandbox's stand-in for the AWS device verification page: {@code GET /device?user_code=...}
 * shows the code and asks for a user name; {@code POST /device/approve} and
 * {@code POST /device/deny} (form fields {@code user_code}, {@code user_name}) decide it. There
 * is no password: the sandbox only checks that the user exists, and is enabled, in the identity
 * store of the start URL's instance.
 */
public final class DeviceApprovalPage implements RestService {
    static final String PAGE = "/device";
    static final String APPROVE = "/device/approve";
    static final String DENY = "/device/deny";
    /** A host name or IP literal and an optional port; anything else is not echoed into URLs. */
    private static final Pattern HOST = Pattern.compile("([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(:\\d{1,5})?");

    private final DeviceApprovals approvals;

    DeviceApprovalPage(DeviceApprovals approvals) {
        this.approvals = approvals;
    }

    /** The page's absolute URL as the requesting client reached the sandbox, from its Host header. */
    static String pageUrl(RestRequest request) {
        String host = request.header("host");
        if (host == null || !HOST.matcher(host).matches()) {
            host = "127.0.0.1";
        }
        return "http://" + host + PAGE;
    }

    @Override
    public String serviceName() {
        return "sso-device-approval";
    }

    @Override
    public boolean handles(String method, String path) {
        return ("GET".equals(method) && PAGE.equals(path))
                || ("POST".equals(method) && (APPROVE.equals(path) || DENY.equals(path)));
    }

    @Override
    public String operationName(RestRequest request) {
        return switch (request.path()) {
            case APPROVE -> "ApproveDevice";
            case DENY -> "DenyDevice";
            default -> "ShowDeviceApproval";
        };
    }

    @Override
    public RestResponse handle(RestRequest request) {
        return switch (request.path()) {
            case APPROVE -> approve(form(request));
            case DENY -> deny(form(request));
            default -> show(request.query().get("user_code"));
        };
    }

    /** Faults injected by the sandbox (throttling, server errors) shown as a short page. */
    @Override
    public RestResponse error(AwsError error) {
        boolean throttled = error.code().contains("Throttling") || error.code().equals("TooManyRequestsException");
        int status = throttled ? 429 : error.status();
        return RestResponse.html(status, DevicePageHtml.outcome("The sign-in page could not answer",
                throttled ? "Too many requests; wait a moment and try again." : error.getMessage()));
    }

    private RestResponse show(String userCode) {
        if (userCode == null || userCode.isBlank()) {
            return RestResponse.html(200, DevicePageHtml.form(null, null, null, null));
        }
        try {
            DeviceApprovals.Pending pending = approvals.pending(userCode);
            return RestResponse.html(200, DevicePageHtml.form(pending.instanceLabel(), pending.userCode(), null, null));
        } catch (ApprovalRefusedException e) {
            return RestResponse.html(400, DevicePageHtml.form(null, userCode, null, e.getMessage()));
        }
    }

    private RestResponse approve(Map<String, String> form) {
        String userCode = form.get("user_code");
        String userName = form.get("user_name");
        try {
            DeviceApprovals.Pending pending = approvals.pending(userCode);
            String approved = approvals.approve(userCode, userName);
            return RestResponse.html(200, DevicePageHtml.outcome("Device approved",
                    approved + " is signed in to " + pending.instanceLabel() + " with code " + pending.userCode()
                            + ". You can close this page and return to the application."));
        } catch (ApprovalRefusedException e) {
            return RestResponse.html(400, refusedForm(userCode, userName, e.getMessage()));
        }
    }

    private RestResponse deny(Map<String, String> form) {
        String userCode = form.get("user_code");
        try {
            approvals.deny(userCode);
            return RestResponse.html(200, DevicePageHtml.outcome("Device denied", "The code "
                    + DeviceApprovals.normalize(userCode) + " was denied; the application will not be signed in."));
        } catch (ApprovalRefusedException e) {
            return RestResponse.html(400, refusedForm(userCode, form.get("user_name"), e.getMessage()));
        }
    }

    /** The form again with the refusal; keeps the code's heading while the code is still usable. */
    private String refusedForm(String userCode, String userName, String message) {
        try {
            DeviceApprovals.Pending pending = approvals.pending(userCode);
            return DevicePageHtml.form(pending.instanceLabel(), pending.userCode(), userName, message);
        } catch (ApprovalRefusedException unusable) {
            return DevicePageHtml.form(null, userCode, userName, message);
        }
    }

    /** The form fields of an {@code application/x-www-form-urlencoded} body. */
    private static Map<String, String> form(RestRequest request) {
        var fields = new HashMap<String, String>();
        String body = request.body() == null ? "" : new String(request.body(), StandardCharsets.UTF_8);
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            fields.putIfAbsent(name, value);
        }
        return fields;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
