package co.pump.icm.sandbox.data;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PermissionSet;

/** Works out which customer managed IAM policies each account needs for its assignments. */
final class PolicyPlacement {

    private PolicyPlacement() {
    }

    /**
     * For every account an assignment names, the customer managed policies (path and name) its
     * permission sets reference, directly or as a permissions boundary. Accounts appear in the
     * order the assignments first name them.
     */
    static Map<String, Set<String>> requiredBy(IdentityCenterConfig config) {
        var referenced = new HashMap<String, Set<String>>();
        config.permissionSets().forEach(ps -> referenced.put(ps.name(), referencedBy(ps)));
        var needed = new LinkedHashMap<String, Set<String>>();
        for (AccountAssignment assignment : config.assignments()) {
            Set<String> policies = needed.computeIfAbsent(assignment.accountId(), a -> new TreeSet<>());
            policies.addAll(referenced.getOrDefault(assignment.permissionSetName(), Set.of()));
        }
        needed.values().removeIf(Set::isEmpty);
        return needed;
    }

    /** The customer managed policies a permission set references, boundary included. */
    static Set<String> referencedBy(PermissionSet ps) {
        var names = new TreeSet<String>();
        for (CustomerManagedPolicyReference ref : ps.customerManagedPolicies()) {
            names.add(ref.qualifiedName());
        }
        if (ps.permissionsBoundary() != null && ps.permissionsBoundary().customerManagedPolicyReference() != null) {
            names.add(ps.permissionsBoundary().customerManagedPolicyReference().qualifiedName());
        }
        return names;
    }
}
