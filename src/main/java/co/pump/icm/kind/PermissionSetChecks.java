package co.pump.icm.kind;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PermissionSet;

/** What AWS would refuse about a permission set, and what the user must prepare for it. */
final class PermissionSetChecks {

    static final int INLINE_POLICY_LIMIT = 32_768;
    static final int POLICY_LIMIT = 20;
    static final int DEFAULT_POLICY_QUOTA = 10;

    private final Map<String, Set<String>> accountsByPermissionSet = new HashMap<>();
    private final String managementAccountId;

    PermissionSetChecks(IdentityCenterConfig desired, String managementAccountId) {
        this.managementAccountId = managementAccountId;
        for (AccountAssignment a : desired.assignments()) {
            accountsByPermissionSet.computeIfAbsent(a.permissionSetName(), k -> new TreeSet<>()).add(a.accountId());
        }
    }

    /** Why AWS would refuse the permission set as it is, or null. */
    String problem(PermissionSet set) {
        if (set.inlinePolicy() != null) {
            int bytes = set.inlinePolicy().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > INLINE_POLICY_LIMIT) {
                return String.format("its inline policy is %,d bytes, and AWS allows %,d", bytes, INLINE_POLICY_LIMIT);
            }
        }
        int policies = set.managedPolicies().size() + set.customerManagedPolicies().size();
        if (policies > POLICY_LIMIT) {
            return "it has " + policies + " managed and customer managed policies, and AWS allows at most "
                    + POLICY_LIMIT;
        }
        return null;
    }

    /** Things to prepare before the import for this permission set. */
    List<String> warnings(PermissionSet set) {
        var result = new ArrayList<String>();
        int policies = set.managedPolicies().size() + set.customerManagedPolicies().size();
        if (policies > DEFAULT_POLICY_QUOTA) {
            result.add("Permission set " + set.name() + " has " + policies
                    + " managed and customer managed policies; AWS allows " + DEFAULT_POLICY_QUOTA
                    + " unless the quota was raised. Ask for the same increase in the new organization first.");
        }
        var references = new TreeSet<String>();
        set.customerManagedPolicies().forEach(p -> references.add(p.qualifiedName()));
        if (set.permissionsBoundary() != null && set.permissionsBoundary().customerManagedPolicyReference() != null) {
            CustomerManagedPolicyReference b = set.permissionsBoundary().customerManagedPolicyReference();
            references.add(b.qualifiedName() + " (boundary)");
        }
        if (!references.isEmpty()) {
            var accounts = new TreeSet<>(accountsByPermissionSet.getOrDefault(set.name(), Set.of()));
            if (managementAccountId != null) {
                accounts.remove(managementAccountId);
            }
            result.add("Permission set " + set.name() + " refers to customer managed "
                    + "policies " + String.join(", ", references) + ". They must exist in "
                    + (accounts.isEmpty() ? "each account it is assigned to"
                    : "accounts " + String.join(", ", accounts))
                    + " before the import, or its assignments there will fail.");
        }
        return result;
    }
}
