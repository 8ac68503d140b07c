package co.pump.icm.aws.signin;

/**
 * The IAM Identity Center instance the signed-in account administers.
 *
 * @param instanceArn     e.g. {@code arn:aws:sso:::instance/ssoins-1234567890abcdef}
 * @param identityStoreId e.g. {@code d-1234567890}
 * @param region          where it lives
 * @param ownerAccountId  the account that owns it: the organization's management account
 * @param role            how the signed-in account administers it
 * @param name            its name, or null
 */
public record IdentityCenterInstance(String instanceArn, String identityStoreId, String region, String ownerAccountId,
                                     AdminRole role, String name) {

    /** The AWS access portal URL AWS gives every instance (a custom subdomain may also exist). */
    public String defaultPortalUrl() {
        return "https://" + identityStoreId + ".awsapps.com/start";
    }
}
