package co.pump.icm.sandbox.ssoadmin;

import java.util.ArrayList;
import java.util.List;

import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PermissionsBoundary;
import co.pump.icm.model.Tag;

/**
 * A mutable copy of a {@link PermissionSet} record for one change: the state holds immutable
 * records, so every change builds a new one from a draft.
 */
final class PermissionSetDraft {
    String name;
    String description;
    String sessionDuration;
    String relayState;
    final List<Tag> tags;
    String inlinePolicy;
    final List<ManagedPolicy> managedPolicies;
    final List<CustomerManagedPolicyReference> customerManagedPolicies;
    PermissionsBoundary permissionsBoundary;
    final Origin origin;

    PermissionSetDraft(PermissionSet set) {
        name = set.name();
        description = set.description();
        sessionDuration = set.sessionDuration();
        relayState = set.relayState();
        tags = new ArrayList<>(set.tags());
        inlinePolicy = set.inlinePolicy();
        managedPolicies = new ArrayList<>(set.managedPolicies());
        customerManagedPolicies = new ArrayList<>(set.customerManagedPolicies());
        permissionsBoundary = set.permissionsBoundary();
        origin = set.origin();
    }

    PermissionSet build() {
        return new PermissionSet(name, description, sessionDuration, relayState, tags, inlinePolicy, managedPolicies,
                customerManagedPolicies, permissionsBoundary, origin);
    }
}
