package co.pump.icm.sandbox.ssoadmin;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.StringShape;
import co.pump.icm.sandbox.state.AccessControlRecord;
import co.pump.icm.sandbox.state.SandboxInstance;

/**
 * The instance's attribute-based access control configuration: Describe, Create, Update and
 * Delete {@code InstanceAccessControlAttributeConfiguration}, with the model's validation (see
 * docs/aws-behaviour.md, "ABAC configuration"). The management account and the delegated
 * administrator may call all four.
 */
final class AccessControlOperations {

    /** AccessControlAttributeKey: 1–128, letters, spaces, digits and {@code _ . : / = + - @}. */
    static final StringShape KEY = new StringShape(1, 128, "[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@]+", false);
    /** AccessControlAttributeValueSource: 0–256, the key's characters and {@code [ ] { } $ \ "}. */
    static final StringShape SOURCE = new StringShape(0, 256, "[\\p{L}\\p{Z}\\p{N}_.:\\/=+\\-@\\[\\]\\{\\}\\$\\\\\"]*", false);
    /** AccessControlAttributeList holds 0–50 attributes; AccessControlAttributeValueSourceList exactly one source. */
    static final int ATTRIBUTES_MAX = 50;

    private final InstanceAccess access;

    AccessControlOperations(InstanceAccess access) {
        this.access = access;
    }

    void register(Map<String, Operation> operations) {
        operations.put("DescribeInstanceAccessControlAttributeConfiguration", this::describe);
        operations.put("CreateInstanceAccessControlAttributeConfiguration", this::create);
        operations.put("UpdateInstanceAccessControlAttributeConfiguration", this::update);
        operations.put("DeleteInstanceAccessControlAttributeConfiguration", this::delete);
    }

    private JsonNode describe(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        in.validate();
        SandboxInstance instance = access.instance(caller, in.operation(), instanceArn);
        return InstanceJson.accessControl(existing(instance));
    }

    /** Enables ABAC with the given attributes; an instance has one configuration, so a second is a conflict. */
    private JsonNode create(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        List<AccessControlRecord.Attribute> attributes = attributes(in);
        in.validate();
        SandboxInstance instance = access.instance(caller, in.operation(), instanceArn);
        unique(attributes);
        if (instance.accessControl != null) {
            // AWS documents no answer for this; a conflict is the strict guess (docs/aws-behaviour.md).
            throw AwsError.conflict("The instance " + instance.arn + " already has an access control attribute "
                    + "configuration; use UpdateInstanceAccessControlAttributeConfiguration to change it.");
        }
        instance.accessControl = new AccessControlRecord("ENABLED", null, attributes);
        return JsonNodeFactory.instance.objectNode();
    }

    /** Replaces the attributes: the request holds the whole list. */
    private JsonNode update(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        List<AccessControlRecord.Attribute> attributes = attributes(in);
        in.validate();
        SandboxInstance instance = access.instance(caller, in.operation(), instanceArn);
        unique(attributes);
        AccessControlRecord current = existing(instance);
        instance.accessControl = new AccessControlRecord(current.status(), current.statusReason(), attributes);
        return JsonNodeFactory.instance.objectNode();
    }

    /** Disables ABAC and forgets every attribute. */
    private JsonNode delete(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        in.validate();
        SandboxInstance instance = access.instance(caller, in.operation(), instanceArn);
        existing(instance);
        instance.accessControl = null;
        return JsonNodeFactory.instance.objectNode();
    }

    /** The required {@code InstanceAccessControlAttributeConfiguration.AccessControlAttributes}. */
    private static List<AccessControlRecord.Attribute> attributes(Input in) {
        var result = new ArrayList<AccessControlRecord.Attribute>();
        Input configuration = in.structure("InstanceAccessControlAttributeConfiguration", true);
        if (configuration == null) {
            return result;
        }
        for (Input attribute : configuration.structures("AccessControlAttributes", true, 0, ATTRIBUTES_MAX)) {
            String key = attribute.required("Key", KEY);
            Input value = attribute.structure("Value", true);
            List<String> source = value == null ? List.of() : value.strings("Source", SOURCE, true, 1, 1);
            result.add(new AccessControlRecord.Attribute(key, source));
        }
        return result;
    }

    /** Two attributes with one key would map one attribute twice; AWS says nothing, the sandbox refuses. */
    private static void unique(List<AccessControlRecord.Attribute> attributes) {
        var seen = new HashSet<String>();
        for (AccessControlRecord.Attribute attribute : attributes) {
            if (!seen.add(attribute.key())) {
                throw AwsError.validation("The attribute key " + attribute.key() + " is given more than once.");
            }
        }
    }

    /** The configuration; AWS answers ResourceNotFound while ABAC is off (the wording is reconstructed). */
    private static AccessControlRecord existing(SandboxInstance instance) {
        if (instance.accessControl == null) {
            throw AwsError.notFound("The access control attribute configuration of instance " + instance.arn
                    + " was not found.");
        }
        return instance.accessControl;
    }
}
