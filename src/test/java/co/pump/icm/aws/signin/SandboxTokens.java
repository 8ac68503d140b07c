package co.pump.icm.aws.signin;

import java.time.Duration;

import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;

/**
 * An IAM Identity Center access token from the sandbox, obtained as the AWS CLI's
 * {@code aws sso login} would (with the SDK's own sso-oidc client), for writing a token cache file.
 */
final class SandboxTokens {

    private SandboxTokens() {
    }

    static String issue(SignInSandbox sandbox, String startUrl, String userName) {
        try (SsoOidcClient oidc = SsoOidcClient.builder().endpointOverride(sandbox.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClient(UrlConnectionHttpClient.create()).build()) {
            var client = oidc.registerClient(r -> r.clientName("aws-cli").clientType("public"));
            var device = oidc.startDeviceAuthorization(r -> r.clientId(client.clientId())
                    .clientSecret(client.clientSecret()).startUrl(startUrl));
            sandbox.approve(device.userCode(), userName);
            sandbox.advance(Duration.ofSeconds(1));
            return oidc.createToken(r -> r.clientId(client.clientId()).clientSecret(client.clientSecret())
                    .grantType("urn:ietf:params:oauth:grant-type:device_code").deviceCode(device.deviceCode()))
                    .accessToken();
        }
    }
}
