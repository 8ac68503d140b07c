package co.pump.icm.aws.signin;

/** How a profile of the AWS config files gets its credentials. */
public enum ProfileKind {
    /** {@code aws_access_key_id} and {@code aws_secret_access_key} (and perhaps a session token). */
    STATIC_KEYS("access keys"),
    /** {@code role_arn} with {@code source_profile} or {@code credential_source}. */
    ASSUME_ROLE("assume role"),
    /** {@code sso_session} or the legacy {@code sso_start_url}. */
    IDENTITY_CENTER("IAM Identity Center"),
    /** {@code credential_process}: a command that prints credentials. */
    CREDENTIAL_PROCESS("credential process"),
    /** None of the above (e.g. only a region, or web identity); icm cannot sign in with it. */
    UNKNOWN("no usable credentials");

    private final String label;

    ProfileKind(String label) {
        this.label = label;
    }

    /** A few words for the profile list, e.g. {@code IAM Identity Center}. */
    public String label() {
        return label;
    }
}
