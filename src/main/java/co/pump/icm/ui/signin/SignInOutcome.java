package co.pump.icm.ui.signin;

import java.util.ArrayList;
import java.util.List;

import co.pump.icm.aws.AwsTarget;
import co.pump.icm.aws.signin.Check;
import co.pump.icm.aws.signin.CheckStatus;
import co.pump.icm.aws.signin.Identity;
import co.pump.icm.ui.state.AccountIdentity;

/**
 * A checked sign-in: who-am-I's result, the account's name, the checklist with the line about the
 * account's part in the migration, and whether the step may go on.
 *
 * @param side        which step checked it
 * @param candidate   the credentials that were checked
 * @param identity    who-am-I's result
 * @param accountName the account's name, or null when unknown
 * @param lines       the checklist: who-am-I's lines, then the role line once signed in
 */
record SignInOutcome(SignInSide side, Candidate.Ready candidate, Identity identity, String accountName,
                     List<ChecklistLine> lines) {

    SignInOutcome {
        lines = List.copyOf(lines);
    }

    /** The checklist of an identity, with the role line for the side, given the source's identity (or null). */
    static SignInOutcome of(SignInSide side, Candidate.Ready candidate, Identity identity, String accountName,
                            Identity source) {
        var lines = new ArrayList<ChecklistLine>();
        for (Check check : identity.checks()) {
            lines.add(ChecklistLine.of(check));
        }
        if (identity.signedIn()) {
            lines.add(ChecklistLine.of(side.roleCheck(identity, source)));
        }
        return new SignInOutcome(side, candidate, identity, accountName, lines);
    }

    /** The same sign-in judged again against another source identity (the target step, after a new source sign-in). */
    SignInOutcome against(Identity source) {
        return of(side, candidate, identity, accountName, source);
    }

    /** True when the step may go on: signed in, an instance found, and no line is a problem. */
    boolean ready() {
        return identity.signedIn() && identity.instance() != null && problems() == 0;
    }

    long problems() {
        return lines.stream().filter(line -> line.status() == CheckStatus.PROBLEM).count();
    }

    long warnings() {
        return lines.stream().filter(line -> line.status() == CheckStatus.WARNING).count();
    }

    /** What the header shows: ✓ when every line is OK, ⚠ when one is a warning. */
    AccountIdentity accountIdentity() {
        return new AccountIdentity(identity.accountId(), accountName, identity.region(), problems() == 0 && warnings() == 0);
    }

    /** The target for the later steps: as signed in, in the region of the instance found. */
    AwsTarget target() {
        AwsTarget signedIn = candidate.target();
        String region = identity.instance() != null ? identity.instance().region() : signedIn.region();
        return new AwsTarget(signedIn.profile(), region, signedIn.endpoint(), signedIn.credentials(),
                signedIn.profileFile(), signedIn.environment());
    }

    /** How the verdict comes out: OK (ready), WARNING (ready, with warnings to read) or PROBLEM. */
    CheckStatus verdictStatus() {
        if (!ready()) {
            return CheckStatus.PROBLEM;
        }
        return warnings() == 0 ? CheckStatus.OK : CheckStatus.WARNING;
    }

    /** One sentence over the checklist, with a mark: ready, ready with warnings, or how many problems. */
    String verdict() {
        if (!identity.signedIn()) {
            return refusedOrUnreachable();
        }
        String account = "account " + identity.accountId() + (accountName == null ? "" : " (" + accountName + ")");
        if (ready()) {
            long warnings = warnings();
            return warnings == 0
                    ? "✓ Ready: you can " + side.verb() + " " + account + "."
                    : "⚠ Ready: you can " + side.verb() + " " + account + ". Read the " + plural(warnings, "warning")
                    + " below.";
        }
        long problems = problems();
        return "✗ Signed in to " + account + ", but " + (problems == 1 ? "one problem needs" : problems
                + " problems need") + " fixing before you go on.";
    }

    /**
     * A sign-in that did not get through: AWS refused it, or AWS was never reached (and then
     * which: the name not found, the connection refused, no answer, the secure connection).
     */
    private String refusedOrUnreachable() {
        String why = identity.checks().isEmpty() ? "" : identity.checks().get(0).message();
        if (why == null || !why.startsWith("Could not reach AWS")) {
            return "✗ AWS did not accept this sign-in. The first line below says why.";
        }
        String how = why.contains("was refused") ? "the connection was refused (the endpoint URL, or a proxy or firewall)"
                : why.contains("did not answer") ? "no answer in time (this computer is offline, or a proxy or firewall)"
                : why.contains("secure connection") ? "the secure connection failed (a proxy that inspects traffic)"
                : why.contains("real AWS region") ? "its address could not be found (DNS, the region, or offline)"
                : "the network (offline, a proxy, DNS or the endpoint)";
        return "✗ AWS could not be reached: " + how + ". Nothing was checked yet; the first line below says more.";
    }

    private static String plural(long count, String word) {
        return count == 1 ? word : count + " " + word + "s";
    }
}
