package co.pump.icm.aws;

/**
 * An AWS API, with how AWS throttles it. Identity Store allows 20 requests per second to each of
 * its operations separately, the IAM Identity Center admin API 20 per second to all its
 * operations together (IAM Identity Center quotas; docs/aws-behaviour.md, "Limits"). So a run
 * keeps one rate limiter per Identity Store operation and one per other family: users, groups
 * and memberships are written side by side, each at up to Identity Store's rate, while the admin
 * API's work shares its one limit.
 */
public enum ApiFamily {
    IDENTITY_STORE("identitystore", "identitystore"),
    SSO_ADMIN("sso-admin", "sso"),
    ORGANIZATIONS("organizations", "organizations"),
    STS("sts", "sts"),
    /** The IAM Identity Center sign-in (device authorization); unsigned, not governed by IAM policies. */
    SSO_OIDC("sso-oidc", "sso-oauth"),
    /** The AWS access portal API (accounts, roles, role credentials); unsigned, uses the sign-in's token. */
    SSO_PORTAL("sso-portal", "sso");

    private final String serviceName;
    private final String iamPrefix;

    ApiFamily(String serviceName, String iamPrefix) {
        this.serviceName = serviceName;
        this.iamPrefix = iamPrefix;
    }

    /** The IAM action for an operation of this family, e.g. {@code sso:ListPermissionSets}. */
    public String iamAction(String operation) {
        return iamPrefix + ":" + operation;
    }

    /** True when AWS limits each operation of this family on its own rather than the family as a whole. */
    public boolean limitedPerOperation() {
        return this == IDENTITY_STORE;
    }

    /** The AWS service name, as in IAM actions and the sandbox's call log. */
    public String serviceName() {
        return serviceName;
    }
}
