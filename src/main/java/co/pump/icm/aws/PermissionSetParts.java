package co.pump.icm.aws;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PermissionsBoundary;
import co.pump.icm.model.Tag;

/** The parts of one permission set, filled in by separate requests that may run at the same time. */
final class PermissionSetParts {
    final String arn;
    volatile software.amazon.awssdk.services.ssoadmin.model.PermissionSet description;
    volatile String inlinePolicy;
    volatile PermissionsBoundary boundary;
    final List<Tag> tags = Collections.synchronizedList(new ArrayList<>());
    final List<ManagedPolicy> managedPolicies = Collections.synchronizedList(new ArrayList<>());
    final List<CustomerManagedPolicyReference> customerManaged = Collections.synchronizedList(new ArrayList<>());

    PermissionSetParts(String arn) {
        this.arn = arn;
    }

    PermissionSet toModel() {
        var d = description;
        return new PermissionSet(d.name(), d.description(), d.sessionDuration(), d.relayState(),
                List.copyOf(tags), inlinePolicy, List.copyOf(managedPolicies), List.copyOf(customerManaged), boundary,
                new Origin(arn, SdkToModel.iso(d.createdDate()), null, null, null));
    }
}
