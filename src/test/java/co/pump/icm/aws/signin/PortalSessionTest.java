package co.pump.icm.aws.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import co.pump.icm.model.MigratorException;
import co.pump.icm.sandbox.data.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/** Choosing an account and role in the access portal after signing in, against the sandbox. */
class PortalSessionTest {

    private static final String DEVELOPER = "daniel.reyes@larkspur.example";

    private final SignInSandbox sandbox = new SignInSandbox();

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private PortalSession signIn(String user) {
        var code = new java.util.concurrent.atomic.AtomicReference<DeviceCode>();
        var pause = new ScriptedPause(sandbox).during(1, () -> sandbox.approve(code.get().userCode(), user));
        return new DeviceLogin(sandbox.sourcePortal(), pause, sandbox.clock).signIn(code::set);
    }

    @Test
    void listsEveryAccountAndRoleAcrossPages() {
        try (PortalSession session = signIn(DEVELOPER).withPageSize(2)) {
            assertThat(session.accounts()).extracting(PortalAccount::accountId).containsExactlyInAnyOrder(
                    DemoData.MANAGEMENT, DemoData.PROD, DemoData.STAGING, DemoData.DEV, DemoData.SECURITY,
                    DemoData.SANDBOX);
            assertThat(session.roles(DemoData.DEV)).extracting(PortalRole::roleName)
                    .containsExactlyInAnyOrder("AdministratorAccess", "Developer", "PowerUser");
            assertThat(session.roles(DemoData.DEV)).allSatisfy(r -> assertThat(r.accountName()).isNull());
            assertThat(session.allRoles()).hasSize(13)
                    .contains(new PortalRole(DemoData.DEV, "larkspur-dev", "PowerUser"));
        }
        // Six accounts in pages of two, listed twice (accounts() and allRoles()).
        assertThat(sandbox.sandbox.calls().records()).filteredOn(r -> "ListAccounts".equals(r.operation())).hasSize(6);
        assertThat(sandbox.sandbox.stats().internalFailures()).isEmpty();
    }

    @Test
    void givesRenewableCredentialsForAChosenRole() {
        try (PortalSession session = signIn(SignInSandbox.ADMIN_USER)) {
            PortalRoleCredentials role = session.credentials(DemoData.MANAGEMENT, "AdministratorAccess");
            assertThat(role.toString()).isEqualTo("PortalRoleCredentials[AdministratorAccess in 111111111111]");
            var first = (AwsSessionCredentials) role.resolveCredentials();
            assertThat(first.accessKeyId()).startsWith("ASIA");
            assertThat(role.expiration()).isAfter(sandbox.clock.instant());
            assertThat(role.resolveCredentials()).isSameAs(first);

            Identity identity = new WhoAmI(IdentityCenterRegions.ALL).check(role.target(DemoData.SOURCE_REGION));
            assertThat(identity.accountId()).isEqualTo(DemoData.MANAGEMENT);
            assertThat(identity.arn()).matches("arn:aws:sts::111111111111:assumed-role/AWSReservedSSO_AdministratorAccess_"
                    + "[0-9a-f]{16}/" + SignInSandbox.ADMIN_USER.replace(".", "\\."));
            assertThat(identity.isManagementAccount()).isTrue();
            assertThat(identity.instance().instanceArn()).isEqualTo(sandbox.seeded.sourceInstanceArn());

            // Five minutes before they expire, they are renewed.
            sandbox.now.set(role.expiration().minus(Duration.ofMinutes(4)).toEpochMilli());
            var renewed = (AwsSessionCredentials) role.resolveCredentials();
            assertThat(renewed.accessKeyId()).isNotEqualTo(first.accessKeyId());
            assertThat(sandbox.sandbox.calls().count("sso-portal", "GetRoleCredentials")).isEqualTo(2);
        }
    }

    @Test
    void aRoleTheUserMayNotTakeIsRefusedAtOnce() {
        try (PortalSession session = signIn(DEVELOPER)) {
            assertThatThrownBy(() -> session.credentials(DemoData.PROD, "AdministratorAccessX"))
                    .isInstanceOfSatisfying(MigratorException.class, e -> assertThat(e.kind())
                            .isEqualTo(MigratorException.Kind.AWS_ACCESS))
                    .hasMessage("IAM Identity Center gives you no access to role AdministratorAccessX in account "
                            + "222222222222. Choose one of the accounts and roles the access portal lists for you.");
            assertThatThrownBy(() -> session.credentials("2222", "Developer"))
                    .hasMessage("An AWS account ID is 12 digits, such as 111111111111.");
            assertThatThrownBy(() -> session.credentials(DemoData.PROD, " "))
                    .hasMessage("Choose a role (permission set) in account 222222222222.");
        }
    }

    @Test
    void anExpiredOrClosedSessionSaysToSignInAgain() {
        PortalSession session = signIn(DEVELOPER);
        PortalRoleCredentials role = session.credentials(DemoData.DEV, "Developer");
        sandbox.advance(Duration.ofHours(9));
        assertThat(session.isExpired()).isTrue();
        assertThatThrownBy(session::accounts).isInstanceOf(MigratorException.class)
                .hasMessage("Your IAM Identity Center sign-in has expired. Sign in again.");
        assertThatThrownBy(role::resolveCredentials).hasMessage("Your IAM Identity Center sign-in has expired. Sign in again.");
        session.close();
        assertThatThrownBy(session::accounts).hasMessage("The IAM Identity Center sign-in was closed. Sign in again.");
        assertThat(session.toString()).endsWith(", closed]");
    }

    @Test
    void aTokenThePortalNoLongerAcceptsSaysToSignInAgain() {
        try (PortalSession session = signIn(DEVELOPER)) {
            var stale = new PortalSession(session.location(), "not-a-token", session.expiresAt(),
                    new co.pump.icm.aws.AwsCallRunner(co.pump.icm.aws.RateSettings.AWS_DEFAULTS), sandbox.clock);
            try (stale) {
                assertThatThrownBy(stale::accounts)
                        .hasMessage("Your IAM Identity Center sign-in has expired or was signed out. Sign in again.");
            }
        }
    }
}
