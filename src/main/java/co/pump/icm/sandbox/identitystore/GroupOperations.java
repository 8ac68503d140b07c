package co.pump.icm.sandbox.identitystore;

import java.time.Instant;
import java.util.List;

import co.pump.icm.model.ExternalId;
import co.pump.icm.model.Group;
import co.pump.icm.model.Origin;
import co.pump.icm.sandbox.AwsJson;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.JsonInput;
import co.pump.icm.sandbox.Violations;
import co.pump.icm.sandbox.state.MembershipRecord;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxWorld;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * CreateGroup, DescribeGroup, UpdateGroup, DeleteGroup, ListGroups and GetGroupId. Group display
 * names are unique ignoring case, like user names.
 */
final class GroupOperations {
    private final SandboxWorld world;
    private final Listing listing;
    private final StoreIndex index;

    GroupOperations(SandboxWorld world, Listing listing, StoreIndex index) {
        this.world = world;
        this.listing = listing;
        this.index = index;
    }

    JsonNode create(Caller caller, ObjectNode body) {
        JsonInput in = JsonInput.of(body, new Violations());
        String storeId = in.string("IdentityStoreId", Shapes.IDENTITY_STORE_ID, true);
        Group group = GroupJson.read(in, List.of(), Origin.of(null));
        synchronized (world) {
            SandboxInstance instance = StoreAccess.resolve(world, caller, storeId, "CreateGroup");
            requireUnique(instance, group.displayName(), null);
            String now = Instant.ofEpochMilli(world.now()).toString();
            String groupId = world.ids().resourceId(storeId);
            Group created = new Group(group.displayName(), group.description(), List.of(),
                    new Origin(groupId, now, caller.arn(), now, caller.arn()));
            instance.groups.put(groupId, created);
            index.groupPut(instance, null, created);
            return ids(storeId, groupId);
        }
    }

    JsonNode describe(Caller caller, ObjectNode body) {
        JsonInput in = JsonInput.of(body, new Violations());
        String storeId = in.string("IdentityStoreId", Shapes.IDENTITY_STORE_ID, true);
        String groupId = in.string("GroupId", Shapes.RESOURCE_ID, true);
        in.violations().throwIfAny();
        synchronized (world) {
            SandboxInstance instance = StoreAccess.resolve(world, caller, storeId, "DescribeGroup");
            return GroupJson.write(find(instance, groupId), storeId);
        }
    }

    JsonNode update(Caller caller, ObjectNode body) {
        JsonInput in = JsonInput.of(body, new Violations());
        String storeId = in.string("IdentityStoreId", Shapes.IDENTITY_STORE_ID, true);
        String groupId = in.string("GroupId", Shapes.RESOURCE_ID, true);
        List<AttributePatch.Operation> operations = AttributePatch.read(in, AttributePatch.GROUP_PATHS);
        synchronized (world) {
            SandboxInstance instance = StoreAccess.resolve(world, caller, storeId, "UpdateGroup");
            Group current = find(instance, groupId);
            ObjectNode attributes = GroupJson.attributes(current);
            AttributePatch.apply(attributes, operations);
            List<ExternalId> externalIds = current.externalIds();
            Group patched = GroupJson.read(JsonInput.document(attributes, new Violations()), externalIds, current.origin());
            requireUnique(instance, patched.displayName(), groupId);
            Origin was = current.origin();
            String now = Instant.ofEpochMilli(world.now()).toString();
            Group updated = new Group(patched.displayName(), patched.description(), externalIds,
                    new Origin(was.id(), was.createdAt(), was.createdBy(), now, caller.arn()));
            instance.groups.put(groupId, updated);
            index.groupPut(instance, current, updated);
            return AwsJson.object();
        }
    }

    /** Deletes the group and, as AWS does, its memberships. A missing group is ResourceNotFound. */
    JsonNode delete(Caller caller, ObjectNode body) {
        JsonInput in = JsonInput.of(body, new Violations());
        String storeId = in.string("IdentityStoreId", Shapes.IDENTITY_STORE_ID, true);
        String groupId = in.string("GroupId", Shapes.RESOURCE_ID, true);
        in.violations().throwIfAny();
        synchronized (world) {
            SandboxInstance instance = StoreAccess.resolve(world, caller, storeId, "DeleteGroup");
            Group group = find(instance, groupId);
            List<MembershipRecord> memberships = index.ofGroup(instance, groupId);
            memberships.forEach(m -> instance.memberships.remove(m.membershipId()));
            index.membershipsRemoved(instance, memberships);
            instance.groups.remove(groupId);
            index.groupRemoved(instance, group);
            return AwsJson.object();
        }
    }

    /** ListGroups, with the deprecated {@code Filters} (AttributePath {@code DisplayName}) still honoured. */
    JsonNode list(Caller caller, ObjectNode body) {
        JsonInput in = JsonInput.of(body, new Violations());
        String storeId = in.string("IdentityStoreId", Shapes.IDENTITY_STORE_ID, true);
        Listing.PageRequest page = listing.read(in);
        Filter filter = Filter.read(in, "DisplayName");
        in.violations().throwIfAny();
        synchronized (world) {
            SandboxInstance instance = StoreAccess.resolve(world, caller, storeId, "ListGroups");
            Iterable<Group> groups = instance.groups.values();
            if (filter != null) {
                String id = index.groupNamed(instance, filter.value());
                groups = id == null ? List.of() : List.of(instance.groups.get(id));
            }
            String scope = "ListGroups|" + storeId + "|" + (filter == null ? "" : filter.value());
            return Listing.respond(groups, scope, page, "Groups", g -> GroupJson.write(g, storeId));
        }
    }

    /** GetGroupId by ExternalId or by the unique attribute {@code displayName}. */
    JsonNode getId(Caller caller, ObjectNode body) {
        JsonInput in = JsonInput.of(body, new Violations());
        String storeId = in.string("IdentityStoreId", Shapes.IDENTITY_STORE_ID, true);
        AlternateIdentifier identifier = AlternateIdentifier.read(in, List.of("displayName"));
        synchronized (world) {
            SandboxInstance instance = StoreAccess.resolve(world, caller, storeId, "GetGroupId");
            String id = identifier.externalId() != null
                    ? instance.groups.values().stream().filter(g -> g.externalIds().contains(identifier.externalId()))
                            .map(g -> g.origin().id()).findFirst().orElse(null)
                    : index.groupNamed(instance, identifier.attributeValue());
            if (id == null) {
                throw Errors.notFound("GROUP", null);
            }
            return ids(storeId, id);
        }
    }

    static Group find(SandboxInstance instance, String groupId) {
        Group group = instance.groups.get(groupId);
        if (group == null) {
            throw Errors.notFound("GROUP", groupId);
        }
        return group;
    }

    private void requireUnique(SandboxInstance instance, String displayName, String exceptGroupId) {
        String same = index.groupNamed(instance, displayName);
        if (same != null && !same.equals(exceptGroupId)) {
            throw Errors.duplicate("GroupDisplayName");
        }
    }

    private static ObjectNode ids(String storeId, String groupId) {
        ObjectNode response = AwsJson.object();
        response.put("GroupId", groupId);
        response.put("IdentityStoreId", storeId);
        return response;
    }
}
