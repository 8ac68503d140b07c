package co.pump.icm.sandbox.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.AwsTarget;
import co.pump.icm.sandbox.Clients;
import co.pump.icm.sandbox.Sandbox;
import co.pump.icm.sandbox.SandboxOptions;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.sandbox.data.SandboxSeeder;
import co.pump.icm.sandbox.data.SeededWorld;
import co.pump.icm.sandbox.state.AssignmentRecord;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxWorld;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.AccountJoinedMethod;
import software.amazon.awssdk.services.organizations.model.AccountNotFoundException;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssoadmin.model.StatusValues;
import software.amazon.awssdk.services.ssoadmin.model.ValidationException;

/**
 * Accounts joining the new organization while the sandbox runs: what Organizations and IAM
 * Identity Center show of both organizations before and after, through the AWS SDK.
 */
class AccountMovesTest {

    private static final long START = 1_767_000_000_000L;

    private final AtomicLong clock = new AtomicLong(START);
    private SandboxWorld world;
    private SeededWorld seeded;
    private Sandbox sandbox;
    private OrganizationsClient sourceOrg;
    private OrganizationsClient targetOrg;
    private AwsClients source;
    private AwsClients target;

    @BeforeEach
    void start() {
        world = new SandboxWorld(5, clock::get);
        seeded = SandboxSeeder.seed(world, DemoData.scenarioWithAccountsArriving());
        sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(world));
        sourceOrg = Clients.organizations(sandbox, seeded.source());
        targetOrg = Clients.organizations(sandbox, seeded.target());
        source = AwsClients.open(AwsTarget.withCredentials(Clients.credentials(seeded.source()), seeded.sourceRegion(),
                sandbox.endpoint()), 4);
        target = AwsClients.open(AwsTarget.withCredentials(Clients.credentials(seeded.target()), seeded.targetRegion(),
                sandbox.endpoint()), 4);
    }

    @AfterEach
    void stop() {
        source.close();
        target.close();
        sandbox.close();
        assertThat(sandbox.stats().internalFailures()).isEmpty();
    }

    @Test
    void accountsStillOutsideAreInTheOldOrganizationOnly() {
        assertThat(ids(targetOrg)).doesNotContain(DemoData.SECURITY, DemoData.SANDBOX);
        assertThat(ids(sourceOrg)).contains(DemoData.SECURITY, DemoData.SANDBOX);
        assertThatThrownBy(() -> targetOrg.describeAccount(r -> r.accountId(DemoData.SANDBOX)))
                .isInstanceOfSatisfying(AccountNotFoundException.class, e -> assertThat(e.awsErrorDetails()
                        .errorMessage()).isEqualTo("You specified an account that doesn't exist."));
        assertThatThrownBy(() -> createAssignmentInTarget(DemoData.SANDBOX))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("The account " + DemoData.SANDBOX + " is not a member of the organization that owns "
                                + "the instance " + seeded.targetInstanceArn() + "."));
    }

    @Test
    void scheduledAccountsJoinWhenTheirTimeComesAndLeaveTheOldOrganization() {
        var join = AccountMoves.schedule(world, List.of(DemoData.SECURITY, DemoData.SANDBOX),
                DemoData.TARGET_ORGANIZATION, START + 60_000);
        int sourceAssignmentsBefore = sourceAssignmentsIn(DemoData.SANDBOX);
        assertThat(sourceAssignmentsBefore).isPositive();

        clock.set(START + 59_999);
        assertThat(ids(targetOrg)).doesNotContain(DemoData.SECURITY, DemoData.SANDBOX);
        assertThat(join.done()).isFalse();

        clock.set(START + 61_500);
        Account arrived = targetOrg.describeAccount(r -> r.accountId(DemoData.SANDBOX)).account();
        assertThat(arrived.joinedMethod()).isEqualTo(AccountJoinedMethod.INVITED);
        assertThat(arrived.joinedTimestamp()).isEqualTo(Instant.ofEpochMilli(START + 61_500));
        assertThat(arrived.arn()).isEqualTo("arn:aws:organizations::" + DemoData.TARGET_MANAGEMENT + ":account/"
                + DemoData.TARGET_ORGANIZATION + "/" + DemoData.SANDBOX);
        assertThat(ids(targetOrg)).contains(DemoData.SECURITY, DemoData.SANDBOX);
        assertThat(ids(sourceOrg)).doesNotContain(DemoData.SECURITY, DemoData.SANDBOX);
        assertThat(join.done()).isTrue();

        // The old organization's instance lost its assignments and roles there; the new one may assign.
        assertThat(sourceAssignmentsIn(DemoData.SANDBOX)).isZero();
        assertThat(sourceAssignmentsIn(DemoData.SECURITY)).isZero();
        synchronized (world) {
            SandboxInstance old = world.instance(seeded.sourceInstanceArn()).orElseThrow();
            assertThat(old.provisionedTo.values()).allSatisfy(accounts -> assertThat(accounts)
                    .doesNotContain(DemoData.SANDBOX, DemoData.SECURITY));
            assertThat(world.accounts.get(DemoData.SANDBOX).provisionedRoles).isEmpty();
        }
        String request = createAssignmentInTarget(DemoData.SANDBOX).requestId();
        assertThat(target.ssoAdmin().describeAccountAssignmentCreationStatus(r -> r
                .instanceArn(seeded.targetInstanceArn()).accountAssignmentCreationRequestId(request))
                .accountAssignmentCreationStatus().status()).isEqualTo(StatusValues.SUCCEEDED);
    }

    @Test
    void joinNowMovesTheAccountsBeforeTheirTime() {
        var join = AccountMoves.schedule(world, List.of(DemoData.SANDBOX), DemoData.TARGET_ORGANIZATION, START + 3_600_000);
        join.joinNow();
        assertThat(ids(targetOrg)).contains(DemoData.SANDBOX).doesNotContain(DemoData.SECURITY);
        clock.set(START + 3_700_000);
        assertThat(targetOrg.describeAccount(r -> r.accountId(DemoData.SANDBOX)).account().joinedTimestamp())
                .isEqualTo(Instant.ofEpochMilli(START));
    }

    @Test
    void aRequestStillInProgressInTheAccountFailsWhenItLeaves() {
        synchronized (world) {
            SandboxInstance old = world.instance(seeded.sourceInstanceArn()).orElseThrow();
            var request = new co.pump.icm.sandbox.state.AsyncRequest("r-1",
                    co.pump.icm.sandbox.state.AsyncRequest.Kind.CREATE_ASSIGNMENT, old.arn,
                    new AssignmentRecord(DemoData.SANDBOX, old.permissionSets.keySet().iterator().next(), "USER",
                            old.users.keySet().iterator().next()), START, START + 10_000);
            old.requests.put(request.requestId, request);
            AccountMoves.join(world, DemoData.SANDBOX, DemoData.TARGET_ORGANIZATION);
            assertThat(request.status).isEqualTo("FAILED");
            assertThat(request.failureReason).isEqualTo("AWS account " + DemoData.SANDBOX + " left the organization.");
        }
    }

    @Test
    void managementAccountsAndDelegatedAdministratorsCannotLeave() {
        assertThatThrownBy(() -> AccountMoves.join(world, DemoData.MANAGEMENT, DemoData.TARGET_ORGANIZATION))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Account 111111111111 is the management account of o-larkspur01 and cannot join another "
                        + "organization");
        assertThatThrownBy(() -> AccountMoves.join(world, DemoData.TARGET_DELEGATED_ADMIN, DemoData.SOURCE_ORGANIZATION))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Account 888888888888 is a delegated administrator of o-pump000001 and cannot leave it");
        assertThatThrownBy(() -> AccountMoves.join(world, "123456789012", DemoData.TARGET_ORGANIZATION))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("No account 123456789012 in the sandbox");
        assertThatThrownBy(() -> AccountMoves.schedule(world, List.of(DemoData.SANDBOX), "o-nowhere0001", START))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("No organization o-nowhere0001 in the sandbox");
    }

    @Test
    void movableMembersAreTheSourceMembersStillThere() {
        synchronized (world) {
            assertThat(AccountMoves.movableMembers(world, seeded.sourceInstanceArn()))
                    .containsExactly(DemoData.SECURITY, DemoData.SANDBOX);
            assertThat(AccountMoves.organizationOwning(world, seeded.targetInstanceArn()))
                    .isEqualTo(DemoData.TARGET_ORGANIZATION);
        }
    }

    private static List<String> ids(OrganizationsClient org) {
        return org.listAccountsPaginator().stream().flatMap(p -> p.accounts().stream()).map(Account::id).toList();
    }

    private int sourceAssignmentsIn(String accountId) {
        SsoAdminClient admin = source.ssoAdmin();
        int found = 0;
        for (var set : admin.listPermissionSetsPaginator(r -> r.instanceArn(seeded.sourceInstanceArn())).permissionSets()) {
            found += admin.listAccountAssignmentsPaginator(r -> r.instanceArn(seeded.sourceInstanceArn())
                    .accountId(accountId).permissionSetArn(set)).accountAssignments().stream().toList().size();
        }
        return found;
    }

    /** Creates a permission set and a group in the target and assigns them in the account; the request's status. */
    private software.amazon.awssdk.services.ssoadmin.model.AccountAssignmentOperationStatus createAssignmentInTarget(
            String accountId) {
        SsoAdminClient admin = target.ssoAdmin();
        String set = admin.listPermissionSets(r -> r.instanceArn(seeded.targetInstanceArn())).permissionSets().stream()
                .findFirst().orElseGet(() -> admin.createPermissionSet(r -> r.instanceArn(seeded.targetInstanceArn())
                        .name("ReadOnly")).permissionSet().permissionSetArn());
        String group = target.identityStore().listGroups(r -> r.identityStoreId(seeded.targetIdentityStoreId()))
                .groups().stream().findFirst().map(g -> g.groupId())
                .orElseGet(() -> target.identityStore().createGroup(r -> r.identityStoreId(seeded.targetIdentityStoreId())
                        .displayName("Readers")).groupId());
        return admin.createAccountAssignment(r -> r.instanceArn(seeded.targetInstanceArn()).targetId(accountId)
                .targetType("AWS_ACCOUNT").permissionSetArn(set).principalType("GROUP").principalId(group))
                .accountAssignmentCreationStatus();
    }
}
