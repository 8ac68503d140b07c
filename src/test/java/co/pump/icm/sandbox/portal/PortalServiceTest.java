package co.pump.icm.sandbox.portal;

import static co.pump.icm.sandbox.portal.SignInWorld.get;
import static co.pump.icm.sandbox.portal.SignInWorld.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.RestRequest;
import co.pump.icm.sandbox.RestResponse;
import co.pump.icm.sandbox.state.AssignmentRecord;
import co.pump.icm.sandbox.state.SandboxCredential;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class PortalServiceTest {
    private final SignInWorld fixture = new SignInWorld();
    private final SsoSignIn signIn = new SsoSignIn(fixture.world);
    private final PortalService portal = signIn.portal();
    private final DeviceFlow flow = new DeviceFlow(signIn.oidc());

    private String tokenOf(String userName) {
        return flow.signIn(userName).get("accessToken").asText();
    }

    private RestResponse call(String path, String token, String... query) {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < query.length; i += 2) {
            parameters.put(query[i], query[i + 1]);
        }
        return portal.handle(get(path, parameters, token));
    }

    private static void assertPortalError(RestResponse response, int status, String code, String message) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.headers()).containsEntry("x-amzn-ErrorType", code);
        assertThat(json(response).get("message").asText()).isEqualTo(message);
    }

    /** accountId:accountName:emailAddress of every account on one page. */
    private static List<String> accounts(JsonNode page) {
        var out = new ArrayList<String>();
        page.get("accountList").forEach(a -> out.add(a.get("accountId").asText() + ":"
                + a.get("accountName").asText() + ":" + a.get("emailAddress").asText()));
        return out;
    }

    /** accountId/roleName of every role on one page. */
    private static List<String> roles(JsonNode page) {
        var out = new ArrayList<String>();
        page.get("roleList").forEach(r -> out.add(r.get("accountId").asText() + "/" + r.get("roleName").asText()));
        return out;
    }

    @Test
    void routesItsFourOperations() {
        assertThat(portal.serviceName()).isEqualTo("sso-portal");
        assertThat(portal.handles("GET", "/assignment/accounts")).isTrue();
        assertThat(portal.handles("GET", "/assignment/roles")).isTrue();
        assertThat(portal.handles("GET", "/federation/credentials")).isTrue();
        assertThat(portal.handles("POST", "/logout")).isTrue();
        assertThat(portal.handles("POST", "/assignment/accounts")).isFalse();
        assertThat(portal.operationName(get("/assignment/accounts", Map.of(), null))).isEqualTo("ListAccounts");
        assertThat(portal.operationName(get("/assignment/roles", Map.of(), null))).isEqualTo("ListAccountRoles");
        assertThat(portal.operationName(get("/federation/credentials", Map.of(), null)))
                .isEqualTo("GetRoleCredentials");
        assertThat(portal.operationName(new RestRequest("POST", "/logout", Map.of(), Map.of(), new byte[0])))
                .isEqualTo("Logout");
    }

    @Test
    void listsTheAccountsAssignedDirectlyAndThroughGroups() {
        JsonNode page = json(DeviceFlow.ok(call("/assignment/accounts", tokenOf("alice"))));
        assertThat(accounts(page)).containsExactly(
                "222222222222:Production:aws-prod@acme.example",
                "333333333333:Staging:aws-staging@acme.example");
        assertThat(page.has("nextToken")).isFalse();
    }

    @Test
    void listsTheRolesOfOneAccountOnceEach() {
        String token = tokenOf("alice");
        assertThat(roles(json(call("/assignment/roles", token, "account_id", SignInWorld.STAGING))))
                .containsExactly("333333333333/AdministratorAccess", "333333333333/Developer");
        assertThat(roles(json(call("/assignment/roles", token, "account_id", SignInWorld.PRODUCTION))))
                .containsExactly("222222222222/ReadOnly");
        assertThat(roles(json(call("/assignment/roles", token, "account_id", SignInWorld.MANAGEMENT)))).isEmpty();
    }

    @Test
    void pagesAccountsWithMaxResult() {
        String token = tokenOf("bob");
        JsonNode first = json(call("/assignment/accounts", token, "max_result", "3"));
        assertThat(accounts(first)).extracting(a -> a.substring(0, 12))
                .containsExactly(SignInWorld.MANAGEMENT, SignInWorld.PRODUCTION, SignInWorld.SANDBOX);
        JsonNode second = json(call("/assignment/accounts", token, "max_result", "3",
                "next_token", first.get("nextToken").asText()));
        assertThat(accounts(second)).extracting(a -> a.substring(0, 12)).containsExactly(SignInWorld.STAGING);
        assertThat(second.has("nextToken")).isFalse();
    }

    @Test
    void pagesWithTheConfiguredDefaultPageSize() {
        var small = new SsoSignIn(fixture.world, SsoSettings.defaults().withDefaultPageSize(1));
        String token = new DeviceFlow(small.oidc()).signIn("alice").get("accessToken").asText();
        var seen = new ArrayList<String>();
        String next = null;
        int pages = 0;
        do {
            Map<String, String> query = next == null ? Map.of() : Map.of("next_token", next);
            JsonNode page = json(small.portal().handle(get("/assignment/roles",
                    withAccount(query, SignInWorld.STAGING), token)));
            seen.addAll(roles(page));
            next = page.path("nextToken").asText(null);
            pages++;
        } while (next != null);
        assertThat(pages).isEqualTo(2);
        assertThat(seen).containsExactly("333333333333/AdministratorAccess", "333333333333/Developer");
    }

    private static Map<String, String> withAccount(Map<String, String> query, String accountId) {
        var all = new HashMap<>(query);
        all.put("account_id", accountId);
        return all;
    }

    @Test
    void refusesAMaxResultOutsideOneToOneHundred() {
        String token = tokenOf("alice");
        for (String bad : new String[] {"0", "101", "ten"}) {
            assertPortalError(call("/assignment/accounts", token, "max_result", bad), 400, "InvalidRequestException",
                    "max_result must be a whole number from 1 to 100, not '" + bad + "'");
        }
        assertThat(call("/assignment/accounts", token, "max_result", "100").status()).isEqualTo(200);
    }

    @Test
    void refusesANextTokenItDidNotIssue() {
        assertPortalError(call("/assignment/accounts", tokenOf("alice"), "next_token", "bm90LWEtdG9rZW4"), 400,
                "InvalidRequestException", "The next token is not valid for this list");
    }

    @Test
    void requiresTheAccountIdForRoles() {
        assertPortalError(call("/assignment/roles", tokenOf("alice")), 400, "InvalidRequestException",
                "The query parameter account_id is required");
    }

    @Test
    void seesAssignmentsThatFinishedCreating() {
        fixture.world.addSettler(now -> {
            var late = new AssignmentRecord(SignInWorld.SANDBOX, SignInWorld.PS_DEV, "USER", SignInWorld.ALICE);
            if (!fixture.instance.assignments.contains(late)) {
                fixture.instance.assignments.add(late);
            }
        });
        assertThat(roles(json(call("/assignment/roles", tokenOf("alice"), "account_id", SignInWorld.SANDBOX))))
                .containsExactly("444444444444/Developer");
    }

    @Test
    void issuesRoleCredentialsTheOtherServicesAccept() {
        long now = fixture.clock.get();
        JsonNode body = json(DeviceFlow.ok(call("/federation/credentials", tokenOf("alice"),
                "account_id", SignInWorld.STAGING, "role_name", "AdministratorAccess")));
        JsonNode credentials = body.get("roleCredentials");
        String keyId = credentials.get("accessKeyId").asText();
        assertThat(keyId).matches("ASIA[A-Z2-7]{16}");
        assertThat(credentials.get("expiration").asLong()).isEqualTo(now + Duration.ofHours(8).toMillis());

        SandboxCredential registered = fixture.world.credentials.get(keyId);
        assertThat(registered).isNotNull();
        assertThat(registered.secretAccessKey()).isEqualTo(credentials.get("secretAccessKey").asText());
        assertThat(registered.sessionToken()).isEqualTo(credentials.get("sessionToken").asText()).isNotBlank();
        assertThat(registered.accountId()).isEqualTo(SignInWorld.STAGING);
        assertThat(registered.arn())
                .isEqualTo("arn:aws:sts::333333333333:assumed-role/" + SignInWorld.STAGING_ADMIN_ROLE + "/alice");
    }

    @Test
    void namesTheRoleAsAwsWouldWhenNoProvisionedRoleIsRecorded() {
        String token = tokenOf("alice");
        List<String> arns = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String keyId = json(call("/federation/credentials", token, "account_id", SignInWorld.PRODUCTION,
                    "role_name", "ReadOnly")).get("roleCredentials").get("accessKeyId").asText();
            arns.add(fixture.world.credentials.get(keyId).arn());
        }
        assertThat(arns.get(0))
                .matches("arn:aws:sts::222222222222:assumed-role/AWSReservedSSO_ReadOnly_[0-9a-f]{16}/alice");
        assertThat(arns.get(1)).isEqualTo(arns.get(0));
    }

    @Test
    void usesAnHourWhenThePermissionSetHasNoSessionDuration() {
        long now = fixture.clock.get();
        JsonNode credentials = json(call("/federation/credentials", tokenOf("alice"),
                "account_id", SignInWorld.PRODUCTION, "role_name", "ReadOnly")).get("roleCredentials");
        assertThat(credentials.get("expiration").asLong()).isEqualTo(now + Duration.ofHours(1).toMillis());
    }

    @Test
    void refusesARoleThatIsNotAssignedWithForbidden() {
        String token = tokenOf("alice");
        int before = fixture.world.credentials.size();
        assertPortalError(call("/federation/credentials", token, "account_id", SignInWorld.MANAGEMENT,
                "role_name", "AdministratorAccess"), 403, "ForbiddenException", "No access");
        assertPortalError(call("/federation/credentials", token, "account_id", SignInWorld.STAGING,
                "role_name", "ReadOnly"), 403, "ForbiddenException", "No access");
        assertThat(fixture.world.credentials).hasSize(before);
    }

    @Test
    void requiresRoleNameAndAccountIdForCredentials() {
        String token = tokenOf("alice");
        assertPortalError(call("/federation/credentials", token, "account_id", SignInWorld.STAGING), 400,
                "InvalidRequestException", "The query parameter role_name is required");
        assertPortalError(call("/federation/credentials", token, "role_name", "Developer"), 400,
                "InvalidRequestException", "The query parameter account_id is required");
    }

    @Test
    void refusesAMissingOrUnknownToken() {
        assertPortalError(call("/assignment/accounts", null), 401, "UnauthorizedException",
                "Session token not found or invalid");
        assertPortalError(call("/assignment/accounts", "aoa-not-issued"), 401, "UnauthorizedException",
                "Session token not found or invalid");
    }

    @Test
    void refusesAnExpiredToken() {
        String token = tokenOf("alice");
        fixture.advance(Duration.ofHours(8).toMillis() - 1);
        assertThat(call("/assignment/accounts", token).status()).isEqualTo(200);
        fixture.advance(1);
        assertPortalError(call("/federation/credentials", token, "account_id", SignInWorld.STAGING,
                "role_name", "Developer"), 401, "UnauthorizedException", "Session token not found or invalid");
    }

    @Test
    void refusesTheTokenOfAUserWhoWasDeleted() {
        String token = tokenOf("alice");
        fixture.instance.users.remove(SignInWorld.ALICE);
        assertPortalError(call("/assignment/accounts", token), 401, "UnauthorizedException",
                "Session token not found or invalid");
    }

    @Test
    void logsOut() {
        JsonNode tokens = flow.signIn("alice");
        String token = tokens.get("accessToken").asText();
        RestResponse out = portal.handle(new RestRequest("POST", "/logout", Map.of(),
                Map.of(PortalService.BEARER_TOKEN, List.of(token)), new byte[0]));
        assertThat(out.status()).isEqualTo(200);
        assertPortalError(call("/assignment/accounts", token), 401, "UnauthorizedException",
                "Session token not found or invalid");
        assertThat(json(flow.refresh(tokens.get("refreshToken").asText())).get("error").asText())
                .isEqualTo("invalid_grant");
    }

    @Test
    void encodesThrottlingAsTooManyRequestsAndKeepsFaults() {
        assertPortalError(portal.error(AwsError.throttling("Rate exceeded")), 429, "TooManyRequestsException",
                "Rate exceeded");
        assertPortalError(portal.error(AwsError.internal("Injected fault")), 500, "InternalServerException",
                "Injected fault");
    }
}
