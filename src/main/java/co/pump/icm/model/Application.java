package co.pump.icm.model;

import java.util.List;

/**
 * An application of the instance, keyed by name. The API creates customer managed OAuth
 * applications ({@link #CUSTOM_OAUTH_PROVIDER}) only; customer managed SAML applications and AWS
 * managed ones are made in the console or by the AWS service that owns them, so an import carries
 * their assignments once a person has made them again.
 *
 * <p>The ARN, owning account and creation time identify it in the instance it was read from, like
 * an {@link Origin}: never compared. How it is set up ({@code assignmentRequired} onwards) is
 * recorded since snapshot format version 3; a file of an older version has it null and empty,
 * and then only says the application exists.
 *
 * @param applicationAccount     the account that owns it, named in its ARN
 * @param providerArn            its application provider: what sort of application it is
 * @param visibility             ENABLED or DISABLED in the access portal
 * @param signInOrigin           IDENTITY_CENTER or APPLICATION
 * @param signInUrl              where APPLICATION sign-in starts
 * @param providerName           the provider's display name as AWS shows it (e.g. Amazon Q Business), or null
 * @param assignmentRequired     whether only assigned users and groups may use it; null when not recorded
 * @param grants                 its OAuth grants, one per type
 * @param iamActorPolicy         the IAM authentication method's actor policy (a JSON document), or null
 * @param userBackgroundSessions ENABLED or DISABLED; null when not recorded
 */
public record Application(String arn, String name, String description, String status, String applicationAccount,
                          String providerArn, String visibility, String signInOrigin, String signInUrl,
                          String createdAt, String providerName, List<Tag> tags, Boolean assignmentRequired,
                          List<ApplicationGrant> grants, String iamActorPolicy, String userBackgroundSessions) {

    /** The provider of customer managed OAuth applications, the only one CreateApplication accepts. */
    public static final String CUSTOM_OAUTH_PROVIDER = "arn:aws:sso::aws:applicationProvider/custom";
    /** The provider of customer managed SAML 2.0 applications, which only the console makes. */
    public static final String CUSTOM_SAML_PROVIDER = "arn:aws:sso::aws:applicationProvider/custom-saml";

    public Application {
        tags = Lists.copy(tags);
        grants = Lists.copy(grants);
    }

    /** An application as snapshot format versions 1 and 2 kept it: for the record, its setup not recorded. */
    public Application(String arn, String name, String description, String status, String applicationAccount,
                       String providerArn, String visibility, String signInOrigin, String signInUrl,
                       String createdAt) {
        this(arn, name, description, status, applicationAccount, providerArn, visibility, signInOrigin, signInUrl,
                createdAt, null, List.of(), null, List.of(), null, null);
    }

    /** True for a customer managed OAuth application, the only sort AWS's API can create. */
    public boolean madeByApi() {
        return CUSTOM_OAUTH_PROVIDER.equals(providerArn);
    }

    /** True when the snapshot records how it is set up (format version 3 and later). */
    public boolean setUpRecorded() {
        return assignmentRequired != null;
    }
}
