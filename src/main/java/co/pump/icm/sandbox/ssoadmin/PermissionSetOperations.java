package co.pump.icm.sandbox.ssoadmin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import co.pump.icm.model.Origin;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.Tag;
import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * Create, describe, update, delete and list permission sets, and list where they are provisioned.
 */
final class PermissionSetOperations {

    private static final String PROVISIONED = "LATEST_PERMISSION_SET_PROVISIONED";

    private final SandboxWorld world;
    private final InstanceAccess access;

    PermissionSetOperations(SandboxWorld world, InstanceAccess access) {
        this.world = world;
        this.access = access;
    }

    void register(Map<String, Operation> operations) {
        operations.put("CreatePermissionSet", this::create);
        operations.put("DescribePermissionSet", this::describe);
        operations.put("UpdatePermissionSet", this::update);
        operations.put("DeletePermissionSet", this::delete);
        operations.put("ListPermissionSets", this::list);
        operations.put("ListPermissionSetsProvisionedToAccount", this::listProvisionedToAccount);
        operations.put("ListAccountsForProvisionedPermissionSet", this::listAccountsForProvisioned);
    }

    private JsonNode create(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        String name = in.required("Name", Shapes.PERMISSION_SET_NAME);
        PermissionSetFields fields = PermissionSetFields.read(in);
        List<Tag> tags = TagRules.read(in, false);
        in.validate();
        SandboxInstance instance = access.instance(caller, in.operation(), instanceArn);
        TagRules.checkRequest(tags);
        boolean taken = instance.permissionSets.values().stream().anyMatch(p -> p.name().equals(name));
        if (taken) {
            // Observed message (a CloudTrail record; docs/aws-behaviour.md).
            throw AwsError.conflict("PermissionSet with name " + name + " already exists.");
        }
        List<Tag> merged = TagRules.merge(List.of(), tags);
        String arn = world.ids().permissionSetArn(instance.arn);
        double created = world.now() / 1000.0;
        PermissionSet set = new PermissionSet(name, fields.description, fields.sessionDuration, fields.relayState,
                merged, null, List.of(), List.of(), null, Origin.of(arn));
        instance.permissionSets.put(arn, set);
        instance.permissionSetCreated.put(arn, created);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("PermissionSet", PermissionSetJson.permissionSet(set, arn, created));
        return out;
    }

    private JsonNode describe(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        String arn = in.required("PermissionSetArn", Shapes.PERMISSION_SET_ARN);
        in.validate();
        PermissionSetTarget target = PermissionSetTarget.find(access, caller, in.operation(), instanceArn, arn);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.set("PermissionSet", PermissionSetJson.permissionSet(target.set(), arn, target.createdDate()));
        return out;
    }

    /** Description, SessionDuration and RelayState only: the name is not a member and cannot change. */
    private JsonNode update(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        String arn = in.required("PermissionSetArn", Shapes.PERMISSION_SET_ARN);
        PermissionSetFields fields = PermissionSetFields.read(in);
        in.validate();
        PermissionSetTarget target = PermissionSetTarget.forChange(access, caller, in.operation(), instanceArn, arn);
        if (fields.any()) {
            PermissionSetRecords.change(target.instance(), arn, draft -> {
                if (fields.description != null) {
                    draft.description = fields.description;
                }
                if (fields.sessionDuration != null) {
                    draft.sessionDuration = fields.sessionDuration;
                }
                if (fields.relayState != null) {
                    draft.relayState = fields.relayState;
                }
            });
        }
        return JsonNodeFactory.instance.objectNode();
    }

    private JsonNode delete(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        String arn = in.required("PermissionSetArn", Shapes.PERMISSION_SET_ARN);
        in.validate();
        SandboxInstance instance = PermissionSetTarget.forChange(access, caller, in.operation(), instanceArn, arn)
                .instance();
        boolean assigned = instance.assignments.stream().anyMatch(a -> a.permissionSetArn().equals(arn));
        boolean provisioned = !instance.provisionedTo.getOrDefault(arn, Set.of()).isEmpty();
        if (assigned || provisioned) {
            // The rule is confirmed (docs/aws-behaviour.md); the observed message is truncated to
            // "Could not delete bec…", so the rest of this wording is reconstructed.
            throw AwsError.conflict("Could not delete because PermissionSet has ApplicationProfile associated with it.");
        }
        instance.permissionSets.remove(arn);
        instance.permissionSetCreated.remove(arn);
        instance.provisionedTo.remove(arn);
        instance.outdatedPermissionSets.remove(arn);
        return JsonNodeFactory.instance.objectNode();
    }

    private JsonNode list(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        Integer maxResults = in.maxResults();
        String token = in.nextToken();
        in.validate();
        SandboxInstance instance = access.instance(caller, in.operation(), instanceArn);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Pages.page(in, new ArrayList<>(instance.permissionSets.keySet()), maxResults, token)
                .writeTo(out, "PermissionSets", TextNode::valueOf);
        return out;
    }

    /** Omits the PermissionSets key when there are none, as AWS does (observed; docs/aws-behaviour.md). */
    private JsonNode listProvisionedToAccount(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        String accountId = in.required("AccountId", Shapes.ACCOUNT_ID);
        String status = in.optionalEnum("ProvisioningStatus", Shapes.PROVISIONING_STATUSES);
        Integer maxResults = in.maxResults();
        String token = in.nextToken();
        in.validate();
        SandboxInstance instance = access.instance(caller, in.operation(), instanceArn);
        List<String> arns = new ArrayList<>();
        instance.provisionedTo.forEach((arn, accounts) -> {
            if (accounts.contains(accountId) && hasStatus(instance, arn, status)) {
                arns.add(arn);
            }
        });
        Pages.Page<String> page = Pages.page(in, arns, maxResults, token);
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (!page.items().isEmpty()) {
            page.writeTo(out, "PermissionSets", TextNode::valueOf);
        }
        return out;
    }

    private JsonNode listAccountsForProvisioned(Caller caller, Input in) {
        String instanceArn = in.required("InstanceArn", Shapes.INSTANCE_ARN);
        String arn = in.required("PermissionSetArn", Shapes.PERMISSION_SET_ARN);
        String status = in.optionalEnum("ProvisioningStatus", Shapes.PROVISIONING_STATUSES);
        Integer maxResults = in.maxResults();
        String token = in.nextToken();
        in.validate();
        SandboxInstance instance = PermissionSetTarget.find(access, caller, in.operation(), instanceArn, arn).instance();
        List<String> accounts = hasStatus(instance, arn, status)
                ? new ArrayList<>(instance.provisionedTo.getOrDefault(arn, Set.of()))
                : List.of();
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        Pages.page(in, accounts, maxResults, token).writeTo(out, "AccountIds", TextNode::valueOf);
        return out;
    }

    /**
     * Whether a provisioned permission set matches a ProvisioningStatus filter. The state records
     * "changed since last provisioned" per permission set, not per account, so a permission set
     * counts as outdated in every account it is provisioned to until it is fully provisioned again.
     */
    private static boolean hasStatus(SandboxInstance instance, String arn, String status) {
        if (status == null) {
            return true;
        }
        boolean outdated = instance.outdatedPermissionSets.contains(arn);
        return PROVISIONED.equals(status) != outdated;
    }
}
