package co.pump.icm.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import co.pump.icm.aws.AwsClients;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.plan.PlanWarning;
import co.pump.icm.report.MigratedSandbox;
import co.pump.icm.sandbox.data.DemoData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AWS keeps a repeated CreateAccountAssignment as a second, identical assignment
 * (docs/aws-behaviour.md). A new organization holding such a twin is still compared: the twin
 * counts once, is said in words, and is not drift.
 */
class TwinAssignmentTest {

    @TempDir
    Path dir;

    @Test
    void anAssignmentHeldTwiceIsCountedOnceAndSaidNotAnError() throws Exception {
        try (var migrated = MigratedSandbox.start(DemoData.scenario(), dir, PlanOptions.defaults())) {
            IdentityCenterConfig target = migrated.exportTarget();
            AccountAssignment twin = target.assignments().get(0);
            String instanceArn = target.source().instanceArn();
            try (var clients = AwsClients.open(migrated.fixture().target(), 4)) {
                var admin = clients.ssoAdmin();
                String setArn = admin.listPermissionSetsPaginator(r -> r.instanceArn(instanceArn)).permissionSets()
                        .stream().filter(arn -> admin.describePermissionSet(r -> r.instanceArn(instanceArn)
                                .permissionSetArn(arn)).permissionSet().name().equals(twin.permissionSetName()))
                        .findFirst().orElseThrow();
                admin.createAccountAssignment(r -> r.instanceArn(instanceArn).targetId(twin.accountId())
                        .targetType("AWS_ACCOUNT").permissionSetArn(setArn).principalType(twin.principalType().name())
                        .principalId(twin.origin().id()));
                // The twin is there for AWS's own reader: the account lists the assignment twice.
                assertThat(admin.listAccountAssignmentsPaginator(r -> r.instanceArn(instanceArn)
                        .accountId(twin.accountId()).permissionSetArn(setArn)).accountAssignments())
                        .filteredOn(a -> a.principalId().equals(twin.origin().id())).hasSize(2);
            }
            // Assignment creation is asynchronous: the check waits for requests in progress first.
            DriftCheck check = migrated.verify(PlanOptions.defaults());

            assertThat(check.noDrift()).as("a twin is not drift: the assignment is there").isTrue();
            assertThat(check.drift()).noneMatch(item -> item.kind() == ChangeKind.CREATE);
            String principal = twin.principalType().name().toLowerCase();
            assertThat(check.warnings()).filteredOn(PlanWarning::aboutNewOrganization).extracting(PlanWarning::message)
                    .containsExactly("In the new organization: Account " + twin.accountId() + " holds the assignment "
                            + "of permission set " + twin.permissionSetName() + " to " + principal + " "
                            + twin.principalName() + " twice. It counts once here; removing it in the IAM Identity "
                            + "Center console takes two removals.");
            assertThat(migrated.exportTarget().assignments()).as("read again, it counts once")
                    .hasSize(target.assignments().size());
        }
    }
}
