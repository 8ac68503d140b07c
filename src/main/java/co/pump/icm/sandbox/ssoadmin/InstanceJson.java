package co.pump.icm.sandbox.ssoadmin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.model.AccessControlAttribute;
import co.pump.icm.model.AccessControlConfiguration;
import co.pump.icm.sandbox.state.SandboxInstance;

/** Instances and the ABAC configuration in the sso-admin output shapes. */
final class InstanceJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private InstanceJson() {
    }

    /** {@code InstanceMetadata}, which DescribeInstance returns member for member too. */
    static ObjectNode instance(SandboxInstance instance) {
        ObjectNode out = JSON.objectNode();
        out.put("InstanceArn", instance.arn);
        out.put("IdentityStoreId", instance.identityStoreId);
        out.put("OwnerAccountId", instance.ownerAccountId);
        PermissionSetJson.putIfPresent(out, "Name", instance.name);
        out.put("CreatedDate", instance.createdDate);
        out.put("Status", instance.status);
        return out;
    }

    /** The DescribeInstanceAccessControlAttributeConfiguration response. */
    static ObjectNode accessControl(AccessControlConfiguration config) {
        ObjectNode out = JSON.objectNode();
        out.put("Status", config.status());
        PermissionSetJson.putIfPresent(out, "StatusReason", config.statusReason());
        ArrayNode attributes = out.putObject("InstanceAccessControlAttributeConfiguration")
                .putArray("AccessControlAttributes");
        for (AccessControlAttribute attribute : config.attributes()) {
            ObjectNode item = attributes.addObject();
            item.put("Key", attribute.key());
            ArrayNode sources = item.putObject("Value").putArray("Source");
            attribute.sources().forEach(sources::add);
        }
        return out;
    }
}
