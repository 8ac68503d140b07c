package co.pump.icm.verify;

/**
 * The IAM role a signed-in user really gets for a permission set in an account, as AWS STS names
 * it when the user takes the role: IAM Identity Center made it when it provisioned the permission
 * set there, with a suffix of its own ({@code AWSReservedSSO_<permission set>_<16 hex digits>}).
 *
 * @param accountId         the AWS account
 * @param permissionSetName the permission set (the role name the access portal shows)
 * @param roleName          the IAM role's name, e.g. {@code AWSReservedSSO_ReadOnly_0123456789abcdef}
 * @param roleArn           the IAM role's ARN, with IAM Identity Center's path
 */
public record SignedInRole(String accountId, String permissionSetName, String roleName, String roleArn) {

    private static final String PREFIX = "AWSReservedSSO_";

    /**
     * The role behind an assumed-role ARN from {@code GetCallerIdentity}
     * ({@code arn:aws:sts::<account>:assumed-role/<role>/<session>}), or null when the ARN is not an
     * IAM Identity Center role's. IAM Identity Center's roles have the path
     * {@code /aws-reserved/sso.amazonaws.com/<region>/}, without the region when the instance is in
     * us-east-1 (IAM Identity Center user guide, "Referencing permission sets in resource policies").
     */
    public static SignedInRole fromAssumedRole(String callerArn, String permissionSetName, String instanceRegion) {
        String[] arn = callerArn == null ? new String[0] : callerArn.split(":", 6);
        if (arn.length < 6 || !arn[5].startsWith("assumed-role/")) {
            return null;
        }
        String[] parts = arn[5].split("/");
        if (parts.length < 2 || !parts[1].startsWith(PREFIX)) {
            return null;
        }
        String path = "aws-reserved/sso.amazonaws.com/" + ("us-east-1".equals(instanceRegion) ? "" : instanceRegion + "/");
        return new SignedInRole(arn[4], permissionSetName, parts[1],
                "arn:" + arn[1] + ":iam::" + arn[4] + ":role/" + path + parts[1]);
    }
}
