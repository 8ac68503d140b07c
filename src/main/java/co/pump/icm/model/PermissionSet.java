package co.pump.icm.model;

import java.util.List;

/**
 * A permission set with everything attached to it. Keyed by {@code name}.
 *
 * @param sessionDuration ISO-8601 duration such as {@code PT8H}, or null for AWS's default (PT1H)
 * @param inlinePolicy    the inline policy document as AWS returns it, or null
 */
public record PermissionSet(String name,
                            String description,
                            String sessionDuration,
                            String relayState,
                            List<Tag> tags,
                            String inlinePolicy,
                            List<ManagedPolicy> managedPolicies,
                            List<CustomerManagedPolicyReference> customerManagedPolicies,
                            PermissionsBoundary permissionsBoundary,
                            Origin origin) {

    public PermissionSet {
        tags = Lists.copy(tags);
        managedPolicies = Lists.copy(managedPolicies);
        customerManagedPolicies = Lists.copy(customerManagedPolicies);
    }

    /** The natural key: the name. */
    public String key() {
        return name;
    }
}
