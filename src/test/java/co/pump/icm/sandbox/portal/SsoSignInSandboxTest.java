package co.pump.icm.sandbox.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import co.pump.icm.sandbox.Clients;
import co.pump.icm.sandbox.Sandbox;
import co.pump.icm.sandbox.SandboxOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.AccountInfo;
import software.amazon.awssdk.services.sso.model.InvalidRequestException;
import software.amazon.awssdk.services.sso.model.RoleCredentials;
import software.amazon.awssdk.services.sso.model.RoleInfo;
import software.amazon.awssdk.services.sso.model.SsoException;
import software.amazon.awssdk.services.sso.model.UnauthorizedException;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;
import software.amazon.awssdk.services.ssooidc.model.AccessDeniedException;
import software.amazon.awssdk.services.ssooidc.model.AuthorizationPendingException;
import software.amazon.awssdk.services.ssooidc.model.CreateTokenResponse;
import software.amazon.awssdk.services.ssooidc.model.ExpiredTokenException;
import software.amazon.awssdk.services.ssooidc.model.InvalidClientException;
import software.amazon.awssdk.services.ssooidc.model.RegisterClientResponse;
import software.amazon.awssdk.services.ssooidc.model.SlowDownException;
import software.amazon.awssdk.services.ssooidc.model.StartDeviceAuthorizationResponse;

/** The whole sign-in with the real AWS SDK clients and a browser-like HTTP client, over the running sandbox. */
class SsoSignInSandboxTest {
    private static final String DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code";
    private static final HttpClient BROWSER = HttpClient.newHttpClient();

    private final SignInWorld fixture = new SignInWorld();
    private Sandbox sandbox;
    private SsoOidcClient oidc;
    private SsoClient sso;

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(fixture.world));
        oidc = SsoOidcClient.builder().endpointOverride(sandbox.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClient(UrlConnectionHttpClient.create()).overrideConfiguration(Clients.noRetries()).build();
        sso = SsoClient.builder().endpointOverride(sandbox.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClient(UrlConnectionHttpClient.create()).overrideConfiguration(Clients.noRetries()).build();
    }

    @AfterEach
    void stop() {
        oidc.close();
        sso.close();
        sandbox.close();
    }

    private RegisterClientResponse register() {
        return oidc.registerClient(r -> r.clientName("icm").clientType("public").scopes("sso:account:access"));
    }

    private StartDeviceAuthorizationResponse start(RegisterClientResponse client) {
        return oidc.startDeviceAuthorization(r -> r.clientId(client.clientId()).clientSecret(client.clientSecret())
                .startUrl(SignInWorld.START_URL));
    }

    private CreateTokenResponse poll(RegisterClientResponse client, StartDeviceAuthorizationResponse started) {
        return oidc.createToken(r -> r.clientId(client.clientId()).clientSecret(client.clientSecret())
                .grantType(DEVICE_GRANT).deviceCode(started.deviceCode()));
    }

    private static HttpResponse<String> browse(String url) throws IOException, InterruptedException {
        return BROWSER.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> press(String button, String userCode, String userName)
            throws IOException, InterruptedException {
        String form = "user_code=" + URLEncoder.encode(userCode, StandardCharsets.UTF_8)
                + "&user_name=" + URLEncoder.encode(userName, StandardCharsets.UTF_8);
        return BROWSER.send(HttpRequest.newBuilder(sandbox.endpoint().resolve("/device/" + button))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void signsInApprovesOnThePageAndUsesTheRoleCredentials() throws Exception {
        RegisterClientResponse client = register();
        StartDeviceAuthorizationResponse started = start(client);
        assertThat(started.verificationUriComplete())
                .isEqualTo(sandbox.endpoint() + "/device?user_code=" + started.userCode());
        assertThat(started.interval()).isEqualTo(1);

        assertThatThrownBy(() -> poll(client, started)).isInstanceOfSatisfying(AuthorizationPendingException.class,
                e -> {
                    assertThat(e.error()).isEqualTo("authorization_pending");
                    assertThat(e.errorDescription()).isEqualTo("Authorization is still pending");
                    assertThat(e.statusCode()).isEqualTo(400);
                });
        assertThatThrownBy(() -> poll(client, started)).isInstanceOfSatisfying(SlowDownException.class,
                e -> assertThat(e.error()).isEqualTo("slow_down"));

        HttpResponse<String> page = browse(started.verificationUriComplete());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Sign in to Acme (d-1234567890)").contains(started.userCode());
        HttpResponse<String> refused = press("approve", started.userCode(), "mallory");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("There is no user named &#39;mallory&#39; in Acme (d-1234567890).");
        HttpResponse<String> approved = press("approve", started.userCode(), "alice");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(approved.body()).contains("alice is signed in to Acme (d-1234567890)");

        fixture.advance(1_000);
        CreateTokenResponse token = poll(client, started);
        assertThat(token.tokenType()).isEqualTo("Bearer");
        String accessToken = token.accessToken();

        List<AccountInfo> accounts = sso.listAccountsPaginator(r -> r.accessToken(accessToken).maxResults(1))
                .accountList().stream().toList();
        assertThat(accounts).extracting(AccountInfo::accountId, AccountInfo::accountName, AccountInfo::emailAddress)
                .containsExactly(
                        tuple(SignInWorld.PRODUCTION, "Production", "aws-prod@acme.example"),
                        tuple(SignInWorld.STAGING, "Staging", "aws-staging@acme.example"));
        assertThat(sso.listAccountRoles(r -> r.accessToken(accessToken).accountId(SignInWorld.STAGING)).roleList())
                .extracting(RoleInfo::roleName).containsExactly("AdministratorAccess", "Developer");

        RoleCredentials credentials = sso.getRoleCredentials(r -> r.accessToken(accessToken)
                .accountId(SignInWorld.STAGING).roleName("AdministratorAccess")).roleCredentials();
        var provider = StaticCredentialsProvider.create(AwsSessionCredentials.create(credentials.accessKeyId(),
                credentials.secretAccessKey(), credentials.sessionToken()));
        assertThat(Clients.sts(sandbox, provider).getCallerIdentity().arn())
                .isEqualTo("arn:aws:sts::333333333333:assumed-role/" + SignInWorld.STAGING_ADMIN_ROLE + "/alice");

        sso.logout(r -> r.accessToken(accessToken));
        assertThatThrownBy(() -> sso.listAccounts(r -> r.accessToken(accessToken)))
                .isInstanceOf(UnauthorizedException.class);
        assertThat(sandbox.calls().count("sso-oidc", "CreateToken")).isEqualTo(3);
        assertThat(sandbox.calls().count("sso-device-approval", "ApproveDevice")).isEqualTo(2);
        assertThat(sandbox.stats().internalFailures()).isEmpty();
    }

    @Test
    void theSdkMapsThePortalErrors() throws Exception {
        RegisterClientResponse client = register();
        StartDeviceAuthorizationResponse started = start(client);
        assertThat(press("approve", started.userCode(), "alice").statusCode()).isEqualTo(200);
        String accessToken = poll(client, started).accessToken();

        assertThatThrownBy(() -> sso.listAccounts(r -> r.accessToken("aoa-not-issued")))
                .isInstanceOfSatisfying(UnauthorizedException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(401);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Session token not found or invalid");
                });
        assertThatThrownBy(() -> sso.getRoleCredentials(r -> r.accessToken(accessToken)
                .accountId(SignInWorld.MANAGEMENT).roleName("AdministratorAccess")))
                .isExactlyInstanceOf(SsoException.class)
                .satisfies(e -> {
                    var error = (SsoException) e;
                    assertThat(error.statusCode()).isEqualTo(403);
                    assertThat(error.awsErrorDetails().errorCode()).isEqualTo("ForbiddenException");
                    assertThat(error.awsErrorDetails().errorMessage()).isEqualTo("No access");
                });
        assertThatThrownBy(() -> sso.listAccountRoles(r -> r.accessToken(accessToken)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.awsErrorDetails().errorMessage())
                                .isEqualTo("The query parameter account_id is required"));
        fixture.advance(SsoSettings.defaults().tokenLifetime().toMillis());
        assertThatThrownBy(() -> sso.listAccounts(r -> r.accessToken(accessToken)))
                .isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void theSdkMapsDenialExpiryAndABadSecret() throws Exception {
        RegisterClientResponse client = register();
        StartDeviceAuthorizationResponse denied = start(client);
        assertThat(press("deny", denied.userCode(), "").statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> poll(client, denied)).isInstanceOfSatisfying(AccessDeniedException.class,
                e -> assertThat(e.error()).isEqualTo("access_denied"));

        StartDeviceAuthorizationResponse expired = start(client);
        fixture.advance(600_000);
        assertThatThrownBy(() -> poll(client, expired)).isInstanceOfSatisfying(ExpiredTokenException.class,
                e -> assertThat(e.error()).isEqualTo("expired_token"));

        assertThatThrownBy(() -> oidc.startDeviceAuthorization(r -> r.clientId(client.clientId())
                .clientSecret("not-the-secret").startUrl(SignInWorld.START_URL)))
                .isInstanceOfSatisfying(InvalidClientException.class, e -> assertThat(e.statusCode()).isEqualTo(401));
        // The URLConnection HTTP client cannot read the body of a 401 to a request with a body
        // (HttpURLConnection's streaming mode), so the SDK's exception has no description; the
        // class comes from the header. The body is there for clients that can read it:
        HttpResponse<String> raw = BROWSER.send(HttpRequest.newBuilder(sandbox.endpoint().resolve("/device_authorization"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"clientId\":\"" + client.clientId()
                        + "\",\"clientSecret\":\"nope\",\"startUrl\":\"" + SignInWorld.START_URL + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(raw.statusCode()).isEqualTo(401);
        assertThat(raw.headers().firstValue("x-amzn-ErrorType")).hasValue(
                "InvalidClientException:http://internal.amazon.com/coral/com.amazonaws.sso.oidc/");
        assertThat(raw.body()).isEqualTo(
                "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client id or client secret\"}");
    }
}
