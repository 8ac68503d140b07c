package co.pump.icm.report;

/**
 * How people created through the API sign in for the first time. AWS creates them without a
 * password and sends them no email (AWS's user guide, {@link #SOURCE}):
 * before anyone is told to sign in, the new instance must send them a one-time password by email,
 * or an administrator must hand one to each. The wizard's Finish step, the report and its
 * users-to-notify section say it in these words.
 */
public final class FirstSignIn {

    /** Where the setting is, in the console's own words. */
    public static final String CONSOLE_PATH = "IAM Identity Center console → Settings → Authentication tab → "
            + "Standard authentication → Configure → tick \"Send email OTP\" → Save";

    /** What to do, as a short sentence. */
    public static final String TITLE = "Before you tell anyone: turn on \"Send email OTP for users created from API\" "
            + "in the new instance";

    /** Why and how. */
    public static final String DETAIL = "Users created through the API have no password and AWS sends them no email, "
            + "so they cannot sign in yet. In the new organization's " + CONSOLE_PATH + ". Then each person receives a "
            + "one-time password by email the first time they sign in, and chooses a password. If you leave it off, "
            + "an administrator must generate a one-time password for each user in the console (Users → the user → "
            + "Reset password, then the one-time password choice) and share it with them.";

    /** AWS's page about it. */
    public static final String SOURCE = "https://docs.aws.amazon.com/singlesignon/latest/userguide/userswithoutpwd.html";

    private FirstSignIn() {
    }
}
