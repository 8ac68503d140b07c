package co.pump.icm.sandbox.portal;

import static co.pump.icm.sandbox.portal.SignInWorld.json;
import static co.pump.icm.sandbox.portal.SignInWorld.post;
import static co.pump.icm.sandbox.portal.SignInWorld.quote;
import static org.assertj.core.api.Assertions.assertThat;

import co.pump.icm.sandbox.RestResponse;
import com.fasterxml.jackson.databind.JsonNode;

/** Drives the device authorization flow against an {@link OidcService} directly, for tests. */
final class DeviceFlow {
    final OidcService oidc;
    final String clientId;
    final String clientSecret;

    DeviceFlow(OidcService oidc) {
        this.oidc = oidc;
        JsonNode client = json(ok(oidc.handle(post("/client/register",
                "{\"clientName\":\"icm-test\",\"clientType\":\"public\",\"scopes\":[\"sso:account:access\"]}"))));
        this.clientId = client.get("clientId").asText();
        this.clientSecret = client.get("clientSecret").asText();
    }

    /** StartDeviceAuthorization for a start URL; the response body. */
    JsonNode start(String startUrl) {
        return json(ok(startResponse(startUrl)));
    }

    RestResponse startResponse(String startUrl) {
        return oidc.handle(post("/device_authorization", "{\"clientId\":" + quote(clientId) + ",\"clientSecret\":"
                + quote(clientSecret) + ",\"startUrl\":" + quote(startUrl) + "}"));
    }

    /** One CreateToken poll with the device code grant. */
    RestResponse poll(String deviceCode) {
        return oidc.handle(post("/token", "{\"clientId\":" + quote(clientId) + ",\"clientSecret\":"
                + quote(clientSecret) + ",\"grantType\":\"urn:ietf:params:oauth:grant-type:device_code\","
                + "\"deviceCode\":" + quote(deviceCode) + "}"));
    }

    RestResponse refresh(String refreshToken) {
        return oidc.handle(post("/token", "{\"clientId\":" + quote(clientId) + ",\"clientSecret\":"
                + quote(clientSecret) + ",\"grantType\":\"refresh_token\",\"refreshToken\":" + quote(refreshToken) + "}"));
    }

    /** Signs the user in (start, approve, first poll) and returns the CreateToken body. */
    JsonNode signIn(String userName) {
        JsonNode started = start(SignInWorld.START_URL);
        oidc.approve(started.get("userCode").asText(), userName);
        return json(ok(poll(started.get("deviceCode").asText())));
    }

    static RestResponse ok(RestResponse response) {
        assertThat(response.status()).as(SignInWorld.text(response)).isEqualTo(200);
        return response;
    }
}
