package co.pump.icm.sandbox.ssoadmin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PermissionsBoundary;
import co.pump.icm.model.Tag;

/** Permission sets and their parts in the sso-admin output shapes. */
final class PermissionSetJson {

    /**
     * What AWS reports for a permission set created without a session duration: the documented
     * default of one hour (the user guide; Terraform's provider also documents PT1H as the default).
     */
    static final String DEFAULT_SESSION_DURATION = "PT1H";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private PermissionSetJson() {
    }

    /** The {@code PermissionSet} shape: Name, PermissionSetArn, Description, CreatedDate, SessionDuration, RelayState. */
    static ObjectNode permissionSet(PermissionSet set, String arn, double createdDate) {
        ObjectNode out = JSON.objectNode();
        out.put("Name", set.name());
        out.put("PermissionSetArn", arn);
        putIfPresent(out, "Description", set.description());
        out.put("CreatedDate", createdDate);
        out.put("SessionDuration", set.sessionDuration() == null ? DEFAULT_SESSION_DURATION : set.sessionDuration());
        putIfPresent(out, "RelayState", set.relayState());
        return out;
    }

    static ObjectNode tag(Tag tag) {
        return JSON.objectNode().put("Key", tag.key()).put("Value", tag.value());
    }

    static ObjectNode managedPolicy(ManagedPolicy policy) {
        return JSON.objectNode().put("Arn", policy.arn()).put("Name", policy.name());
    }

    static ObjectNode customerManagedPolicyReference(CustomerManagedPolicyReference reference) {
        return JSON.objectNode().put("Name", reference.name()).put("Path", reference.path());
    }

    /** The {@code PermissionsBoundary} shape: one of ManagedPolicyArn or CustomerManagedPolicyReference. */
    static ObjectNode permissionsBoundary(PermissionsBoundary boundary) {
        ObjectNode out = JSON.objectNode();
        if (boundary.customerManagedPolicyReference() != null) {
            out.set("CustomerManagedPolicyReference",
                    customerManagedPolicyReference(boundary.customerManagedPolicyReference()));
        } else {
            out.put("ManagedPolicyArn", boundary.managedPolicyArn());
        }
        return out;
    }

    static void putIfPresent(ObjectNode out, String key, String value) {
        if (value != null) {
            out.put(key, value);
        }
    }
}
