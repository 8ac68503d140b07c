package co.pump.icm.sandbox.ssoadmin;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Caller;

/**
 * AWS managed policies and customer managed policy references of a permission set: attach,
 * detach, list. Attaching one that is already attached is a ConflictException (it used to be an
 * InternalFailure; docs/aws-behaviour.md). Together they are limited to
 * {@value PermissionSetRecords#MAX_ATTACHED_POLICIES} per permission set (IAM Identity Center quotas
 * page: not adjustable). Beyond IAM's default of 10 managed policies per role is allowed here: that
 * IAM quota is the customer's to raise in each account, and the product only warns about it.
 */
final class ManagedPolicyOperations {

    private final InstanceAccess access;

    ManagedPolicyOperations(InstanceAccess access) {
        this.access = access;
    }

    void register(Map<String, Operation> operations) {
        operations.put("AttachManagedPolicyToPermissionSet", this::attachManaged);
        operations.put("DetachManagedPolicyFromPermissionSet", this::detachManaged);
        operations.put("ListManagedPoliciesInPermissionSet", this::listManaged);
        operations.put("AttachCustomerManagedPolicyReferenceToPermissionSet", this::attachReference);
        operations.put("DetachCustomerManagedPolicyReferenceFromPermissionSet", this::detachReference);
        operations.put("ListCustomerManagedPolicyReferencesInPermissionSet", this::listReferences);
    }

    /** Reads a CustomerManagedPolicyReference structure; Path defaults to {@code /}. */
    static CustomerManagedPolicyReference readReference(Input in, String member, boolean required) {
        Input reference = in.structure(member, required);
        if (reference == null) {
            return null;
        }
        String name = reference.required("Name", Shapes.MANAGED_POLICY_NAME);
        String path = reference.optional("Path", Shapes.MANAGED_POLICY_PATH);
        return name == null ? null : new CustomerManagedPolicyReference(name, path);
    }

    private JsonNode attachManaged(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        String arn = in.required("PermissionSetArn", Shapes.PERMISSION_SET_ARN);
        String policyArn = in.required("ManagedPolicyArn", Shapes.MANAGED_POLICY_ARN);
        in.validate();
        PermissionSetTarget target = PermissionSetTarget.forChange(access, caller, in.operation(), instanceArn, arn);
        if (target.set().managedPolicies().stream().anyMatch(p -> p.arn().equals(policyArn))) {
            throw AwsError.conflict("The managed policy " + policyArn + " is already attached to the permission set "
                    + arn + ".");
        }
        requireRoomForOneMore(target.set(), arn);
        String name = policyArn.substring(policyArn.lastIndexOf('/') + 1);
        PermissionSetRecords.change(target.instance(), arn, d -> d.managedPolicies.add(new ManagedPolicy(policyArn, name)));
        return JsonNodeFactory.instance.objectNode();
    }

    private JsonNode detachManaged(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        String arn = in.required("PermissionSetArn", Shapes.PERMISSION_SET_ARN);
        String policyArn = in.required("ManagedPolicyArn", Shapes.MANAGED_POLICY_ARN);
        in.validate();
        PermissionSetTarget target = PermissionSetTarget.forChange(access, caller, in.operation(), instanceArn, arn);
        if (target.set().managedPolicies().stream().noneMatch(p -> p.arn().equals(policyArn))) {
            throw AwsError.notFound("The managed policy " + policyArn + " is not attached to the permission set "
                    + arn + ".");
        }
        PermissionSetRecords.change(target.instance(), arn, d -> d.managedPolicies.removeIf(p -> p.arn().equals(policyArn)));
        return JsonNodeFactory.instance.objectNode();
    }

    private JsonNode listManaged(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        String arn = in.required("PermissionSetArn", Shapes.PERMISSION_SET_ARN);
        Integer maxResults = in.maxResults();
        String token = in.nextToken();
        in.validate();
        PermissionSetTarget target = PermissionSetTarget.find(access, caller, in.operation(), instanceArn, arn);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Pages.page(in, target.set().managedPolicies(), maxResults, token)
                .writeTo(out, "AttachedManagedPolicies", PermissionSetJson::managedPolicy);
        return out;
    }

    private JsonNode attachReference(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        String arn = in.required("PermissionSetArn", Shapes.PERMISSION_SET_ARN);
        CustomerManagedPolicyReference reference = readReference(in, "CustomerManagedPolicyReference", true);
        in.validate();
        PermissionSetTarget target = PermissionSetTarget.forChange(access, caller, in.operation(), instanceArn, arn);
        if (target.set().customerManagedPolicies().contains(reference)) {
            throw AwsError.conflict("The customer managed policy reference " + reference.qualifiedName()
                    + " is already attached to the permission set " + arn + ".");
        }
        requireRoomForOneMore(target.set(), arn);
        PermissionSetRecords.change(target.instance(), arn, d -> d.customerManagedPolicies.add(reference));
        return JsonNodeFactory.instance.objectNode();
    }

    private JsonNode detachReference(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        String arn = in.required("PermissionSetArn", Shapes.PERMISSION_SET_ARN);
        CustomerManagedPolicyReference reference = readReference(in, "CustomerManagedPolicyReference", true);
        in.validate();
        PermissionSetTarget target = PermissionSetTarget.forChange(access, caller, in.operation(), instanceArn, arn);
        if (!target.set().customerManagedPolicies().contains(reference)) {
            throw AwsError.notFound("The customer managed policy reference " + reference.qualifiedName()
                    + " is not attached to the permission set " + arn + ".");
        }
        PermissionSetRecords.change(target.instance(), arn, d -> d.customerManagedPolicies.remove(reference));
        return JsonNodeFactory.instance.objectNode();
    }

    private JsonNode listReferences(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        String arn = in.required("PermissionSetArn", Shapes.PERMISSION_SET_ARN);
        Integer maxResults = in.maxResults();
        String token = in.nextToken();
        in.validate();
        PermissionSetTarget target = PermissionSetTarget.find(access, caller, in.operation(), instanceArn, arn);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Pages.page(in, target.set().customerManagedPolicies(), maxResults, token)
                .writeTo(out, "CustomerManagedPolicyReferences", PermissionSetJson::customerManagedPolicyReference);
        return out;
    }

    /** The quota exception's wording is the sandbox's own (AWS's is not documented). */
    private static void requireRoomForOneMore(PermissionSet set, String arn) {
        if (PermissionSetRecords.attachedPolicies(set) >= PermissionSetRecords.MAX_ATTACHED_POLICIES) {
            throw AwsError.quotaExceeded("The permission set " + arn + " already has "
                    + PermissionSetRecords.MAX_ATTACHED_POLICIES
                    + " AWS managed and customer managed policies attached, the most IAM Identity Center allows.");
        }
    }
}
