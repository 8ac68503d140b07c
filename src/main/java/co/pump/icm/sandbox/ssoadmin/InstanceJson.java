package co.pump.icm.sandbox.ssoadmin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.sandbox.state.AccessControlRecord;
import co.pump.icm.sandbox.state.SandboxInstance;

/** Instances and the ABAC configuration in the sso-admin output shapes. */
final class InstanceJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private InstanceJson() {
    }

    /**
     * {@code InstanceMetadata}, as ListInstances returns it: with the primary Region and every
     * Region of the instance (AWS SDK for Java 2.54's model; a single-Region instance has one).
     */
    static ObjectNode metadata(SandboxInstance instance) {
        ObjectNode out = common(instance);
        out.put("PrimaryRegion", instance.region);
        ArrayNode regions = out.putArray("Regions");
        regions.add(region(instance.region, instance.createdDate, true));
        instance.additionalRegions.forEach((name, added) -> regions.add(region(name, added, false)));
        return out;
    }

    /**
     * The DescribeInstance response: the common members and how the instance's data is
     * encrypted, with an AWS owned key unless a customer managed KMS key was chosen.
     */
    static ObjectNode description(SandboxInstance instance) {
        ObjectNode out = common(instance);
        ObjectNode encryption = out.putObject("EncryptionConfigurationDetails");
        encryption.put("KeyType", instance.kmsKeyArn == null ? "AWS_OWNED_KMS_KEY" : "CUSTOMER_MANAGED_KEY");
        PermissionSetJson.putIfPresent(encryption, "KmsKeyArn", instance.kmsKeyArn);
        encryption.put("EncryptionStatus", "ENABLED");
        return out;
    }

    private static ObjectNode common(SandboxInstance instance) {
        ObjectNode out = JSON.objectNode();
        out.put("InstanceArn", instance.arn);
        out.put("IdentityStoreId", instance.identityStoreId);
        out.put("OwnerAccountId", instance.ownerAccountId);
        PermissionSetJson.putIfPresent(out, "Name", instance.name);
        out.put("CreatedDate", instance.createdDate);
        out.put("Status", instance.status);
        return out;
    }

    /** {@code RegionMetadata}. */
    private static ObjectNode region(String name, double added, boolean primary) {
        ObjectNode out = JSON.objectNode();
        out.put("RegionName", name);
        out.put("Status", "ACTIVE");
        out.put("AddedDate", added);
        out.put("IsPrimaryRegion", primary);
        return out;
    }

    /** The DescribeInstanceAccessControlAttributeConfiguration response. */
    static ObjectNode accessControl(AccessControlRecord config) {
        ObjectNode out = JSON.objectNode();
        out.put("Status", config.status());
        PermissionSetJson.putIfPresent(out, "StatusReason", config.statusReason());
        ArrayNode attributes = out.putObject("InstanceAccessControlAttributeConfiguration")
                .putArray("AccessControlAttributes");
        for (AccessControlRecord.Attribute attribute : config.attributes()) {
            ObjectNode item = attributes.addObject();
            item.put("Key", attribute.key());
            ArrayNode sources = item.putObject("Value").putArray("Source");
            attribute.source().forEach(sources::add);
        }
        return out;
    }
}
