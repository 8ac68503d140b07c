package co.pump.icm.aws.signin;

/**
 * The IAM Identity Center settings of a profile (from the profile or its {@code [sso-session]}).
 *
 * @param sessionName the {@code sso_session} name, or null for a legacy profile
 * @param startUrl    the access portal URL, e.g. {@code https://d-1234567890.awsapps.com/start}
 * @param ssoRegion   the region of the access portal
 * @param accountId   the {@code sso_account_id}, or null
 * @param roleName    the {@code sso_role_name}, or null
 */
public record IdentityCenterProfile(String sessionName, String startUrl, String ssoRegion, String accountId,
                                    String roleName) {

    /** What the AWS CLI's token cache is keyed by: the session name, or the start URL of a legacy profile. */
    public String cacheKey() {
        return sessionName != null ? sessionName : startUrl;
    }

    /** True when the profile names the account and role to sign in to. */
    public boolean namesRole() {
        return accountId != null && roleName != null;
    }
}
