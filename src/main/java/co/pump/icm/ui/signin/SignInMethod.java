package co.pump.icm.ui.signin;

/** The ways to sign in, one tab each. */
public enum SignInMethod {
    /** A profile of the AWS config files ({@code ~/.aws/config}), including IAM Identity Center profiles. */
    PROFILE("AWS profile", "A profile of your AWS config files (~/.aws/config), including IAM Identity Center profiles"),
    /** The in-app IAM Identity Center sign-in: a code approved in the browser, then an account and a role. */
    IDENTITY_CENTER("IAM Identity Center", "IAM Identity Center sign-in: approve a code in your browser, then choose an "
            + "account and a role"),
    /** An access key ID and secret access key typed in, kept in memory only. */
    ACCESS_KEYS("Access keys", "An access key ID and secret access key, typed in and kept in memory only");

    private final String label;
    private final String description;

    SignInMethod(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The tab's title, e.g. {@code IAM Identity Center}. */
    public String label() {
        return label;
    }

    /** A sentence about it, for the tab's tooltip. */
    public String description() {
        return description;
    }
}
