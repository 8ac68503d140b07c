package co.pump.icm.sandbox.portal;

import static co.pump.icm.sandbox.portal.SignInWorld.form;
import static co.pump.icm.sandbox.portal.SignInWorld.get;
import static co.pump.icm.sandbox.portal.SignInWorld.json;
import static co.pump.icm.sandbox.portal.SignInWorld.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import co.pump.icm.model.Origin;
import co.pump.icm.model.User;
import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.RestRequest;
import co.pump.icm.sandbox.RestResponse;
import co.pump.icm.sandbox.state.SandboxInstance;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The approval page and its Java API. */
class DeviceApprovalTest {
    private final SignInWorld fixture = new SignInWorld();
    private final SsoSignIn signIn = new SsoSignIn(fixture.world);
    private final OidcService oidc = signIn.oidc();
    private final DeviceApprovalPage page = signIn.approvalPage();
    private final DeviceFlow flow = new DeviceFlow(oidc);
    private final JsonNode started = flow.start(SignInWorld.START_URL);
    private final String userCode = started.get("userCode").asText();

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private RestResponse approveForm(String code, String userName) {
        return page.handle(form("/device/approve", "user_code=" + encode(code) + "&user_name=" + encode(userName)));
    }

    private String pollError() {
        fixture.advance(1_000);
        return json(flow.poll(started.get("deviceCode").asText())).path("error").asText("token");
    }

    @Test
    void routesThePageAndItsTwoButtons() {
        assertThat(page.handles("GET", "/device")).isTrue();
        assertThat(page.handles("POST", "/device/approve")).isTrue();
        assertThat(page.handles("POST", "/device/deny")).isTrue();
        assertThat(page.handles("GET", "/device/approve")).isFalse();
        assertThat(page.handles("POST", "/device_authorization")).isFalse();
        assertThat(page.operationName(form("/device/approve", ""))).isEqualTo("ApproveDevice");
        assertThat(page.operationName(form("/device/deny", ""))).isEqualTo("DenyDevice");
        assertThat(page.operationName(get("/device", Map.of(), null))).isEqualTo("ShowDeviceApproval");
    }

    @Test
    void showsTheCodeAndTheInstance() {
        RestResponse response = page.handle(get("/device", Map.of("user_code", userCode), null));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(text(response))
                .contains("<title>Sign in to Acme (d-1234567890): approve device code " + userCode + "</title>")
                .contains("<span class=\"code\">" + userCode + "</span>")
                .contains("name=\"user_name\"")
                .contains(">Approve</button>")
                .contains(">Deny</button>");
    }

    @Test
    void asksForTheCodeWhenOpenedWithoutOne() {
        RestResponse response = page.handle(get("/device", Map.of(), null));
        assertThat(response.status()).isEqualTo(200);
        assertThat(text(response)).contains("Enter the code shown by the application and your user name.")
                .contains("name=\"user_code\" value=\"\"");
    }

    @Test
    void saysSoWhenTheCodeIsUnknown() {
        RestResponse response = page.handle(get("/device", Map.of("user_code", "ZZZZ-ZZZZ"), null));
        assertThat(response.status()).isEqualTo(400);
        assertThat(text(response)).contains(
                "The code &#39;ZZZZ-ZZZZ&#39; is not valid. Check the code shown by the application and try again.");
    }

    @Test
    void approvesThroughTheForm() {
        RestResponse response = approveForm(userCode, "alice");
        assertThat(response.status()).isEqualTo(200);
        assertThat(text(response)).contains("alice is signed in to Acme (d-1234567890) with code " + userCode);
        assertThat(pollError()).isEqualTo("token");
    }

    @Test
    void refusesAnUnknownUserOnThePageAndKeepsTheCodePending() {
        RestResponse response = approveForm(userCode, "mallory");
        assertThat(response.status()).isEqualTo(400);
        assertThat(text(response)).contains("There is no user named &#39;mallory&#39; in Acme (d-1234567890).")
                .contains("<span class=\"code\">" + userCode + "</span>")
                .contains("value=\"mallory\"");
        assertThat(pollError()).isEqualTo("authorization_pending");
    }

    @Test
    void escapesWhatThePersonTyped() {
        String body = text(approveForm(userCode, "<script>alert(1)</script>"));
        assertThat(body).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void deniesThroughTheForm() {
        RestResponse response = page.handle(form("/device/deny", "user_code=" + userCode + "&user_name="));
        assertThat(response.status()).isEqualTo(200);
        assertThat(text(response)).contains("The code " + userCode + " was denied");
        assertThat(pollError()).isEqualTo("access_denied");
    }

    @Test
    void acceptsTheCodeInLowerCaseWithoutItsDash() {
        assertThat(oidc.approve(userCode.toLowerCase().replace("-", ""), "ALICE")).isEqualTo("alice");
        assertThat(pollError()).isEqualTo("token");
    }

    @Test
    void refusesAnUnknownUser() {
        assertThatThrownBy(() -> oidc.approve(userCode, "mallory")).isInstanceOf(ApprovalRefusedException.class)
                .hasMessage("There is no user named 'mallory' in Acme (d-1234567890).");
    }

    @Test
    void refusesADisabledUser() {
        assertThatThrownBy(() -> oidc.approve(userCode, "carol")).isInstanceOf(ApprovalRefusedException.class)
                .hasMessage("The user 'carol' is disabled in Acme (d-1234567890).");
    }

    @Test
    void refusesABlankUserName() {
        assertThatThrownBy(() -> oidc.approve(userCode, " ")).isInstanceOf(ApprovalRefusedException.class)
                .hasMessage("Enter your user name to approve the code.");
    }

    @Test
    void refusesAUserOfAnotherInstance() {
        var other = new SandboxInstance("arn:aws:sso:::instance/ssoins-0000000000000002",
                "d-2222222222", SignInWorld.SANDBOX, "us-east-1");
        other.users.put("2222222222-dave", new User("dave", "dave", null, null, null, List.of(),
                List.of(), List.of(), null, null, null, null, null, null, List.of(), null, null, List.of(),
                Origin.of("2222222222-dave")));
        fixture.world.instances.put(other.arn, other);
        assertThatThrownBy(() -> oidc.approve(userCode, "dave")).isInstanceOf(ApprovalRefusedException.class)
                .hasMessage("There is no user named 'dave' in Acme (d-1234567890).");
    }

    @Test
    void refusesAnUnknownOrMissingCode() {
        assertThatThrownBy(() -> oidc.deny("ABCD-EFGH")).isInstanceOf(ApprovalRefusedException.class)
                .hasMessage("The code 'ABCD-EFGH' is not valid. Check the code shown by the application and try again.");
        assertThatThrownBy(() -> oidc.approve(null, "alice")).isInstanceOf(ApprovalRefusedException.class)
                .hasMessage("Enter the code shown by the application.");
    }

    @Test
    void refusesACodeThatWasAlreadyDecided() {
        oidc.approve(userCode, "alice");
        assertThatThrownBy(() -> oidc.deny(userCode)).isInstanceOf(ApprovalRefusedException.class)
                .hasMessage("The code '" + userCode + "' has already been used.");
        RestResponse again = approveForm(userCode, "bob");
        assertThat(again.status()).isEqualTo(400);
        assertThat(text(again)).contains("The code &#39;" + userCode + "&#39; has already been used.");
    }

    @Test
    void buildsThePageUrlFromTheHostHeaderOnlyWhenItIsAHostName() {
        assertThat(DeviceApprovalPage.pageUrl(request("localhost:8080"))).isEqualTo("http://localhost:8080/device");
        assertThat(DeviceApprovalPage.pageUrl(request("[::1]:9000"))).isEqualTo("http://[::1]:9000/device");
        assertThat(DeviceApprovalPage.pageUrl(request("evil.example/\"><script>")))
                .isEqualTo("http://127.0.0.1/device");
        assertThat(DeviceApprovalPage.pageUrl(request(null))).isEqualTo("http://127.0.0.1/device");
    }

    @Test
    void showsInjectedFaultsAsAShortPage() {
        RestResponse throttled = page.error(AwsError.throttling("Rate exceeded"));
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(text(throttled)).contains("Too many requests; wait a moment and try again.");
        RestResponse fault = page.error(AwsError.internal("Injected fault"));
        assertThat(fault.status()).isEqualTo(500);
        assertThat(text(fault)).contains("Injected fault");
    }

    private static RestRequest request(String host) {
        return new RestRequest("POST", "/device_authorization", Map.of(),
                host == null ? Map.of() : Map.of("host", List.of(host)), new byte[0]);
    }
}
