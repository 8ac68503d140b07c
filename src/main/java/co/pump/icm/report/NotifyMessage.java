package co.pump.icm.report;

/** The message to send the people who sign in through the new access portal. */
final class NotifyMessage {

    private NotifyMessage() {
    }

    static String subject(boolean passwordsNeeded) {
        return passwordsNeeded ? "Your AWS sign-in has moved: please set your password and MFA again"
                : "Your AWS sign-in has moved to a new address";
    }

    /**
     * A plain, friendly message: what changed, what stays the same, and what to do, step by step.
     *
     * @param passwordsNeeded false when people sign in through an external identity provider
     */
    static String body(String portalUrl, boolean passwordsNeeded) {
        if (!passwordsNeeded) {
            return """
                    Hello,

                    We have moved our AWS accounts to a new AWS organization, and with them
                    the AWS access portal where you sign in.

                    Nothing changes in how you sign in: you still use your usual company
                    account, and you keep access to the same AWS accounts and roles. Only
                    the address is new; please bookmark it:

                        %s

                    If you use the AWS CLI, run "aws configure sso" again with the new
                    address.

                    If you do not see an account or role you had before, reply to this
                    message.

                    Thank you!
                    """.formatted(portalUrl);
        }
        return """
                Hello,

                We have moved our AWS accounts to a new AWS organization, and with them
                the AWS access portal where you sign in. Your user name has not changed,
                and you keep access to the same AWS accounts and roles.

                Passwords and MFA devices cannot be moved, so please set them up once more:

                1. Open the new AWS access portal, and bookmark it:

                       %s

                2. Enter your user name. AWS sends a one-time password to your email
                   address: enter it on the portal (your administrator may instead give
                   you one).
                3. Choose a new password.
                4. When asked, register an MFA device again (an authenticator app or a
                   security key). The one you used before belongs to the old portal and
                   does not work here.
                5. Check that you see the AWS accounts and roles you expect. If you use
                   the AWS CLI, run "aws configure sso" again with the new address.

                If something is missing or does not work, reply to this message.

                Thank you!
                """.formatted(portalUrl);
    }
}
