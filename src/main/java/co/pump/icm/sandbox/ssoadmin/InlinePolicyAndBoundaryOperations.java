package co.pump.icm.sandbox.ssoadmin;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.PermissionsBoundary;
import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Caller;

/**
 * The inline policy (one per permission set, at most 32,768 characters of which at most 10,240 are
 * not whitespace; IAM Identity Center quotas page) and the permissions boundary of a permission set.
 */
final class InlinePolicyAndBoundaryOperations {

    static final int MAX_NON_WHITESPACE = 10_240;
    /** Strict: "{} trailing text" is not a policy document. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final InstanceAccess access;

    InlinePolicyAndBoundaryOperations(InstanceAccess access) {
        this.access = access;
    }

    void register(Map<String, Operation> operations) {
        operations.put("PutInlinePolicyToPermissionSet", this::putInline);
        operations.put("GetInlinePolicyForPermissionSet", this::getInline);
        operations.put("DeleteInlinePolicyFromPermissionSet", this::deleteInline);
        operations.put("PutPermissionsBoundaryToPermissionSet", this::putBoundary);
        operations.put("GetPermissionsBoundaryForPermissionSet", this::getBoundary);
        operations.put("DeletePermissionsBoundaryFromPermissionSet", this::deleteBoundary);
    }

    private JsonNode putInline(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        String arn = in.required("PermissionSetArn", Shapes.PERMISSION_SET_ARN);
        String policy = in.required("InlinePolicy", Shapes.POLICY_DOCUMENT);
        in.validate();
        requirePolicyDocument(policy);
        PermissionSetTarget target = PermissionSetTarget.forChange(access, caller, in.operation(), instanceArn, arn);
        PermissionSetRecords.change(target.instance(), arn, d -> d.inlinePolicy = policy);
        return JsonNodeFactory.instance.objectNode();
    }

    /** With no inline policy AWS returns an empty one (API reference of the operation). */
    private JsonNode getInline(Caller caller, Input in) {
        PermissionSetTarget target = read(caller, in);
        String policy = target.set().inlinePolicy();
        return JsonNodeFactory.instance.objectNode().put("InlinePolicy", policy == null ? "" : policy);
    }

    private JsonNode deleteInline(Caller caller, Input in) {
        PermissionSetTarget target = change(caller, in);
        if (target.set().inlinePolicy() != null) {
            PermissionSetRecords.change(target.instance(), target.arn(), d -> d.inlinePolicy = null);
        }
        return JsonNodeFactory.instance.objectNode();
    }

    private JsonNode putBoundary(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        String arn = in.required("PermissionSetArn", Shapes.PERMISSION_SET_ARN);
        Input boundary = in.structure("PermissionsBoundary", true);
        String managedArn = boundary == null ? null : boundary.optional("ManagedPolicyArn", Shapes.MANAGED_POLICY_ARN);
        CustomerManagedPolicyReference reference = boundary == null ? null
                : ManagedPolicyOperations.readReference(boundary, "CustomerManagedPolicyReference", false);
        in.validate();
        if ((managedArn == null) == (reference == null)) {
            // The shape says "either"; AWS's wording for neither or both is not documented.
            throw AwsError.validation("A permissions boundary needs exactly one of ManagedPolicyArn and "
                    + "CustomerManagedPolicyReference.");
        }
        PermissionSetTarget target = PermissionSetTarget.forChange(access, caller, in.operation(), instanceArn, arn);
        PermissionsBoundary value = new PermissionsBoundary(managedArn, reference);
        PermissionSetRecords.change(target.instance(), arn, d -> d.permissionsBoundary = value);
        return JsonNodeFactory.instance.objectNode();
    }

    /** ResourceNotFound when there is no boundary (Terraform's provider relies on this; wording reconstructed). */
    private JsonNode getBoundary(Caller caller, Input in) {
        PermissionSetTarget target = read(caller, in);
        PermissionsBoundary boundary = target.set().permissionsBoundary();
        if (boundary == null) {
            throw AwsError.notFound("The permission set " + target.arn() + " has no permissions boundary.");
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("PermissionsBoundary", PermissionSetJson.permissionsBoundary(boundary));
        return out;
    }

    /** Deleting a boundary that is not there succeeds (assumed idempotent, like DeleteInlinePolicy). */
    private JsonNode deleteBoundary(Caller caller, Input in) {
        PermissionSetTarget target = change(caller, in);
        if (target.set().permissionsBoundary() != null) {
            PermissionSetRecords.change(target.instance(), target.arn(), d -> d.permissionsBoundary = null);
        }
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * The document must be a JSON object. AWS reports malformed policies in its own words; the
     * sandbox answers ValidationException with the parser's reason, and the non-whitespace quota as
     * ServiceQuotaExceeded (an error this operation declares).
     */
    private static void requirePolicyDocument(String policy) {
        JsonNode document;
        try {
            document = JSON.readTree(policy);
        } catch (JsonProcessingException e) {
            throw AwsError.validation("The inline policy is not a valid JSON policy document: " + e.getOriginalMessage());
        }
        if (document == null || !document.isObject()) {
            throw AwsError.validation("The inline policy is not a valid JSON policy document: it must be a JSON object.");
        }
        long nonWhitespace = policy.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        if (nonWhitespace > MAX_NON_WHITESPACE) {
            throw AwsError.quotaExceeded("The inline policy has " + nonWhitespace
                    + " characters that are not whitespace; IAM Identity Center allows at most " + MAX_NON_WHITESPACE + ".");
        }
    }

    private PermissionSetTarget read(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        String arn = in.required("PermissionSetArn", Shapes.PERMISSION_SET_ARN);
        in.validate();
        return PermissionSetTarget.find(access, caller, in.operation(), instanceArn, arn);
    }

    private PermissionSetTarget change(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        String arn = in.required("PermissionSetArn", Shapes.PERMISSION_SET_ARN);
        in.validate();
        return PermissionSetTarget.forChange(access, caller, in.operation(), instanceArn, arn);
    }
}
