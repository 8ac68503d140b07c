package co.pump.icm.cli;

import java.io.PrintWriter;
import java.util.List;

import co.pump.icm.aws.signin.DeviceCode;
import co.pump.icm.verify.AccessCheck;
import co.pump.icm.verify.AccessStatus;
import co.pump.icm.verify.AccessTestResult;
import co.pump.icm.verify.IdentityProviderChecklist;

/** The access test on a terminal: the code to approve, then a ✓/✗ table. */
final class AccessTestText {

    private AccessTestText() {
    }

    static void code(PrintWriter out, String userName, DeviceCode code) {
        out.println("Sign in as " + userName + ": open");
        out.println("    " + code.verificationUriComplete());
        out.println("and check that the page shows the code " + code.userCode() + " (valid for "
                + Math.max(1, code.expiresIn().toMinutes()) + " minutes). Waiting for the approval…");
        out.flush();
    }

    static void table(PrintWriter out, AccessTestResult result) {
        out.println();
        out.println("What " + result.userName() + " sees at " + result.portalUrl() + ", compared with the snapshot:");
        List<AccessCheck> checks = result.checks();
        int account = "Account".length();
        int role = "Role".length();
        for (AccessCheck c : checks) {
            account = Math.max(account, accountText(c).length());
            role = Math.max(role, c.roleName().length());
        }
        String format = "  %s %-" + account + "s  %-" + role + "s  %s%n";
        for (AccessCheck c : checks) {
            String why = c.status() == AccessStatus.UNEXPECTED ? "unexpected: not in the snapshot"
                    : String.join(", ", c.via()) + (c.status() == AccessStatus.MISSING ? " — missing" : "");
            out.printf(format, c.status().symbol(), accountText(c), c.roleName(), why);
        }
        long expected = result.count(AccessStatus.PRESENT) + result.count(AccessStatus.MISSING);
        if (result.passed()) {
            out.printf("✓ All %d expected roles are there, and nothing else.%n", expected);
        } else {
            out.printf("✗ %d of %d expected roles missing; %d unexpected.%n", result.count(AccessStatus.MISSING),
                    expected, result.count(AccessStatus.UNEXPECTED));
        }
        out.flush();
    }

    static void checklist(PrintWriter out, IdentityProviderChecklist checklist) {
        out.println("Users and groups come from your identity provider. To connect it to the new instance:");
        int n = 1;
        for (String step : checklist.steps()) {
            out.println("  " + n++ + ". " + step);
        }
        if (checklist.allProvisioned()) {
            out.println("✓ Every user and group of the snapshot has been provisioned.");
        } else {
            out.println("Not provisioned yet:");
            checklist.usersNotProvisioned().forEach(u -> out.println("  · user " + u));
            checklist.groupsNotProvisioned().forEach(g -> out.println("  · group " + g));
        }
        out.println();
        out.flush();
    }

    private static String accountText(AccessCheck c) {
        return c.accountId() + (c.accountName() == null ? "" : " " + c.accountName());
    }
}
