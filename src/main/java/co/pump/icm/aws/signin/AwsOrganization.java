package co.pump.icm.aws.signin;

/**
 * The AWS Organization the signed-in account belongs to.
 *
 * @param id                  e.g. {@code o-pump000001}
 * @param managementAccountId the organization's management account
 */
public record AwsOrganization(String id, String managementAccountId) {
}
