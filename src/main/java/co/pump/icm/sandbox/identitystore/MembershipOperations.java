package co.pump.icm.sandbox.identitystore;

import java.time.Instant;
import java.util.List;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.AwsJson;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.JsonInput;
import co.pump.icm.sandbox.Violations;
import co.pump.icm.sandbox.state.MembershipRecord;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxWorld;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * CreateGroupMembership, DeleteGroupMembership, DescribeGroupMembership, ListGroupMemberships,
 * ListGroupMembershipsForMember, GetGroupMembershipId and IsMemberInGroups. A user is a member of
 * a group at most once: a second CreateGroupMembership is a ConflictException with the reason
 * UNIQUENESS_CONSTRAINT_VIOLATION, as AWS answers it (docs/aws-behaviour.md, "Identity Store"), so
 * a repeated write is seen in the call log rather than in the state.
 */
final class MembershipOperations {
    private final SandboxWorld world;
    private final Listing listing;
    private final StoreIndex index;

    MembershipOperations(SandboxWorld world, Listing listing, StoreIndex index) {
        this.world = world;
        this.listing = listing;
        this.index = index;
    }

    JsonNode create(Caller caller, ObjectNode body) {
        JsonInput in = JsonInput.of(body, new Violations());
        String storeId = in.string("IdentityStoreId", Shapes.IDENTITY_STORE_ID, true);
        String groupId = in.string("GroupId", Shapes.RESOURCE_ID, true);
        String userId = memberId(in);
        in.violations().throwIfAny();
        synchronized (world) {
            SandboxInstance instance = StoreAccess.resolve(world, caller, storeId, "CreateGroupMembership");
            GroupOperations.find(instance, groupId);
            UserOperations.find(instance, userId);
            if (index.membership(instance, groupId, userId) != null) {
                throw AwsError.conflict("Member is already a member of the group.")
                        .with("Reason", "UNIQUENESS_CONSTRAINT_VIOLATION");
            }
            String membershipId = world.ids().resourceId(storeId);
            var membership = new MembershipRecord(membershipId, groupId, userId,
                    Instant.ofEpochMilli(world.now()).toString(), caller.arn());
            instance.memberships.put(membershipId, membership);
            index.membershipAdded(instance, membership);
            ObjectNode response = AwsJson.object();
            response.put("MembershipId", membershipId);
            response.put("IdentityStoreId", storeId);
            return response;
        }
    }

    JsonNode delete(Caller caller, ObjectNode body) {
        JsonInput in = JsonInput.of(body, new Violations());
        String storeId = in.string("IdentityStoreId", Shapes.IDENTITY_STORE_ID, true);
        String membershipId = in.string("MembershipId", Shapes.RESOURCE_ID, true);
        in.violations().throwIfAny();
        synchronized (world) {
            SandboxInstance instance = StoreAccess.resolve(world, caller, storeId, "DeleteGroupMembership");
            MembershipRecord membership = find(instance, membershipId);
            instance.memberships.remove(membershipId);
            index.membershipsRemoved(instance, List.of(membership));
            return AwsJson.object();
        }
    }

    JsonNode describe(Caller caller, ObjectNode body) {
        JsonInput in = JsonInput.of(body, new Violations());
        String storeId = in.string("IdentityStoreId", Shapes.IDENTITY_STORE_ID, true);
        String membershipId = in.string("MembershipId", Shapes.RESOURCE_ID, true);
        in.violations().throwIfAny();
        synchronized (world) {
            SandboxInstance instance = StoreAccess.resolve(world, caller, storeId, "DescribeGroupMembership");
            return GroupJson.membership(find(instance, membershipId), storeId);
        }
    }

    JsonNode listForGroup(Caller caller, ObjectNode body) {
        JsonInput in = JsonInput.of(body, new Violations());
        String storeId = in.string("IdentityStoreId", Shapes.IDENTITY_STORE_ID, true);
        String groupId = in.string("GroupId", Shapes.RESOURCE_ID, true);
        Listing.PageRequest page = listing.read(in);
        in.violations().throwIfAny();
        synchronized (world) {
            SandboxInstance instance = StoreAccess.resolve(world, caller, storeId, "ListGroupMemberships");
            GroupOperations.find(instance, groupId);
            List<MembershipRecord> memberships = index.ofGroup(instance, groupId);
            return Listing.respond(memberships, "ListGroupMemberships|" + storeId + "|" + groupId, page,
                    "GroupMemberships", m -> GroupJson.membership(m, storeId));
        }
    }

    JsonNode listForMember(Caller caller, ObjectNode body) {
        JsonInput in = JsonInput.of(body, new Violations());
        String storeId = in.string("IdentityStoreId", Shapes.IDENTITY_STORE_ID, true);
        String userId = memberId(in);
        Listing.PageRequest page = listing.read(in);
        in.violations().throwIfAny();
        synchronized (world) {
            SandboxInstance instance = StoreAccess.resolve(world, caller, storeId, "ListGroupMembershipsForMember");
            UserOperations.find(instance, userId);
            List<MembershipRecord> memberships = index.ofUser(instance, userId);
            return Listing.respond(memberships, "ListGroupMembershipsForMember|" + storeId + "|" + userId, page,
                    "GroupMemberships", m -> GroupJson.membership(m, storeId));
        }
    }

    JsonNode getId(Caller caller, ObjectNode body) {
        JsonInput in = JsonInput.of(body, new Violations());
        String storeId = in.string("IdentityStoreId", Shapes.IDENTITY_STORE_ID, true);
        String groupId = in.string("GroupId", Shapes.RESOURCE_ID, true);
        String userId = memberId(in);
        in.violations().throwIfAny();
        synchronized (world) {
            SandboxInstance instance = StoreAccess.resolve(world, caller, storeId, "GetGroupMembershipId");
            MembershipRecord membership = index.membership(instance, groupId, userId);
            if (membership == null) {
                throw Errors.notFound("GROUP_MEMBERSHIP", null);
            }
            ObjectNode response = AwsJson.object();
            response.put("MembershipId", membership.membershipId());
            response.put("IdentityStoreId", storeId);
            return response;
        }
    }

    /**
     * IsMemberInGroups: one result per group asked about, in the order asked. An unknown user is
     * ResourceNotFound; an unknown group simply has no membership (unconfirmed on AWS).
     */
    JsonNode isMemberInGroups(Caller caller, ObjectNode body) {
        JsonInput in = JsonInput.of(body, new Violations());
        String storeId = in.string("IdentityStoreId", Shapes.IDENTITY_STORE_ID, true);
        String userId = memberId(in);
        List<String> groupIds = in.strings("GroupIds", Shapes.RESOURCE_ID, 1, 100, true);
        in.violations().throwIfAny();
        synchronized (world) {
            SandboxInstance instance = StoreAccess.resolve(world, caller, storeId, "IsMemberInGroups");
            UserOperations.find(instance, userId);
            ObjectNode response = AwsJson.object();
            ArrayNode results = response.putArray("Results");
            for (String groupId : groupIds) {
                ObjectNode result = results.addObject();
                result.put("GroupId", groupId);
                result.putObject("MemberId").put("UserId", userId);
                result.put("MembershipExists", index.membership(instance, groupId, userId) != null);
            }
            return response;
        }
    }

    /** The MemberId union, whose only member is UserId. */
    private static String memberId(JsonInput in) {
        JsonInput member = in.object("MemberId", true);
        if (member == null) {
            return null;
        }
        if (!member.has("UserId")) {
            in.violations().add(in.path("MemberId"), null, "Union must have exactly one member set: UserId");
            return null;
        }
        return member.string("UserId", Shapes.RESOURCE_ID, true);
    }

    private static MembershipRecord find(SandboxInstance instance, String membershipId) {
        MembershipRecord membership = instance.memberships.get(membershipId);
        if (membership == null) {
            throw Errors.notFound("GROUP_MEMBERSHIP", membershipId);
        }
        return membership;
    }
}
