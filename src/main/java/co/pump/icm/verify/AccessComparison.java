package co.pump.icm.verify;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares what a user sees in the access portal with what they should see: each expected
 * (account, role) is present or missing, each one seen but not expected is unexpected. Role
 * names are compared as AWS compares permission set names (exactly).
 */
public final class AccessComparison {

    private AccessComparison() {
    }

    /** The result of an access test, by account then role. */
    public static AccessTestResult compare(String portalUrl, String userName, List<ExpectedRole> expected,
                                           List<VisibleRole> seen, Instant testedAt) {
        Map<String, VisibleRole> visible = new LinkedHashMap<>();
        Map<String, String> accountNames = new LinkedHashMap<>();
        for (VisibleRole r : seen) {
            visible.putIfAbsent(key(r.accountId(), r.roleName()), r);
            if (r.accountName() != null) {
                accountNames.putIfAbsent(r.accountId(), r.accountName());
            }
        }
        var checks = new ArrayList<AccessCheck>();
        for (ExpectedRole role : expected) {
            VisibleRole match = visible.remove(key(role.accountId(), role.roleName()));
            // The portal's name for the account when it shows it, else the snapshot's.
            String name = accountNames.getOrDefault(role.accountId(), role.accountName());
            checks.add(new AccessCheck(role.accountId(), name, role.roleName(),
                    match != null ? AccessStatus.PRESENT : AccessStatus.MISSING, role.via()));
        }
        for (VisibleRole extra : visible.values()) {
            checks.add(new AccessCheck(extra.accountId(), extra.accountName(), extra.roleName(), AccessStatus.UNEXPECTED,
                    List.of()));
        }
        checks.sort(Comparator.comparing(AccessCheck::accountId)
                .thenComparing(AccessCheck::roleName, String.CASE_INSENSITIVE_ORDER));
        return new AccessTestResult(portalUrl, userName, testedAt, checks);
    }

    private static String key(String accountId, String roleName) {
        return accountId + "\n" + roleName;
    }
}
