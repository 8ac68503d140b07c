package co.pump.icm.aws.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import co.pump.icm.model.MigratorException;
import co.pump.icm.sandbox.state.SandboxCredential;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which identities may be the two sides of a migration, with the demo's accounts. */
class MigrationRolesTest {

    static SignInSandbox sandbox;
    static Identity source;
    static Identity target;

    @BeforeAll
    static void start() {
        sandbox = new SignInSandbox();
        source = whoIs(sandbox.seeded.source());
        target = whoIs(sandbox.seeded.target());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static Identity whoIs(SandboxCredential credential) {
        return new WhoAmI(List.of("us-east-1", "eu-west-1")).check(sandbox.target(credential, null));
    }

    @Test
    void theDemoAccountsAreTheRightSides() {
        assertThat(MigrationRoles.source(source)).isEqualTo(Check.ok(MigrationRoles.SOURCE, "Account 111111111111 can "
                + "export the instance " + sandbox.seeded.sourceInstanceArn() + " in us-east-1, as the management account."));
        assertThat(MigrationRoles.target(target, source)).isEqualTo(Check.ok(MigrationRoles.TARGET, "Account "
                + "888888888888 can import into the instance " + sandbox.seeded.targetInstanceArn()
                + " in eu-west-1, as delegated administrator."));
        assertThatCode(() -> MigrationRoles.requireSource(source)).doesNotThrowAnyException();
        assertThatCode(() -> MigrationRoles.requireTarget(target, source)).doesNotThrowAnyException();
    }

    @Test
    void theSameAccountOnBothSidesIsRefused() {
        assertThatThrownBy(() -> MigrationRoles.requireTarget(source, source))
                .isInstanceOfSatisfying(MigratorException.class,
                        e -> assertThat(e.kind()).isEqualTo(MigratorException.Kind.BAD_INPUT))
                .hasMessage("You signed in to account 111111111111 for both the current and the new organization. "
                        + "Sign in to the delegated administrator account of the new organization, which Pump gave you.");
    }

    @Test
    void theSameOrganizationOnBothSidesIsRefused() {
        Identity management = whoIs(sandbox.seeded.targetManagement());
        assertThat(MigrationRoles.target(target, management)).isEqualTo(Check.problem(MigrationRoles.TARGET,
                "Account 888888888888 is in the same organization as account 999999999999 (organization "
                        + "o-pump000001). The import goes to a different organization: sign in to the delegated "
                        + "administrator account of the new organization, which Pump gave you."));
    }

    @Test
    void theSameOrganizationIsRecognisedEvenWhenItCannotBeRead() {
        var management = sandbox.seeded.targetManagement();
        sandbox.restrict(management, Set.of("sso:ListInstances", "identitystore:ListUsers", "identitystore:ListGroups"));
        try {
            Identity unknownOrganization = whoIs(management);
            assertThat(unknownOrganization.organization()).isNull();
            assertThat(MigrationRoles.target(target, unknownOrganization).message()).isEqualTo("Account 888888888888 "
                    + "is in the same organization as account 999999999999 (both administer the instance "
                    + sandbox.seeded.targetInstanceArn() + "). The import goes to a different organization: sign in to "
                    + "the delegated administrator account of the new organization, which Pump gave you.");
        } finally {
            synchronized (sandbox.world) {
                sandbox.world.policies.remove(management.accessKeyId());
            }
        }
    }

    @Test
    void anAccountWithoutAnInstanceCannotBeEitherSide() {
        Identity member = whoIs(sandbox.seeded.member());
        assertThatThrownBy(() -> MigrationRoles.requireSource(member)).hasMessage("Account " + member.accountId()
                + " holds no IAM Identity Center instance, so there is nothing to export from it. Sign in to the "
                + "current organization's management account (or its delegated administrator for IAM Identity Center).");
        // The member account is in the target organization, so against the source it is only instance-less.
        assertThat(MigrationRoles.target(member, source).message()).isEqualTo("Account " + member.accountId()
                + " administers no IAM Identity Center instance, so there is nothing to import into. Sign in to the "
                + "delegated administrator account of the new organization.");
    }

    @Test
    void theNewOrganizationsManagementAccountIsOnlyAWarning() {
        Identity management = whoIs(sandbox.seeded.targetManagement());
        Check check = MigrationRoles.target(management, source);
        assertThat(check.status()).isEqualTo(CheckStatus.WARNING);
        assertThat(check.message()).isEqualTo("Account 999999999999 is the new organization's management account. The "
                + "import works from here, but Pump expects you to use the delegated administrator account it gave you.");
    }

    @Test
    void nobodySignedInIsAProblemOnBothSides() {
        var nobody = new Identity(null, null, null, null, null, null, null, List.of());
        assertThat(MigrationRoles.source(nobody).message())
                .isEqualTo("Sign in to the current organization's management account first.");
        assertThat(MigrationRoles.target(nobody, source).message())
                .isEqualTo("Sign in to the new organization's delegated administrator account first.");
    }

    @Test
    void instancesOwnedByOneManagementAccountAreOneOrganization() {
        var first = new Identity("888888888888", "arn:aws:iam::888888888888:user/a", "eu-west-1", null,
                new IdentityCenterInstance("arn:aws:sso:::instance/ssoins-aaaaaaaaaaaaaaaa", "d-1111111111", "eu-west-1",
                        "999999999999", AdminRole.DELEGATED_ADMINISTRATOR, null, List.of(), null), null, null, List.of());
        var second = new Identity("777777777777", "arn:aws:iam::777777777777:user/b", "eu-west-1", null,
                new IdentityCenterInstance("arn:aws:sso:::instance/ssoins-bbbbbbbbbbbbbbbb", "d-2222222222", "eu-west-1",
                        "999999999999", AdminRole.DELEGATED_ADMINISTRATOR, null, List.of(), null), null, null, List.of());
        assertThat(MigrationRoles.target(first, second).message()).contains("(management account 999999999999)");
        assertThat(second.isManagementAccount()).isFalse();
    }
}
