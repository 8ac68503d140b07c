package co.pump.icm.aws;

/**
 * A group of AWS APIs that AWS throttles together. Identity Store and the IAM Identity Center
 * admin API are separate services with separate limits (about 20 requests per second each), so a
 * run keeps one rate limiter per family and can keep both busy at once.
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

    /** The AWS service name, as in IAM actions and the sandbox's call log. */
    public String serviceName() {
        return serviceName;
    }
}
