package co.pump.icm.ui.signin;

import co.pump.icm.aws.AwsTarget;
import co.pump.icm.aws.signin.AccessKeys;
import co.pump.icm.aws.signin.Identity;
import co.pump.icm.ui.tasks.TaskProgress;
import co.pump.icm.ui.tasks.Work;

/**
 * The background part of a sign-in check: make the credentials (a tab's {@code prepare}, which
 * may call AWS), run who-am-I, look up the account's name, and judge the result for the side.
 * Runs off the FX thread; touches no property.
 */
final class SignInCheck {

    /** Where the account's name is asked when the instance's region is not known: Organizations is global. */
    private static final String GLOBAL_REGION = "us-east-1";

    private final SignInSide side;
    private final SignInServices services;
    private final Identity source;

    /**
     * @param source the current organization's who-am-I result, for the new-admin step's role line (or null)
     */
    SignInCheck(SignInSide side, SignInServices services, Identity source) {
        this.side = side;
        this.services = services;
        this.source = source;
    }

    /** Prepares and checks; an IAM Identity Center profile that needs a sign-in first comes back as such. */
    Result run(Work<Candidate> prepare, TaskProgress progress) throws Exception {
        Candidate candidate = prepare.run(progress);
        if (candidate instanceof Candidate.LoginFirst loginFirst) {
            return new Result(loginFirst, null);
        }
        progress.message(SignInViewModel.CHECKING);
        return new Result(null, check((Candidate.Ready) candidate));
    }

    private SignInOutcome check(Candidate.Ready candidate) {
        try {
            Identity identity = services.whoAmI().apply(candidate.target());
            String name = candidate.accountName();
            if (name == null && identity.signedIn()) {
                AwsTarget signedIn = candidate.target();
                AwsTarget there = new AwsTarget(null, identity.region() != null ? identity.region() : GLOBAL_REGION,
                        signedIn.endpoint(), signedIn.credentials(), signedIn.profileFile(), signedIn.environment());
                name = services.accountNames().nameOf(there, identity.accountId());
            }
            return SignInOutcome.of(side, candidate, identity, name, source);
        } catch (RuntimeException e) {
            // Typed keys that could not be checked are not kept in memory.
            clearTyped(candidate);
            throw e;
        }
    }

    /** Clears typed access keys (refused, unusable, or no longer wanted). */
    static void clearTyped(Candidate.Ready candidate) {
        if (candidate.holder() instanceof AccessKeys typed) {
            typed.clear();
        }
    }

    /**
     * What a check came to.
     *
     * @param loginFirst an IAM Identity Center profile to sign in with first, or null
     * @param outcome    the checked sign-in, or null
     */
    record Result(Candidate.LoginFirst loginFirst, SignInOutcome outcome) {

        /** A result nobody will use (the step was reset meanwhile): typed keys in it are cleared. */
        void discard() {
            if (outcome != null) {
                clearTyped(outcome.candidate());
            }
        }
    }
}
