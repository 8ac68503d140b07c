package co.pump.icm.sandbox.ssoadmin;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.model.Tag;
import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.state.SandboxApplication;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxTokenIssuer;

/**
 * TagResource, UntagResource and ListTagsForResource on permission sets, applications and trusted
 * token issuers. The instance itself lists no tags and cannot be tagged here (the product reads
 * none). InstanceArn is optional on all three (model). The same access rules apply as to the
 * resource's other operations: a delegated administrator may not change a permission set
 * provisioned to the management account, nor use another account's application or issuer.
 */
final class TagOperations {

    /** A resource's tags and how to replace them. */
    private record Tagged(List<Tag> tags, Consumer<List<Tag>> replace) {
    }

    private final InstanceAccess access;
    private final ApplicationAccess applications;

    TagOperations(InstanceAccess access, ApplicationAccess applications) {
        this.access = access;
        this.applications = applications;
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
        Tagged target = resource(caller, in.operation(), instanceArn, resourceArn, true);
        TagRules.checkRequest(tags);
        target.replace().accept(TagRules.merge(target.tags(), tags));
        return JsonNodeFactory.instance.objectNode();
    }

    /** Removing a key the resource does not have is not an error. */
    private JsonNode untag(Caller caller, Input in) {
        String instanceArn = in.optional("InstanceArn", Shapes.INSTANCE_ARN);
        String resourceArn = in.required("ResourceArn", Shapes.TAGGABLE_RESOURCE_ARN);
        List<String> keys = in.strings("TagKeys", Shapes.TAG_KEY, true, 1, Shapes.TAGS_PER_REQUEST);
        in.validate();
        Tagged target = resource(caller, in.operation(), instanceArn, resourceArn, true);
        target.replace().accept(target.tags().stream().filter(t -> !keys.contains(t.key())).toList());
        return JsonNodeFactory.instance.objectNode();
    }

    /** Paged by NextToken only: the operation has no MaxResults. */
    private JsonNode list(Caller caller, Input in) {
        String instanceArn = in.optional("InstanceArn", Shapes.INSTANCE_ARN);
        String resourceArn = in.required("ResourceArn", Shapes.TAGGABLE_RESOURCE_ARN);
        String token = in.nextToken();
        in.validate();
        List<Tag> tags = resource(caller, in.operation(), instanceArn, resourceArn, false).tags();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Pages.page(in, tags, null, token).writeTo(out, "Tags", PermissionSetJson::tag);
        return out;
    }

    /** The tagged resource in the caller's instance; AccessDenied when InstanceArn or the ARN names another one. */
    private Tagged resource(Caller caller, String operation, String instanceArn, String arn, boolean change) {
        SandboxInstance instance = instanceArn != null ? access.instance(caller, operation, instanceArn)
                : access.administered(caller).orElseThrow(() -> InstanceAccess.denied(caller, operation, arn));
        if (arn.contains(":application/")) {
            SandboxApplication app = applications.application(caller, operation, arn).application();
            return new Tagged(List.copyOf(app.tags), tags -> {
                app.tags.clear();
                app.tags.addAll(tags);
            });
        }
        if (arn.contains(":trustedTokenIssuer/")) {
            SandboxTokenIssuer issuer = applications.tokenIssuer(caller, operation, arn);
            SandboxInstance home = applications.tokenIssuerInstance(caller, operation, arn);
            return new Tagged(issuer.tags(), tags -> home.trustedTokenIssuers.put(arn, issuer.withTags(tags)));
        }
        if (arn.contains(":instance/")) {
            if (!arn.equals(instance.arn)) {
                throw InstanceAccess.denied(caller, operation, arn);
            }
            return new Tagged(List.of(), tags -> {
                throw AwsError.validation("The sandbox keeps no tags on the instance itself (" + arn
                        + "); permission sets, applications and trusted token issuers have tags.");
            });
        }
        if (!arn.contains("/" + instance.instanceId() + "/")) {
            throw InstanceAccess.denied(caller, operation, arn);
        }
        PermissionSetTarget target = PermissionSetTarget.find(access, caller, operation, instance.arn, arn);
        if (change) {
            access.requireMayChange(caller, operation, instance, arn);
        }
        return new Tagged(target.set().tags(), tags -> PermissionSetRecords.changeTags(instance, arn, d -> {
            d.tags.clear();
            d.tags.addAll(tags);
        }));
    }
}
