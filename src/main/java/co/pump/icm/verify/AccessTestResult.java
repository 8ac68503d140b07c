package co.pump.icm.verify;

import java.time.Instant;
import java.util.List;

/**
 * What a test user really sees in the new access portal, compared with what the snapshot says
 * they should see.
 *
 * @param portalUrl the access portal URL signed in to
 * @param userName  the user who signed in (as the person running the test named them)
 * @param testedAt  when the portal was read
 * @param checks    every expected and every unexpected (account, role), by account then role
 * @param roles     the IAM role behind each role the user could take, as AWS named it at sign-in
 */
public record AccessTestResult(String portalUrl, String userName, Instant testedAt, List<AccessCheck> checks,
                               List<SignedInRole> roles) {

    public AccessTestResult {
        checks = List.copyOf(checks);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** A result without the IAM roles behind what the user sees. */
    public AccessTestResult(String portalUrl, String userName, Instant testedAt, List<AccessCheck> checks) {
        this(portalUrl, userName, testedAt, checks, List.of());
    }

    /** How many checks have the given status. */
    public long count(AccessStatus status) {
        return checks.stream().filter(c -> c.status() == status).count();
    }

    /** True when every expected role is present and nothing unexpected is there. */
    public boolean passed() {
        return count(AccessStatus.MISSING) == 0 && count(AccessStatus.UNEXPECTED) == 0;
    }
}
