package co.pump.icm.sandbox.ssoadmin;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.model.Tag;
import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.state.SandboxInstance;

/**
 * TagResource, UntagResource and ListTagsForResource. The sandbox keeps tags on permission sets,
 * the only resources the product reads tags from; the instance and its applications list no tags
 * and cannot be tagged here. InstanceArn is optional on all three (model).
 */
final class TagOperations {

    private final InstanceAccess access;

    TagOperations(InstanceAccess access) {
        this.access = access;
    }

    void register(Map<String, Operation> operations) {
        operations.put("TagResource", this::tag);
        operations.put("UntagResource", this::untag);
        operations.put("ListTagsForResource", this::list);
    }

    private JsonNode tag(Caller caller, Input in) {
        String instanceArn = in.optional("InstanceArn", Shapes.INSTANCE_ARN);
        String resourceArn = in.required("ResourceArn", Shapes.TAGGABLE_RESOURCE_ARN);
        List<Tag> tags = TagRules.read(in, true);
        in.validate();
        PermissionSetTarget target = permissionSetForChange(caller, in.operation(), instanceArn, resourceArn);
        TagRules.checkRequest(tags);
        List<Tag> merged = TagRules.merge(target.set().tags(), tags);
        PermissionSetRecords.changeTags(target.instance(), target.arn(), d -> {
            d.tags.clear();
            d.tags.addAll(merged);
        });
        return JsonNodeFactory.instance.objectNode();
    }

    /** Removing a key the resource does not have is not an error. */
    private JsonNode untag(Caller caller, Input in) {
        String instanceArn = in.optional("InstanceArn", Shapes.INSTANCE_ARN);
        String resourceArn = in.required("ResourceArn", Shapes.TAGGABLE_RESOURCE_ARN);
        List<String> keys = in.strings("TagKeys", Shapes.TAG_KEY, true, 1, Shapes.TAGS_PER_REQUEST);
        in.validate();
        PermissionSetTarget target = permissionSetForChange(caller, in.operation(), instanceArn, resourceArn);
        PermissionSetRecords.changeTags(target.instance(), target.arn(), d -> d.tags.removeIf(t -> keys.contains(t.key())));
        return JsonNodeFactory.instance.objectNode();
    }

    /** Paged by NextToken only: the operation has no MaxResults. */
    private JsonNode list(Caller caller, Input in) {
        String instanceArn = in.optional("InstanceArn", Shapes.INSTANCE_ARN);
        String resourceArn = in.required("ResourceArn", Shapes.TAGGABLE_RESOURCE_ARN);
        String token = in.nextToken();
        in.validate();
        SandboxInstance instance = instance(caller, in.operation(), instanceArn, resourceArn);
        List<Tag> tags = isPermissionSet(resourceArn)
                ? permissionSet(caller, in.operation(), instance, resourceArn).set().tags()
                : untaggable(caller, in.operation(), instance, resourceArn);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Pages.page(in, tags, null, token).writeTo(out, "Tags", PermissionSetJson::tag);
        return out;
    }

    private PermissionSetTarget permissionSetForChange(Caller caller, String operation, String instanceArn,
                                                       String resourceArn) {
        SandboxInstance instance = instance(caller, operation, instanceArn, resourceArn);
        if (!isPermissionSet(resourceArn)) {
            untaggable(caller, operation, instance, resourceArn);
            throw AwsError.validation("The sandbox keeps tags on permission sets only, not on " + resourceArn + ".");
        }
        PermissionSetTarget target = permissionSet(caller, operation, instance, resourceArn);
        access.requireMayChange(caller, operation, instance, resourceArn);
        return target;
    }

    /** The caller's instance; AccessDenied when InstanceArn names another one. */
    private SandboxInstance instance(Caller caller, String operation, String instanceArn, String resourceArn) {
        if (instanceArn != null) {
            return access.instance(caller, operation, instanceArn);
        }
        return access.administered(caller).orElseThrow(() -> InstanceAccess.denied(caller, operation, resourceArn));
    }

    /** A permission set of the caller's instance: AccessDenied when the ARN is of another instance. */
    private PermissionSetTarget permissionSet(Caller caller, String operation, SandboxInstance instance, String arn) {
        if (!arn.contains("/" + instance.instanceId() + "/")) {
            throw InstanceAccess.denied(caller, operation, arn);
        }
        return PermissionSetTarget.find(access, caller, operation, instance.arn, arn);
    }

    /** The instance itself or one of its applications: no tags. Anything else is denied or not found. */
    private List<Tag> untaggable(Caller caller, String operation, SandboxInstance instance, String arn) {
        if (arn.contains(":instance/")) {
            if (!arn.equals(instance.arn)) {
                throw InstanceAccess.denied(caller, operation, arn);
            }
            return List.of();
        }
        if (instance.applications.stream().anyMatch(app -> arn.equals(app.arn()))) {
            return List.of();
        }
        throw AwsError.notFound("Could not find the resource " + arn + ".");
    }

    private static boolean isPermissionSet(String arn) {
        return arn.contains(":permissionSet/");
    }
}
