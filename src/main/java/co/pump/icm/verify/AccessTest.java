package co.pump.icm.verify;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import co.pump.icm.aws.signin.DeviceCode;
import co.pump.icm.aws.signin.DeviceLogin;
import co.pump.icm.aws.signin.PortalLocation;
import co.pump.icm.aws.signin.PortalRole;
import co.pump.icm.aws.signin.PortalSession;

/**
 * The SSO access test: a person signs in to the new access portal as a test user (device code,
 * through {@link DeviceLogin}), the accounts and roles that user really sees are listed
 * ({@code ListAccounts}, {@code ListAccountRoles}), and compared with what the snapshot says the
 * user should see ({@link ExpectedAccess}). Each role is taken once to learn the IAM role behind it
 * ({@link SignedInRoles}), for the report's "what changes outside IAM Identity Center".
 *
 * <pre>{@code
 * var expected = ExpectedAccess.of(snapshot, "alice@acme.com", options, leftAloneIds);
 * var test = new AccessTest(new PortalLocation(portalUrl, region, null));
 * AccessTestResult result = test.run("alice@acme.com", expected, code -> show(code));  // blocks
 * }</pre>
 *
 * <p>The access portal does not say who signed in, so the result is labelled with the user the
 * person chose; the token lives only in memory, for the duration of {@link #run}.
 */
public final class AccessTest {

    private final PortalLocation location;
    private final DeviceLogin login;

    public AccessTest(PortalLocation location) {
        this.location = location;
        this.login = new DeviceLogin(location);
    }

    /**
     * Signs in, reads what the user sees, compares. Blocks until the person approves the code,
     * denies it, or it expires.
     *
     * @param userName the user the person signs in as (for the result)
     * @param expected what that user should see
     * @param onCode   called once, on this thread, with the code to show and the page to open
     * @throws co.pump.icm.aws.signin.SignInFailedException when the code is denied, expires or the
     *                                                      start URL is refused
     * @throws co.pump.icm.model.MigratorException          when the portal cannot be reached
     * @throws java.util.concurrent.CancellationException  when {@link #cancel()} was called
     */
    public AccessTestResult run(String userName, List<ExpectedRole> expected, Consumer<DeviceCode> onCode) {
        List<VisibleRole> seen;
        List<SignedInRole> roles;
        try (PortalSession session = login.signIn(onCode)) {
            seen = session.allRoles().stream().map(AccessTest::visible).toList();
            roles = SignedInRoles.of(session, seen, location.region());
        }
        AccessTestResult result = AccessComparison.compare(location.startUrl(), userName, expected, seen, Instant.now());
        return new AccessTestResult(result.portalUrl(), result.userName(), result.testedAt(), result.checks(), roles);
    }

    /** Stops a running {@link #run} (from another thread). */
    public void cancel() {
        login.cancel();
    }

    private static VisibleRole visible(PortalRole role) {
        return new VisibleRole(role.accountId(), role.accountName(), role.roleName());
    }
}
