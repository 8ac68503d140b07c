package co.pump.icm.sandbox.ssoadmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.pump.icm.sandbox.AwsCli;
import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Clients;
import co.pump.icm.sandbox.Sandbox;
import co.pump.icm.sandbox.SandboxOptions;
import co.pump.icm.sandbox.state.SandboxCredential;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;
import software.amazon.awssdk.services.ssoadmin.model.AccessDeniedException;
import software.amazon.awssdk.services.ssoadmin.model.PrincipalType;

/** What AWS answers only to the management account, refused to the delegated administrator. */
class MemberAccountRulesTest {

    @TempDir
    Path home;

    private final SsoAdminFixture fx = new SsoAdminFixture();

    @Test
    void listAccountAssignmentsForPrincipalIsForTheManagementAccountOnly() {
        assertThat(fx.call("ListAccountAssignmentsForPrincipal", fx.management, "InstanceArn", fx.instance.arn,
                "PrincipalId", fx.alice, "PrincipalType", "USER").path("AccountAssignments").isArray()).isTrue();
        AwsError denied = fx.error("ListAccountAssignmentsForPrincipal", fx.delegated, "InstanceArn", fx.instance.arn,
                "PrincipalId", fx.alice, "PrincipalType", "USER");
        assertThat(denied.code()).isEqualTo("AccessDeniedException");
        assertThat(denied.getMessage()).isEqualTo("User: arn:aws:sts::222222222222:assumed-role/Migrator/session is "
                + "not authorized to perform: sso:ListAccountAssignmentsForPrincipal on resource: " + fx.instance.arn);
        // What the delegated administrator uses instead is open to it.
        String arn = fx.createPermissionSet("ReadOnly");
        fx.assignAndSettle(SsoAdminFixture.MEMBER_1, arn, fx.alice);
        assertThat(fx.call("ListAccountAssignments", fx.delegated, "InstanceArn", fx.instance.arn, "AccountId",
                SsoAdminFixture.MEMBER_1, "PermissionSetArn", arn).path("AccountAssignments")).hasSize(1);
    }

    @Test
    void theSdkAndTheCliSeeAccessDenied() {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withWorld(fx.world))) {
            SandboxCredential key = fx.credential(fx.delegated);
            try (SsoAdminClient admin = Clients.ssoAdmin(sandbox, key, "eu-west-1")) {
                var denied = catchThrowableOfType(AccessDeniedException.class, () -> admin
                        .listAccountAssignmentsForPrincipal(r -> r.instanceArn(fx.instance.arn).principalId(fx.alice)
                                .principalType(PrincipalType.USER)));
                assertThat(denied.statusCode()).isEqualTo(400);
                assertThat(denied.awsErrorDetails().errorMessage()).contains(
                        "sso:ListAccountAssignmentsForPrincipal on resource: " + fx.instance.arn);
            }
            var aws = new AwsCli(sandbox, home);
            aws.requireKnows("sso-admin", "list-account-assignments-for-principal");
            AwsCli.Result cli = aws.run(key, "eu-west-1", "sso-admin",
                    "list-account-assignments-for-principal", "--instance-arn", fx.instance.arn, "--principal-id",
                    fx.alice, "--principal-type", "USER");
            assertThat(cli.errorCode()).isEqualTo("AccessDeniedException");
            assertThat(sandbox.stats().internalFailures()).isEmpty();
        }
    }
}
