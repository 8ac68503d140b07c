package co.pump.icm.ui.signin;

/** The ways to sign in, one tab each. */
public enum SignInMethod {
    /** A profile of the AWS config files ({@code ~/.aws/config}), including IAM Identity Center profiles. */
    PROFILE("AWS profile"),
    /** The in-app IAM Identity Center sign-in: a code approved in the browser, then an account and a role. */
    IDENTITY_CENTER("IAM Identity Center sign-in"),
    /** An access key ID and secret access key typed in, kept in memory only. */
    ACCESS_KEYS("Access keys");

    private final String label;

    SignInMethod(String label) {
        this.label = label;
    }

    /** The tab's title. */
    public String label() {
        return label;
    }
}
