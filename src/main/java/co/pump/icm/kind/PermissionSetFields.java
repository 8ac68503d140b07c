package co.pump.icm.kind;

import co.pump.icm.compare.FieldChange;
import co.pump.icm.compare.FieldDiff;
import co.pump.icm.compare.PolicyDocuments;
import co.pump.icm.compare.SessionDurations;
import java.util.Comparator;
import java.util.List;

import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PermissionsBoundary;
import co.pump.icm.model.Tag;

/** Compares two permission sets with the same name, the way AWS applies them. */
final class PermissionSetFields {

    private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());

    private PermissionSetFields() {
    }

    /**
     * The fields that differ, in the order of the record; {@code origin} is never compared.
     * Session durations compare as durations ({@code null} is {@code PT1H}); inline policies as
     * JSON documents ({@link PolicyDocuments}); managed policies by ARN alone (the name is AWS's
     * label for it); tags by key; policy lists in any order.
     */
    static List<FieldChange> diff(PermissionSet left, PermissionSet right) {
        var diff = new FieldDiff();
        diff.value("description", left.description(), right.description());
        if (!SessionDurations.equivalent(left.sessionDuration(), right.sessionDuration())) {
            diff.add(FieldChange.changed("sessionDuration", left.sessionDuration(), right.sessionDuration()));
        }
        diff.value("relayState", left.relayState(), right.relayState());
        diff.keyed("tags", left.tags(), right.tags(), Tag::key, Tag::value);
        if (!PolicyDocuments.equivalent(left.inlinePolicy(), right.inlinePolicy())) {
            diff.add(FieldChange.changed("inlinePolicy", present(left.inlinePolicy()), present(right.inlinePolicy())));
        }
        diff.set("managedPolicies", left.managedPolicies(), right.managedPolicies(), ManagedPolicy::arn,
                Comparator.comparing(ManagedPolicy::arn, TEXT));
        diff.set("customerManagedPolicies", left.customerManagedPolicies(), right.customerManagedPolicies(),
                reference -> reference, Comparator.comparing(CustomerManagedPolicyReference::qualifiedName));
        diff.value("permissionsBoundary", boundary(left.permissionsBoundary()), boundary(right.permissionsBoundary()));
        return diff.changes();
    }

    private static String present(String policy) {
        return PolicyDocuments.isAbsent(policy) ? null : policy;
    }

    // A boundary with neither part set is no boundary.
    private static PermissionsBoundary boundary(PermissionsBoundary boundary) {
        if (boundary == null
                || (boundary.managedPolicyArn() == null && boundary.customerManagedPolicyReference() == null)) {
            return null;
        }
        return boundary;
    }
}
