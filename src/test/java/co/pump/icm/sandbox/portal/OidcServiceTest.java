package co.pump.icm.sandbox.portal;

import static co.pump.icm.sandbox.portal.SignInWorld.json;
import static co.pump.icm.sandbox.portal.SignInWorld.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.RestResponse;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class OidcServiceTest {
    private static final String NAMESPACE = ":http://internal.amazon.com/coral/com.amazonaws.sso.oidc/";

    private final SignInWorld fixture = new SignInWorld();
    private final SsoSignIn signIn = new SsoSignIn(fixture.world,
            SsoSettings.defaults().withPollInterval(Duration.ofSeconds(2)));
    private final OidcService oidc = signIn.oidc();

    static void assertOidcError(RestResponse response, int status, String exception, String error, String description) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.headers()).containsEntry("x-amzn-ErrorType", exception + NAMESPACE);
        JsonNode body = json(response);
        assertThat(body.get("error").asText()).isEqualTo(error);
        assertThat(body.get("error_description").asText()).isEqualTo(description);
    }

    @Test
    void routesItsThreeOperations() {
        assertThat(oidc.serviceName()).isEqualTo("sso-oidc");
        assertThat(oidc.handles("POST", "/client/register")).isTrue();
        assertThat(oidc.handles("POST", "/device_authorization")).isTrue();
        assertThat(oidc.handles("POST", "/token")).isTrue();
        assertThat(oidc.handles("GET", "/token")).isFalse();
        assertThat(oidc.handles("POST", "/device")).isFalse();
        assertThat(oidc.operationName(post("/client/register", "{}"))).isEqualTo("RegisterClient");
        assertThat(oidc.operationName(post("/device_authorization", "{}"))).isEqualTo("StartDeviceAuthorization");
        assertThat(oidc.operationName(post("/token", "{}"))).isEqualTo("CreateToken");
    }

    @Test
    void registersAPublicClient() {
        JsonNode client = json(DeviceFlow.ok(oidc.handle(post("/client/register",
                "{\"clientName\":\"icm\",\"clientType\":\"public\"}"))));
        long now = fixture.clock.get() / 1000;
        assertThat(client.get("clientId").asText()).isNotBlank();
        assertThat(client.get("clientSecret").asText()).hasSizeGreaterThan(64);
        assertThat(client.get("clientIdIssuedAt").asLong()).isEqualTo(now);
        assertThat(client.get("clientSecretExpiresAt").asLong()).isEqualTo(now + Duration.ofDays(90).toSeconds());
    }

    @Test
    void refusesAClientThatIsNotPublic() {
        assertOidcError(oidc.handle(post("/client/register", "{\"clientName\":\"icm\",\"clientType\":\"confidential\"}")),
                400, "InvalidClientMetadataException", "invalid_client_metadata",
                "Invalid client type: confidential; only public clients can register");
    }

    @Test
    void refusesARegistrationWithoutAName() {
        assertOidcError(oidc.handle(post("/client/register", "{\"clientType\":\"public\"}")),
                400, "InvalidRequestException", "invalid_request", "The member 'clientName' is required");
    }

    @Test
    void refusesScopesThatAreNotAListOfStrings() {
        assertOidcError(oidc.handle(post("/client/register",
                        "{\"clientName\":\"icm\",\"clientType\":\"public\",\"scopes\":\"sso:account:access\"}")),
                400, "InvalidRequestException", "invalid_request", "The member 'scopes' must be a list of strings");
    }

    @Test
    void refusesABodyThatIsNotJson() {
        assertOidcError(oidc.handle(post("/client/register", "clientName=icm")),
                400, "InvalidRequestException", "invalid_request", "The request body is not valid JSON");
    }

    @Test
    void startsADeviceAuthorizationPointingAtTheLocalApprovalPage() {
        JsonNode started = new DeviceFlow(oidc).start(SignInWorld.START_URL);
        String userCode = started.get("userCode").asText();
        assertThat(userCode).matches("[A-Z]{4}-[A-Z]{4}");
        assertThat(started.get("deviceCode").asText()).hasSizeGreaterThan(40);
        assertThat(started.get("verificationUri").asText()).isEqualTo("http://127.0.0.1:4566/device");
        assertThat(started.get("verificationUriComplete").asText())
                .isEqualTo("http://127.0.0.1:4566/device?user_code=" + userCode);
        assertThat(started.get("expiresIn").asInt()).isEqualTo(600);
        assertThat(started.get("interval").asInt()).isEqualTo(2);
    }

    @Test
    void acceptsTheStartUrlWithATrailingSlashOrFragmentAndTheRegionalForm() {
        var flow = new DeviceFlow(oidc);
        for (String url : new String[] {SignInWorld.START_URL + "/", SignInWorld.START_URL + "#/",
                SignInWorld.START_URL + "/#/", "https://D-1234567890.awsapps.com/start",
                "https://ssoins-1234567890abcdef.portal.us-east-1.app.aws/"}) {
            assertThat(flow.startResponse(url).status()).as(url).isEqualTo(200);
        }
    }

    @Test
    void refusesAStartUrlOfNoInstance() {
        var flow = new DeviceFlow(oidc);
        String url = "https://d-9999999999.awsapps.com/start";
        assertOidcError(flow.startResponse(url), 400, "InvalidRequestException", "invalid_request",
                "The start URL " + url + " does not belong to any IAM Identity Center instance;"
                        + " use https://<identity store ID>.awsapps.com/start or a registered alias");
        assertThat(flow.startResponse("https://d-1234567890.awsapps.com/elsewhere").status()).isEqualTo(400);
        assertThat(flow.startResponse("http://d-1234567890.awsapps.com/start").status()).isEqualTo(400);
        assertThat(flow.startResponse("https://ssoins-1234567890abcdef.portal.eu-west-1.app.aws").status())
                .isEqualTo(400);
    }

    @Test
    void acceptsARegisteredAlias() {
        var flow = new DeviceFlow(oidc);
        assertThat(flow.startResponse("https://acme.awsapps.com/start").status()).isEqualTo(400);
        oidc.registerStartUrlAlias("acme", SignInWorld.STORE_ID);
        assertThat(flow.startResponse("https://acme.awsapps.com/start").status()).isEqualTo(200);
    }

    @Test
    void refusesAnAliasThatIsNotAHostNameLabel() {
        assertThatThrownBy(() -> oidc.registerStartUrlAlias("acme.corp", SignInWorld.STORE_ID))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A start URL alias is one host name label of letters, digits and dashes,"
                        + " such as 'acme'; 'acme.corp' is not");
    }

    @Test
    void refusesAnUnknownClientOrAWrongSecretWith401() {
        var flow = new DeviceFlow(oidc);
        String wrongSecret = "{\"clientId\":\"" + flow.clientId + "\",\"clientSecret\":\"nope\",\"startUrl\":\""
                + SignInWorld.START_URL + "\"}";
        assertOidcError(oidc.handle(post("/device_authorization", wrongSecret)), 401, "InvalidClientException",
                "invalid_client", "Invalid client id or client secret");
        String unknownClient = "{\"clientId\":\"unknown\",\"clientSecret\":\"" + flow.clientSecret
                + "\",\"startUrl\":\"" + SignInWorld.START_URL + "\"}";
        assertThat(oidc.handle(post("/device_authorization", unknownClient)).status()).isEqualTo(401);
    }

    @Test
    void refusesAClientWhoseSecretHasExpired() {
        var flow = new DeviceFlow(oidc);
        fixture.advance(Duration.ofDays(90).toMillis());
        assertOidcError(flow.startResponse(SignInWorld.START_URL), 401, "InvalidClientException", "invalid_client",
                "The client secret has expired; register the client again");
    }

    @Test
    void runsTheDeviceFlowPendingSlowDownApprovedToken() {
        var flow = new DeviceFlow(oidc);
        JsonNode started = flow.start(SignInWorld.START_URL);
        String deviceCode = started.get("deviceCode").asText();

        assertOidcError(flow.poll(deviceCode), 400, "AuthorizationPendingException", "authorization_pending",
                "Authorization is still pending");
        fixture.advance(1_000);
        assertOidcError(flow.poll(deviceCode), 400, "SlowDownException", "slow_down",
                "Client is polling too quickly; wait at least 2 s between requests and add 5 s after each slow_down");
        fixture.advance(2_000);
        assertThat(flow.poll(deviceCode).status()).isEqualTo(400);

        assertThat(oidc.approve(started.get("userCode").asText(), "alice")).isEqualTo("alice");
        fixture.advance(2_000);
        JsonNode token = json(DeviceFlow.ok(flow.poll(deviceCode)));
        assertThat(token.get("accessToken").asText()).startsWith("aoa");
        assertThat(token.get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(token.get("expiresIn").asInt()).isEqualTo(8 * 3600);
        assertThat(token.get("refreshToken").asText()).startsWith("aor");
        assertThat(token.has("idToken")).isFalse();

        fixture.advance(2_000);
        assertOidcError(flow.poll(deviceCode), 400, "InvalidGrantException", "invalid_grant",
                "The device code has already been used");
    }

    @Test
    void answersAccessDeniedWhenTheUserDeclines() {
        var flow = new DeviceFlow(oidc);
        JsonNode started = flow.start(SignInWorld.START_URL);
        oidc.deny(started.get("userCode").asText());
        assertOidcError(flow.poll(started.get("deviceCode").asText()), 400, "AccessDeniedException", "access_denied",
                "The user denied the authorization request");
    }

    @Test
    void answersExpiredTokenOnceTheCodeHasExpired() {
        var flow = new DeviceFlow(oidc);
        JsonNode started = flow.start(SignInWorld.START_URL);
        fixture.advance(600_000);
        assertOidcError(flow.poll(started.get("deviceCode").asText()), 400, "ExpiredTokenException", "expired_token",
                "The device code has expired; start the device authorization again");
        assertThatThrownBy(() -> oidc.approve(started.get("userCode").asText(), "alice"))
                .isInstanceOf(ApprovalRefusedException.class)
                .hasMessage("The code '" + started.get("userCode").asText()
                        + "' has expired. Start signing in again in the application.");
    }

    @Test
    void usesTheConfiguredCodeLifetime() {
        var shortLived = new SsoSignIn(fixture.world, SsoSettings.defaults().withCodeLifetime(Duration.ofSeconds(30)));
        var flow = new DeviceFlow(shortLived.oidc());
        JsonNode started = flow.start(SignInWorld.START_URL);
        assertThat(started.get("expiresIn").asInt()).isEqualTo(30);
        fixture.advance(29_999);
        assertThat(json(flow.poll(started.get("deviceCode").asText())).get("error").asText())
                .isEqualTo("authorization_pending");
        fixture.advance(1);
        assertThat(json(flow.poll(started.get("deviceCode").asText())).get("error").asText())
                .isEqualTo("expired_token");
    }

    @Test
    void refusesADeviceCodeOfAnotherClientOrUnknown() {
        var owner = new DeviceFlow(oidc);
        var other = new DeviceFlow(oidc);
        String deviceCode = owner.start(SignInWorld.START_URL).get("deviceCode").asText();
        assertOidcError(other.poll(deviceCode), 400, "InvalidGrantException", "invalid_grant",
                "Invalid device code provided");
        assertOidcError(owner.poll("not-a-device-code"), 400, "InvalidGrantException", "invalid_grant",
                "Invalid device code provided");
    }

    @Test
    void refreshesATokenOnceAndForgetsTheOldOne() {
        var flow = new DeviceFlow(oidc);
        JsonNode first = flow.signIn("alice");
        JsonNode second = json(DeviceFlow.ok(flow.refresh(first.get("refreshToken").asText())));
        assertThat(second.get("accessToken").asText()).isNotEqualTo(first.get("accessToken").asText());
        assertThat(second.get("tokenType").asText()).isEqualTo("Bearer");
        assertOidcError(flow.refresh(first.get("refreshToken").asText()), 400, "InvalidGrantException",
                "invalid_grant", "Invalid refresh token provided");
    }

    @Test
    void refusesGrantTypesOtherThanDeviceCodeAndRefreshToken() {
        var flow = new DeviceFlow(oidc);
        String body = "{\"clientId\":\"" + flow.clientId + "\",\"clientSecret\":\"" + flow.clientSecret
                + "\",\"grantType\":\"authorization_code\",\"code\":\"x\"}";
        assertOidcError(oidc.handle(post("/token", body)), 400, "UnsupportedGrantTypeException",
                "unsupported_grant_type",
                "The sandbox supports only the device code and refresh token grants, not authorization_code");
        assertOidcError(oidc.handle(post("/token", body.replace("authorization_code", "password"))), 400,
                "UnsupportedGrantTypeException", "unsupported_grant_type", "Unsupported grant type: password");
    }

    @Test
    void refusesADeviceCodeGrantWithoutTheDeviceCode() {
        var flow = new DeviceFlow(oidc);
        String body = "{\"clientId\":\"" + flow.clientId + "\",\"clientSecret\":\"" + flow.clientSecret
                + "\",\"grantType\":\"urn:ietf:params:oauth:grant-type:device_code\"}";
        assertOidcError(oidc.handle(post("/token", body)), 400, "InvalidRequestException", "invalid_request",
                "The member 'deviceCode' is required");
    }

    @Test
    void encodesThrottlingAsSlowDownAndFaultsAsServerError() {
        assertOidcError(oidc.error(AwsError.throttling("Rate exceeded")), 400, "SlowDownException", "slow_down",
                "Rate exceeded");
        assertOidcError(oidc.error(AwsError.internal("Injected fault")), 500, "InternalServerException",
                "server_error", "Injected fault");
        assertOidcError(oidc.error(new AwsError(503, "ServiceUnavailable", "Try later")), 503,
                "InternalServerException", "server_error", "Try later");
        assertOidcError(oidc.error(AwsError.validation("Bad input")), 400, "InvalidRequestException",
                "invalid_request", "Bad input");
    }

    @Test
    void keepsSecretsOutOfErrorsAndToString() {
        var flow = new DeviceFlow(oidc);
        JsonNode token = flow.signIn("alice");
        String wrongSecret = "{\"clientId\":\"" + flow.clientId + "\",\"clientSecret\":\"guess-secret\","
                + "\"grantType\":\"refresh_token\",\"refreshToken\":\"" + token.get("refreshToken").asText() + "\"}";
        String answer = SignInWorld.text(oidc.handle(post("/token", wrongSecret)));
        assertThat(answer).doesNotContain("guess-secret").doesNotContain(token.get("refreshToken").asText());
        var client = new RegisteredClient("id", "s3cret", "icm", 0, 1);
        assertThat(client.toString()).doesNotContain("s3cret");
        var session = new SsoSession("aoa-token", "aor-token", "id", "arn", "u", "alice", 1);
        assertThat(session.toString()).doesNotContain("aoa-token").doesNotContain("aor-token");
    }
}
