package co.pump.icm.aws.signin;

import java.util.List;

/**
 * The IAM Identity Center instance the signed-in account administers.
 *
 * @param instanceArn     e.g. {@code arn:aws:sso:::instance/ssoins-1234567890abcdef}
 * @param identityStoreId e.g. {@code d-1234567890}
 * @param region          its primary Region: where it lives, and where AWS accepts changes to it
 * @param ownerAccountId  the account that owns it: the organization's management account
 * @param role            how the signed-in account administers it
 * @param name            its name, or null
 * @param regions         every Region it is in, the primary first (more than one for a multi-Region instance)
 * @param encryption      how its data is encrypted, or null when that could not be read
 */
public record IdentityCenterInstance(String instanceArn, String identityStoreId, String region, String ownerAccountId,
                                     AdminRole role, String name, List<String> regions, InstanceEncryption encryption) {

    public IdentityCenterInstance {
        regions = regions == null || regions.isEmpty() ? List.of(region) : List.copyOf(regions);
    }

    /** The same instance with its encryption, once read. */
    public IdentityCenterInstance withEncryption(InstanceEncryption value) {
        return new IdentityCenterInstance(instanceArn, identityStoreId, region, ownerAccountId, role, name, regions,
                value);
    }

    /** The AWS access portal URL AWS gives every instance (a custom subdomain may also exist). */
    public String defaultPortalUrl() {
        return "https://" + identityStoreId + ".awsapps.com/start";
    }
}
