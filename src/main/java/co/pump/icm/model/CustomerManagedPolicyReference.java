package co.pump.icm.model;

/**
 * A reference to a customer managed IAM policy by name and path. The policy itself lives in each
 * account the permission set is provisioned to, and must exist there before provisioning.
 *
 * @param path the IAM path, {@code /} by default
 */
public record CustomerManagedPolicyReference(String name, String path) {

    public CustomerManagedPolicyReference {
        if (path == null || path.isEmpty()) {
            path = "/";
        }
    }

    /** Name and path in one string, e.g. {@code /team/ReadAudit}. */
    public String qualifiedName() {
        return path + name;
    }
}
