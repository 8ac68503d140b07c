package co.pump.icm.model;

/**
 * A permission set's permissions boundary: either an AWS managed policy ARN or a customer managed
 * policy reference, exactly one of the two.
 */
public record PermissionsBoundary(String managedPolicyArn, CustomerManagedPolicyReference customerManagedPolicyReference) {

    public static PermissionsBoundary managed(String arn) {
        return new PermissionsBoundary(arn, null);
    }

    public static PermissionsBoundary customerManaged(String name, String path) {
        return new PermissionsBoundary(null, new CustomerManagedPolicyReference(name, path));
    }
}
