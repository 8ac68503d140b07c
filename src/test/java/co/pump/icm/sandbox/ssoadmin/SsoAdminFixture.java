package co.pump.icm.sandbox.ssoadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.model.Group;
import co.pump.icm.model.Origin;
import co.pump.icm.model.User;
import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.state.SandboxAccount;
import co.pump.icm.sandbox.state.SandboxCredential;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxOrganization;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * A hand-built world for the sso-admin tests: organization A (management account, a delegated
 * administrator, two members) owning an instance with two users and a group; organization B with
 * its own instance; an account in no organization. Customer managed policies exist in member 1
 * only. The clock only moves when a test moves it.
 */
final class SsoAdminFixture {

    static final String MANAGEMENT = "111111111111";
    static final String DELEGATED = "222222222222";
    static final String MEMBER_1 = "333333333333";
    static final String MEMBER_2 = "444444444444";
    static final String OTHER_ORG = "555555555555";
    static final String NO_ORG = "666666666666";
    static final long START = 1_700_000_000_000L;
    static final Duration DELAY = Duration.ofSeconds(5);

    private static final ObjectMapper JSON = new ObjectMapper();

    final AtomicLong clock = new AtomicLong(START);
    final SandboxWorld world = new SandboxWorld(7, clock::get);
    final SandboxInstance instance;
    final SandboxInstance otherInstance;
    final String alice;
    final String bob;
    final String admins;
    final Caller management = caller(MANAGEMENT, "arn:aws:iam::111111111111:user/admin");
    final Caller delegated = caller(DELEGATED, "arn:aws:sts::222222222222:assumed-role/Migrator/session");
    final Caller member = caller(MEMBER_1, "arn:aws:iam::333333333333:user/dev");
    final Caller otherOrg = caller(OTHER_ORG, "arn:aws:iam::555555555555:user/other");
    final SsoAdminService service;

    SsoAdminFixture() {
        this(DELAY);
    }

    SsoAdminFixture(Duration delay) {
        SandboxOrganization orgA = organization(MANAGEMENT, DELEGATED, MEMBER_1, MEMBER_2);
        orgA.ssoDelegatedAdministrators.add(DELEGATED);
        organization(OTHER_ORG);
        world.accounts.put(NO_ORG, new SandboxAccount(NO_ORG, "Loose", "loose@example.com"));
        world.accounts.get(MEMBER_1).customerManagedPolicies.add("/ReadAudit");
        world.accounts.get(MEMBER_1).customerManagedPolicies.add("/boundaries/TeamBoundary");

        instance = instance(MANAGEMENT);
        instance.name = "main";
        otherInstance = instance(OTHER_ORG);
        alice = user(instance, "alice");
        bob = user(instance, "bob");
        admins = world.ids().resourceId(instance.identityStoreId);
        instance.groups.put(admins, new Group("Admins", "Administrators", List.of(), Origin.of(admins)));
        service = new SsoAdminService(world, delay);
    }

    /** Calls the service with members given as name, value pairs. */
    JsonNode call(String operation, Caller caller, Object... members) {
        return service.call(operation, caller, input(members));
    }

    /** The AwsError a call fails with. */
    AwsError error(String operation, Caller caller, Object... members) {
        Throwable thrown = catchThrowable(() -> call(operation, caller, members));
        assertThat(thrown).as(operation + " should fail").isInstanceOf(AwsError.class);
        return (AwsError) thrown;
    }

    static ObjectNode input(Object... members) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < members.length; i += 2) {
            map.put((String) members[i], members[i + 1]);
        }
        return JSON.valueToTree(map);
    }

    /** An access key of the caller's account and identity, for SDK clients over HTTP. */
    SandboxCredential credential(Caller caller) {
        synchronized (world) {
            SandboxCredential credential = new SandboxCredential(world.ids().accessKeyId(), world.ids().secret(), null,
                    caller.accountId(), caller.arn());
            world.credentials.put(credential.accessKeyId(), credential);
            return credential;
        }
    }

    void advance(Duration duration) {
        clock.addAndGet(duration.toMillis());
    }

    /** Creates a permission set as the management account and returns its ARN. */
    String createPermissionSet(String name, Object... extra) {
        List<Object> members = new ArrayList<>(List.of("InstanceArn", instance.arn, "Name", name));
        members.addAll(List.of(extra));
        return call("CreatePermissionSet", management, members.toArray())
                .path("PermissionSet").path("PermissionSetArn").asText();
    }

    /** Starts an assignment creation for a user and returns its status. */
    JsonNode assign(Caller caller, String account, String permissionSetArn, String userId) {
        return call("CreateAccountAssignment", caller, "InstanceArn", instance.arn, "TargetId", account,
                "TargetType", "AWS_ACCOUNT", "PermissionSetArn", permissionSetArn, "PrincipalType", "USER",
                "PrincipalId", userId).path("AccountAssignmentCreationStatus");
    }

    JsonNode creationStatus(String requestId) {
        return call("DescribeAccountAssignmentCreationStatus", management, "InstanceArn", instance.arn,
                "AccountAssignmentCreationRequestId", requestId).path("AccountAssignmentCreationStatus");
    }

    /** Assigns and lets the request complete; returns the final status. */
    JsonNode assignAndSettle(String account, String permissionSetArn, String userId) {
        String requestId = assign(management, account, permissionSetArn, userId).path("RequestId").asText();
        advance(DELAY);
        return creationStatus(requestId);
    }

    private SandboxOrganization organization(String management, String... members) {
        SandboxOrganization org = new SandboxOrganization(world.ids().organizationId(), management);
        world.organizations.put(org.id, org);
        account(org, management);
        for (String id : members) {
            if (!id.equals(management)) {
                account(org, id);
            }
        }
        return org;
    }

    private void account(SandboxOrganization org, String id) {
        SandboxAccount account = new SandboxAccount(id, "Account " + id, id + "@example.com");
        account.organizationId = org.id;
        org.accountIds.add(id);
        world.accounts.put(id, account);
    }

    private SandboxInstance instance(String owner) {
        SandboxInstance created = new SandboxInstance(world.ids().instanceArn(), world.ids().identityStoreId(), owner,
                "eu-west-1");
        created.createdDate = START / 1000.0;
        world.instances.put(created.arn, created);
        return created;
    }

    private String user(SandboxInstance in, String userName) {
        String id = world.ids().resourceId(in.identityStoreId);
        in.users.put(id, new User(userName, userName, null, null, null, List.of(), List.of(), List.of(), null, null,
                null, null, null, "ENABLED", List.of(), null, null, List.of(), Origin.of(id)));
        return id;
    }

    private static Caller caller(String account, String arn) {
        return new Caller(account, arn, "AKIA" + account);
    }
}
