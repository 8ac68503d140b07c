package co.pump.icm.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.pump.icm.aws.signin.PortalLocation;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.report.JournalReader;
import co.pump.icm.report.JournalRun;
import co.pump.icm.report.MigratedSandbox;
import co.pump.icm.sandbox.data.DemoData;

/** The IAM roles behind what a signed-in user sees, as AWS STS names them. */
class SignedInRolesTest {

    @TempDir
    Path dir;

    @Test
    void anAssumedRoleOfIamIdentityCenterGivesTheRoleAndItsPath() {
        SignedInRole role = SignedInRole.fromAssumedRole(
                "arn:aws:sts::222222222222:assumed-role/AWSReservedSSO_ReadOnly_0123456789abcdef/alice", "ReadOnly",
                "eu-west-1");
        assertThat(role).isEqualTo(new SignedInRole("222222222222", "ReadOnly", "AWSReservedSSO_ReadOnly_0123456789abcdef",
                "arn:aws:iam::222222222222:role/aws-reserved/sso.amazonaws.com/eu-west-1/"
                        + "AWSReservedSSO_ReadOnly_0123456789abcdef"));
        // An instance in us-east-1 has no region in the path.
        assertThat(SignedInRole.fromAssumedRole(
                "arn:aws:sts::222222222222:assumed-role/AWSReservedSSO_ReadOnly_0123456789abcdef/alice", "ReadOnly",
                "us-east-1").roleArn()).isEqualTo("arn:aws:iam::222222222222:role/aws-reserved/sso.amazonaws.com/"
                + "AWSReservedSSO_ReadOnly_0123456789abcdef");
        assertThat(SignedInRole.fromAssumedRole("arn:aws:sts::222222222222:assumed-role/Admin/alice", "Admin",
                "eu-west-1")).isNull();
        assertThat(SignedInRole.fromAssumedRole("arn:aws:iam::222222222222:user/alice", "x", "eu-west-1")).isNull();
        assertThat(SignedInRole.fromAssumedRole(null, "x", "eu-west-1")).isNull();
    }

    @Test
    void theAccessTestNamesTheRoleBehindEachRoleTheUserCanTake() throws Exception {
        try (var migrated = MigratedSandbox.start(DemoData.scenario(), dir, PlanOptions.defaults())) {
            JournalRun run = JournalReader.run(migrated.journal(), null);
            Set<String> leftAlone = run.leftAlone().stream().map(i -> i.id()).collect(Collectors.toSet());
            String sarah = "sarah.obrien@larkspur.example";
            List<ExpectedRole> expected = ExpectedAccess.of(migrated.snapshot().config(), sarah, run.options(), leftAlone);
            var portal = new PortalLocation(PortalUrl.of(migrated.fixture().seeded().targetIdentityStoreId()),
                    DemoData.TARGET_REGION, migrated.fixture().sandbox().endpoint());
            AccessTestResult result = new AccessTest(portal).run(sarah, expected,
                    code -> DevicePage.approve(migrated.fixture().sandbox().endpoint(), code.userCode(), sarah));

            assertThat(result.roles()).hasSize(6);
            for (SignedInRole role : result.roles()) {
                assertThat(role.roleName()).matches("AWSReservedSSO_" + role.permissionSetName() + "_[0-9a-f]{16}");
                assertThat(role.roleArn()).isEqualTo("arn:aws:iam::" + role.accountId()
                        + ":role/aws-reserved/sso.amazonaws.com/eu-west-1/" + role.roleName());
                synchronized (migrated.fixture().world()) {
                    assertThat(migrated.fixture().world().accounts.get(role.accountId()).provisionedRoles)
                            .as("the role IAM Identity Center created in the account").containsKey(role.roleName());
                }
            }
            Path saved = dir.resolve("sarah.json");
            AccessTestJson.write(result, saved);
            assertThat(AccessTestJson.read(saved).roles()).isEqualTo(result.roles());
        }
    }
}
