package co.pump.icm.aws.signin;

/**
 * One profile of the AWS config and credentials files, as the profile list shows it. Holds no
 * secret: access keys, session tokens and commands' output are never read into it.
 *
 * @param name           the profile name, e.g. {@code default} or {@code prod}
 * @param kind           how it gets credentials
 * @param region         its {@code region}, or null
 * @param endpointUrl    its {@code endpoint_url}, or null
 * @param summary        a short description for the list, e.g. {@code assumes arn:aws:iam::1:role/Admin from base}
 * @param identityCenter the IAM Identity Center settings of an {@link ProfileKind#IDENTITY_CENTER} profile, or null
 */
public record AwsProfile(String name, ProfileKind kind, String region, String endpointUrl, String summary,
                         IdentityCenterProfile identityCenter) {
}
