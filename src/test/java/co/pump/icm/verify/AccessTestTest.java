package co.pump.icm.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.signin.DeviceCode;
import co.pump.icm.aws.signin.PortalLocation;
import co.pump.icm.aws.signin.SignInFailedException;
import co.pump.icm.model.Face;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.User;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.report.JournalReader;
import co.pump.icm.report.JournalRun;
import co.pump.icm.report.MigratedSandbox;
import co.pump.icm.report.ReportAssembler;
import co.pump.icm.report.ReportHtml;
import co.pump.icm.sandbox.data.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ssoadmin.model.PrincipalType;
import software.amazon.awssdk.services.ssoadmin.model.StatusValues;
import software.amazon.awssdk.services.ssoadmin.model.TargetType;

/** The access test against the sandbox after the demo import: a user signs in with a device code. */
class AccessTestTest {

    static final String SARAH = "sarah.obrien@larkspur.example";

    @TempDir
    Path dir;

    MigratedSandbox migrated;
    JournalRun run;

    @BeforeEach
    void migrate() {
        migrated = MigratedSandbox.start(DemoData.scenario(), dir, PlanOptions.defaults());
        run = JournalReader.run(migrated.journal(), null);
    }

    @AfterEach
    void stop() {
        migrated.close();
    }

    private PortalLocation portal() {
        return new PortalLocation(PortalUrl.of(migrated.fixture().seeded().targetIdentityStoreId()),
                DemoData.TARGET_REGION, migrated.fixture().sandbox().endpoint());
    }

    private List<ExpectedRole> expected(String userName) {
        Set<String> leftAlone = run.leftAlone().stream().map(i -> i.id()).collect(Collectors.toSet());
        return ExpectedAccess.of(migrated.snapshot().config(), userName, run.options(), leftAlone);
    }

    /** Runs the test, approving the code on the sandbox's page as {@code approver}. */
    private AccessTestResult test(String userName, String approver) {
        var shown = new AtomicReference<DeviceCode>();
        AccessTestResult result = new AccessTest(portal()).run(userName, expected(userName), code -> {
            shown.set(code);
            assertThat(DevicePage.approve(migrated.fixture().sandbox().endpoint(), code.userCode(), approver))
                    .isEqualTo(200);
        });
        assertThat(shown.get().verificationUriComplete()).contains(shown.get().userCode());
        return result;
    }

    @Test
    void aUserSeesExactlyWhatTheSnapshotGivesThem() {
        AccessTestResult result = test(SARAH, SARAH);
        assertThat(result.passed()).isTrue();
        assertThat(result.userName()).isEqualTo(SARAH);
        assertThat(result.portalUrl()).isEqualTo(portal().startUrl());
        // Directly DatabaseAdmin in prod and staging; through Data Engineering DataEngineer in prod, staging, dev
        // and ReadOnly in security.
        assertThat(result.checks()).hasSize(6).allSatisfy(c -> assertThat(c.status()).isEqualTo(AccessStatus.PRESENT));
        assertThat(result.checks()).anySatisfy(c -> {
            assertThat(c.accountId()).isEqualTo(DemoData.PROD);
            assertThat(c.accountName()).isEqualTo("larkspur-prod");
            assertThat(c.roleName()).isEqualTo("DatabaseAdmin");
            assertThat(c.via()).containsExactly("direct");
        });
    }

    @Test
    void aMissingAssignmentIsDetected() {
        deleteAssignment(DemoData.PROD, "DatabaseAdmin", SARAH);
        AccessTestResult result = test(SARAH, SARAH);
        assertThat(result.passed()).isFalse();
        assertThat(result.checks()).filteredOn(c -> c.status() != AccessStatus.PRESENT).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(AccessStatus.MISSING);
            assertThat(c.accountId()).isEqualTo(DemoData.PROD);
            assertThat(c.roleName()).isEqualTo("DatabaseAdmin");
        });

        // And the report shows it.
        var html = ReportHtml.render(ReportAssembler.of(run, migrated.snapshot(), Face.COMMAND_LINE).accessTest(result).assemble());
        assertThat(html).contains("id=\"access-test\"").contains(SARAH + " — ✗ 1 missing, 0 unexpected")
                .contains("✗ Missing");
    }

    @Test
    void whatAnotherUserSeesIsUnexpected() {
        // The person signed in as Maya but named Sarah: every role differs.
        AccessTestResult result = test(SARAH, "maya.okafor@larkspur.example");
        assertThat(result.passed()).isFalse();
        assertThat(result.count(AccessStatus.UNEXPECTED)).isPositive();
        assertThat(result.count(AccessStatus.MISSING)).isPositive();
    }

    @Test
    void aStartUrlOfNoInstanceIsRefused() {
        var location = new PortalLocation("https://d-0000000000.awsapps.com/start", DemoData.TARGET_REGION,
                migrated.fixture().sandbox().endpoint());
        assertThatThrownBy(() -> new AccessTest(location).run(SARAH, expected(SARAH), code -> { }))
                .isInstanceOf(SignInFailedException.class)
                .hasMessageContaining("did not accept the start URL https://d-0000000000.awsapps.com/start");
    }

    /** Deletes one assignment in the target through the SDK, as someone in the console would. */
    private void deleteAssignment(String accountId, String permissionSetName, String userName) {
        IdentityCenterConfig target = migrated.exportTarget();
        String arn = target.permissionSets().stream().filter(p -> p.name().equals(permissionSetName))
                .map(PermissionSet::origin).findFirst().orElseThrow().id();
        String userId = target.users().stream().filter(u -> u.userName().equals(userName)).map(User::origin)
                .findFirst().orElseThrow().id();
        String instance = migrated.fixture().seeded().targetInstanceArn();
        try (var clients = AwsClients.open(migrated.fixture().target(), 4)) {
            var status = clients.ssoAdmin().deleteAccountAssignment(r -> r.instanceArn(instance).targetId(accountId)
                    .targetType(TargetType.AWS_ACCOUNT).permissionSetArn(arn).principalType(PrincipalType.USER)
                    .principalId(userId)).accountAssignmentDeletionStatus();
            while (status.status() == StatusValues.IN_PROGRESS) {
                String requestId = status.requestId();
                status = clients.ssoAdmin().describeAccountAssignmentDeletionStatus(r -> r.instanceArn(instance)
                        .accountAssignmentDeletionRequestId(requestId)).accountAssignmentDeletionStatus();
            }
            assertThat(status.status()).isEqualTo(StatusValues.SUCCEEDED);
        }
    }
}
