package co.pump.icm.sandbox.portal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import co.pump.icm.model.Group;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.User;
import co.pump.icm.sandbox.RestRequest;
import co.pump.icm.sandbox.RestResponse;
import co.pump.icm.sandbox.state.AssignmentRecord;
import co.pump.icm.sandbox.state.MembershipRecord;
import co.pump.icm.sandbox.state.SandboxAccount;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxOrganization;
import co.pump.icm.sandbox.state.SandboxWorld;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A hand-built world for the sign-in tests, with a clock the test moves.
 *
 * <p>Organization {@code o-acme00001} with four accounts; instance "Acme" (store
 * {@code d-1234567890}) with users alice, bob and carol (disabled), groups Developers (alice, bob)
 * and Admins (bob), permission sets AdministratorAccess (PT8H), ReadOnly and Developer, and:
 * <ul>
 *   <li>Developers → Staging / Developer, Developers → Production / ReadOnly</li>
 *   <li>alice → Production / ReadOnly (also through Developers), alice → Staging / AdministratorAccess</li>
 *   <li>Admins → Management / AdministratorAccess, bob → Sandbox / ReadOnly</li>
 * </ul>
 * So alice sees Production {ReadOnly} and Staging {AdministratorAccess, Developer}. Staging holds a
 * provisioned role for AdministratorAccess.
 */
final class SignInWorld {
    static final String MANAGEMENT = "111111111111";
    static final String PRODUCTION = "222222222222";
    static final String STAGING = "333333333333";
    static final String SANDBOX = "444444444444";
    static final String STORE_ID = "d-1234567890";
    static final String START_URL = "https://d-1234567890.awsapps.com/start";
    static final String INSTANCE_ARN = "arn:aws:sso:::instance/ssoins-1234567890abcdef";
    static final String PS_ADMIN = "arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-aaaaaaaaaaaaaaaa";
    static final String PS_READ = "arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-bbbbbbbbbbbbbbbb";
    static final String PS_DEV = "arn:aws:sso:::permissionSet/ssoins-1234567890abcdef/ps-cccccccccccccccc";
    static final String ALICE = "1234567890-a11ce000-0000-4000-8000-000000000001";
    static final String BOB = "1234567890-b0b00000-0000-4000-8000-000000000002";
    static final String CAROL = "1234567890-ca201000-0000-4000-8000-000000000003";
    static final String DEVELOPERS = "1234567890-0de50000-0000-4000-8000-000000000010";
    static final String ADMINS = "1234567890-0ad50000-0000-4000-8000-000000000011";
    static final String STAGING_ADMIN_ROLE = "AWSReservedSSO_AdministratorAccess_0123456789abcdef";
    static final String HOST = "127.0.0.1:4566";

    private static final ObjectMapper JSON = new ObjectMapper();

    final AtomicLong clock = new AtomicLong(1_800_000_000_000L);
    final SandboxWorld world = new SandboxWorld(7, clock::get);
    final SandboxInstance instance = new SandboxInstance(INSTANCE_ARN, STORE_ID, MANAGEMENT, "us-east-1");

    SignInWorld() {
        var org = new SandboxOrganization("o-acme00001", MANAGEMENT);
        world.organizations.put(org.id, org);
        account(MANAGEMENT, "Management", "aws-root@acme.example");
        account(PRODUCTION, "Production", "aws-prod@acme.example");
        account(STAGING, "Staging", "aws-staging@acme.example");
        account(SANDBOX, "Sandbox", "aws-sandbox@acme.example");
        org.accountIds.addAll(List.of(PRODUCTION, STAGING, SANDBOX));

        instance.name = "Acme";
        world.instances.put(INSTANCE_ARN, instance);
        user(ALICE, "alice", "ENABLED");
        user(BOB, "bob", null);
        user(CAROL, "carol", "DISABLED");
        group(DEVELOPERS, "Developers");
        group(ADMINS, "Admins");
        member("m-1", DEVELOPERS, ALICE);
        member("m-2", DEVELOPERS, BOB);
        member("m-3", ADMINS, BOB);
        permissionSet(PS_ADMIN, "AdministratorAccess", "PT8H");
        permissionSet(PS_READ, "ReadOnly", null);
        permissionSet(PS_DEV, "Developer", "PT2H");
        assign(STAGING, PS_DEV, "GROUP", DEVELOPERS);
        assign(PRODUCTION, PS_READ, "GROUP", DEVELOPERS);
        assign(PRODUCTION, PS_READ, "USER", ALICE);
        assign(STAGING, PS_ADMIN, "USER", ALICE);
        assign(MANAGEMENT, PS_ADMIN, "GROUP", ADMINS);
        assign(SANDBOX, PS_READ, "USER", BOB);
        world.accounts.get(STAGING).provisionedRoles.put(STAGING_ADMIN_ROLE, PS_ADMIN);
    }

    void advance(long millis) {
        clock.addAndGet(millis);
    }

    void account(String id, String name, String email) {
        var account = new SandboxAccount(id, name, email);
        account.organizationId = "o-acme00001";
        world.accounts.put(id, account);
    }

    void user(String id, String userName, String status) {
        instance.users.put(id, new User(userName, userName, null, null, null, List.of(), List.of(), List.of(),
                null, null, null, null, null, status, List.of(), null, null, List.of(), Origin.of(id)));
    }

    void group(String id, String name) {
        instance.groups.put(id, new Group(name, null, List.of(), Origin.of(id)));
    }

    void member(String membershipId, String groupId, String userId) {
        instance.memberships.put(membershipId, new MembershipRecord(membershipId, groupId, userId));
    }

    void permissionSet(String arn, String name, String sessionDuration) {
        instance.permissionSets.put(arn, new PermissionSet(name, null, sessionDuration, null, List.of(), null,
                List.of(), List.of(), null, Origin.of(arn)));
    }

    void assign(String accountId, String permissionSetArn, String principalType, String principalId) {
        instance.assignments.add(new AssignmentRecord(accountId, permissionSetArn, principalType, principalId));
    }

    // ---- requests ----

    static RestRequest post(String path, String json) {
        return new RestRequest("POST", path, Map.of(), Map.of("host", List.of(HOST)),
                json.getBytes(StandardCharsets.UTF_8));
    }

    static RestRequest form(String path, String body) {
        return new RestRequest("POST", path, Map.of(),
                Map.of("host", List.of(HOST), "content-type", List.of("application/x-www-form-urlencoded")),
                body.getBytes(StandardCharsets.UTF_8));
    }

    static RestRequest get(String path, Map<String, String> query, String bearerToken) {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("host", List.of(HOST));
        if (bearerToken != null) {
            headers.put(PortalService.BEARER_TOKEN, List.of(bearerToken));
        }
        return new RestRequest("GET", path, query, headers, new byte[0]);
    }

    static JsonNode json(RestResponse response) {
        try {
            return JSON.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("Not JSON: " + text(response), e);
        }
    }

    static String text(RestResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    static String quote(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
