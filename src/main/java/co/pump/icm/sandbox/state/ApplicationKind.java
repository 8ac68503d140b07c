package co.pump.icm.sandbox.state;

/**
 * The three sorts of application an instance holds, told apart by their application provider. Only
 * customer managed OAuth applications can be created through the API; customer managed SAML
 * applications and AWS managed applications are made in the console or by the AWS service that
 * owns them (see docs/aws-behaviour.md, "sso-admin: applications and trusted token issuers").
 */
public enum ApplicationKind {
    CUSTOMER_MANAGED_OAUTH,
    CUSTOMER_MANAGED_SAML,
    AWS_MANAGED;

    /** The provider of customer managed OAuth applications, the one CreateApplication accepts. */
    public static final String CUSTOM_OAUTH_PROVIDER = "arn:aws:sso::aws:applicationProvider/custom";
    /** The provider of customer managed SAML 2.0 applications. */
    public static final String CUSTOM_SAML_PROVIDER = "arn:aws:sso::aws:applicationProvider/custom-saml";

    /** The sort of application a provider makes: any provider but the two custom ones is AWS managed. */
    public static ApplicationKind of(String providerArn) {
        if (CUSTOM_OAUTH_PROVIDER.equals(providerArn)) {
            return CUSTOMER_MANAGED_OAUTH;
        }
        if (CUSTOM_SAML_PROVIDER.equals(providerArn)) {
            return CUSTOMER_MANAGED_SAML;
        }
        return AWS_MANAGED;
    }
}
