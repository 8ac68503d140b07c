package co.pump.icm.sandbox.ssoadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import co.pump.icm.sandbox.Clients;
import co.pump.icm.sandbox.Sandbox;
import co.pump.icm.sandbox.SandboxOptions;
import co.pump.icm.sandbox.state.SandboxCredential;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssoadmin.model.AccessDeniedException;
import software.amazon.awssdk.services.ssoadmin.model.AccountAssignmentOperationStatus;
import software.amazon.awssdk.services.ssoadmin.model.ConflictException;
import software.amazon.awssdk.services.ssoadmin.model.PermissionSet;
import software.amazon.awssdk.services.ssoadmin.model.PermissionSetProvisioningStatus;
import software.amazon.awssdk.services.ssoadmin.model.PrincipalType;
import software.amazon.awssdk.services.ssoadmin.model.ProvisionTargetType;
import software.amazon.awssdk.services.ssoadmin.model.StatusValues;
import software.amazon.awssdk.services.ssoadmin.model.TargetType;
import software.amazon.awssdk.services.ssoadmin.model.ThrottlingException;
import software.amazon.awssdk.services.ssoadmin.model.ValidationException;

/** The production SDK client against the sandbox over HTTP on 127.0.0.1. */
class SsoAdminSdkTest {

    private SsoAdminFixture fx;
    private Sandbox sandbox;
    private SsoAdminClient management;
    private SsoAdminClient delegated;
    private String instanceArn;

    @BeforeEach
    void start() {
        fx = new SsoAdminFixture();
        sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(fx.world)
                .withAssignmentDelay(SsoAdminFixture.DELAY));
        management = client(fx.credential(fx.management));
        delegated = client(fx.credential(fx.delegated));
        instanceArn = fx.instance.arn;
    }

    @AfterEach
    void stop() {
        management.close();
        delegated.close();
        sandbox.close();
        assertThat(sandbox.stats().internalFailures()).as("sandbox bugs").isEmpty();
    }

    private SsoAdminClient client(SandboxCredential credential) {
        return SsoAdminClient.builder().endpointOverride(sandbox.endpoint()).region(Region.EU_WEST_1)
                .credentialsProvider(Clients.credentials(credential)).httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(Clients.noRetries()).build();
    }

    private String createPermissionSet(String name) {
        return management.createPermissionSet(r -> r.instanceArn(instanceArn).name(name)).permissionSet()
                .permissionSetArn();
    }

    @Test
    void theSdkPaginatorReadsEveryPage() {
        assertThat(management.listInstances(r -> { }).instances()).singleElement()
                .satisfies(i -> assertThat(i.instanceArn()).isEqualTo(instanceArn));
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            created.add(createPermissionSet("Set" + i));
        }
        assertThat(management.listPermissionSets(r -> r.instanceArn(instanceArn)).permissionSets()).hasSize(10);
        List<String> listed = new ArrayList<>();
        management.listPermissionSetsPaginator(r -> r.instanceArn(instanceArn))
                .forEach(page -> listed.addAll(page.permissionSets()));
        assertThat(listed).containsExactlyElementsOf(created);

        var none = management.listPermissionSetsProvisionedToAccount(r -> r.instanceArn(instanceArn)
                .accountId(SsoAdminFixture.MEMBER_2));
        assertThat(none.hasPermissionSets()).isFalse();
    }

    @Test
    void aPermissionSetRoundTripsThroughTheSdkShapes() {
        PermissionSet created = management.createPermissionSet(r -> r.instanceArn(instanceArn).name("Audit")
                .description("Auditors").sessionDuration("PT2H").relayState("https://console.aws.amazon.com/")
                .tags(t -> t.key("team").value("sec"))).permissionSet();
        String arn = created.permissionSetArn();
        assertThat(created.createdDate()).isEqualTo(Instant.ofEpochMilli(SsoAdminFixture.START));
        management.putInlinePolicyToPermissionSet(r -> r.instanceArn(instanceArn).permissionSetArn(arn)
                .inlinePolicy("{\"Version\":\"2012-10-17\",\"Statement\":[]}"));
        management.attachManagedPolicyToPermissionSet(r -> r.instanceArn(instanceArn).permissionSetArn(arn)
                .managedPolicyArn("arn:aws:iam::aws:policy/SecurityAudit"));
        management.attachCustomerManagedPolicyReferenceToPermissionSet(r -> r.instanceArn(instanceArn)
                .permissionSetArn(arn).customerManagedPolicyReference(c -> c.name("ReadAudit")));
        management.putPermissionsBoundaryToPermissionSet(r -> r.instanceArn(instanceArn).permissionSetArn(arn)
                .permissionsBoundary(b -> b.customerManagedPolicyReference(c -> c.name("TeamBoundary").path("/boundaries/"))));

        PermissionSet described = management.describePermissionSet(r -> r.instanceArn(instanceArn).permissionSetArn(arn))
                .permissionSet();
        assertThat(described.name()).isEqualTo("Audit");
        assertThat(described.description()).isEqualTo("Auditors");
        assertThat(described.sessionDuration()).isEqualTo("PT2H");
        assertThat(described.relayState()).isEqualTo("https://console.aws.amazon.com/");
        assertThat(management.listTagsForResource(r -> r.instanceArn(instanceArn).resourceArn(arn)).tags())
                .singleElement().satisfies(t -> assertThat(t.key() + "=" + t.value()).isEqualTo("team=sec"));
        assertThat(management.getInlinePolicyForPermissionSet(r -> r.instanceArn(instanceArn).permissionSetArn(arn))
                .inlinePolicy()).contains("2012-10-17");
        assertThat(management.listManagedPoliciesInPermissionSet(r -> r.instanceArn(instanceArn).permissionSetArn(arn))
                .attachedManagedPolicies()).singleElement()
                .satisfies(p -> assertThat(p.name()).isEqualTo("SecurityAudit"));
        assertThat(management.listCustomerManagedPolicyReferencesInPermissionSet(r -> r.instanceArn(instanceArn)
                .permissionSetArn(arn)).customerManagedPolicyReferences()).singleElement()
                .satisfies(c -> assertThat(c.path() + c.name()).isEqualTo("/ReadAudit"));
        var boundary = management.getPermissionsBoundaryForPermissionSet(r -> r.instanceArn(instanceArn)
                .permissionSetArn(arn)).permissionsBoundary();
        assertThat(boundary.managedPolicyArn()).isNull();
        assertThat(boundary.customerManagedPolicyReference().name()).isEqualTo("TeamBoundary");

        ConflictException duplicate = catchThrowableOfType(ConflictException.class,
                () -> management.createPermissionSet(r -> r.instanceArn(instanceArn).name("Audit")));
        assertThat(duplicate.awsErrorDetails().errorMessage()).isEqualTo("PermissionSet with name Audit already exists.");
        assertThat(duplicate.statusCode()).isEqualTo(400);
    }

    @Test
    void anAssignmentIsPolledUntilItSucceeds() {
        String arn = createPermissionSet("ReadOnly");
        AccountAssignmentOperationStatus started = management.createAccountAssignment(r -> r.instanceArn(instanceArn)
                .targetId(SsoAdminFixture.MEMBER_2).targetType(TargetType.AWS_ACCOUNT).permissionSetArn(arn)
                .principalType(PrincipalType.USER).principalId(fx.alice)).accountAssignmentCreationStatus();
        assertThat(started.status()).isEqualTo(StatusValues.IN_PROGRESS);
        assertThat(started.createdDate()).isEqualTo(Instant.ofEpochMilli(SsoAdminFixture.START));

        List<StatusValues> seen = new ArrayList<>();
        AccountAssignmentOperationStatus status;
        do {
            status = management.describeAccountAssignmentCreationStatus(r -> r.instanceArn(instanceArn)
                    .accountAssignmentCreationRequestId(started.requestId())).accountAssignmentCreationStatus();
            seen.add(status.status());
            fx.advance(java.time.Duration.ofSeconds(2));
        } while (status.status() == StatusValues.IN_PROGRESS);
        assertThat(seen).containsExactly(StatusValues.IN_PROGRESS, StatusValues.IN_PROGRESS, StatusValues.IN_PROGRESS,
                StatusValues.SUCCEEDED);
        assertThat(status.principalId()).isEqualTo(fx.alice);
        assertThat(management.listAccountAssignments(r -> r.instanceArn(instanceArn).accountId(SsoAdminFixture.MEMBER_2)
                .permissionSetArn(arn)).accountAssignments()).singleElement()
                .satisfies(a -> assertThat(a.principalId()).isEqualTo(fx.alice));
    }

    @Test
    void aFailedProvisioningCarriesItsReason() {
        String arn = createPermissionSet("Audit");
        management.attachCustomerManagedPolicyReferenceToPermissionSet(r -> r.instanceArn(instanceArn)
                .permissionSetArn(arn).customerManagedPolicyReference(c -> c.name("ReadAudit")));
        PermissionSetProvisioningStatus started = management.provisionPermissionSet(r -> r.instanceArn(instanceArn)
                .permissionSetArn(arn).targetType(ProvisionTargetType.AWS_ACCOUNT).targetId(SsoAdminFixture.MEMBER_2))
                .permissionSetProvisioningStatus();
        assertThat(started.status()).isEqualTo(StatusValues.IN_PROGRESS);
        fx.advance(SsoAdminFixture.DELAY);
        PermissionSetProvisioningStatus failed = management.describePermissionSetProvisioningStatus(r -> r
                .instanceArn(instanceArn).provisionPermissionSetRequestId(started.requestId()))
                .permissionSetProvisioningStatus();
        assertThat(failed.status()).isEqualTo(StatusValues.FAILED);
        assertThat(failed.accountId()).isEqualTo(SsoAdminFixture.MEMBER_2);
        assertThat(failed.failureReason()).isEqualTo("Received a 404 status error: Customer managed policy /ReadAudit "
                + "does not exist in account 444444444444.");
    }

    @Test
    void aDelegatedAdministratorIsDeniedTheManagementAccount() {
        String arn = createPermissionSet("Admin");
        AccessDeniedException denied = catchThrowableOfType(AccessDeniedException.class,
                () -> delegated.createAccountAssignment(r -> r.instanceArn(instanceArn)
                        .targetId(SsoAdminFixture.MANAGEMENT).targetType(TargetType.AWS_ACCOUNT).permissionSetArn(arn)
                        .principalType(PrincipalType.GROUP).principalId(fx.admins)));
        assertThat(denied.statusCode()).isEqualTo(400);
        assertThat(denied.awsErrorDetails().errorMessage()).isEqualTo("User: "
                + "arn:aws:sts::222222222222:assumed-role/Migrator/session is not authorized to perform: "
                + "sso:CreateAccountAssignment on resource: " + arn);
    }

    @Test
    void theSdkSeesTooManyOutstandingCreationsAsThrottling() {
        String arn = createPermissionSet("Bulk");
        List<String> principals = new ArrayList<>();
        synchronized (fx.world) {
            for (int i = 0; i < 16; i++) {
                String id = fx.world.ids().resourceId(fx.instance.identityStoreId);
                fx.instance.users.put(id, fx.instance.users.get(fx.alice));
                principals.add(id);
            }
        }
        for (int i = 0; i < 15; i++) {
            String principal = principals.get(i);
            management.createAccountAssignment(r -> r.instanceArn(instanceArn).targetId(SsoAdminFixture.MEMBER_2)
                    .targetType(TargetType.AWS_ACCOUNT).permissionSetArn(arn).principalType(PrincipalType.USER)
                    .principalId(principal));
        }
        ThrottlingException throttled = catchThrowableOfType(ThrottlingException.class,
                () -> management.createAccountAssignment(r -> r.instanceArn(instanceArn).targetId(SsoAdminFixture.MEMBER_2)
                        .targetType(TargetType.AWS_ACCOUNT).permissionSetArn(arn).principalType(PrincipalType.USER)
                        .principalId(principals.get(15))));
        assertThat(throttled.isThrottlingException()).isTrue();
        assertThat(throttled.awsErrorDetails().errorMessage())
                .isEqualTo("There are too many requests processing. Please try again later.");
    }

    @Test
    void validationErrorsReachTheSdkAsValidationException() {
        ValidationException invalid = catchThrowableOfType(ValidationException.class,
                () -> management.createPermissionSet(r -> r.instanceArn(instanceArn).name("no spaces allowed")));
        assertThat(invalid.awsErrorDetails().errorMessage()).startsWith("1 validation error detected: Value "
                + "'no spaces allowed' at 'name' failed to satisfy constraint");
    }
}
