package co.pump.icm.sandbox.identitystore;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import co.pump.icm.model.ExternalId;
import co.pump.icm.model.Group;
import co.pump.icm.model.Origin;
import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.AwsJson;
import co.pump.icm.sandbox.JsonInput;
import co.pump.icm.sandbox.state.MembershipRecord;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The Identity Store {@code Group} and {@code GroupMembership} shapes in JSON, and the audit members they share with users. */
final class GroupJson {
    private GroupJson() {
    }

    /** The Group shape of DescribeGroup and ListGroups. */
    static ObjectNode write(Group group, String identityStoreId) {
        ObjectNode json = AwsJson.object();
        json.put("GroupId", group.origin().id());
        UserJson.putIfSet(json, "DisplayName", group.displayName());
        putExternalIds(json, group.externalIds());
        UserJson.putIfSet(json, "Description", group.description());
        putAudit(json, group.origin());
        json.put("IdentityStoreId", identityStoreId);
        return json;
    }

    /** The attributes UpdateGroup changes, in the request's member names. */
    static ObjectNode attributes(Group group) {
        ObjectNode json = AwsJson.object();
        UserJson.putIfSet(json, "DisplayName", group.displayName());
        UserJson.putIfSet(json, "Description", group.description());
        return json;
    }

    /**
     * Reads and checks a group's attributes: a CreateGroup request or the result of an UpdateGroup
     * patch. DisplayName is required: the model marks it optional, but a group is known by its
     * name everywhere in IAM Identity Center and the console cannot make one without.
     */
    static Group read(JsonInput in, List<ExternalId> externalIds, Origin origin) {
        String displayName = in.string("DisplayName", Shapes.GROUP_DISPLAY_NAME, true);
        String description = in.string("Description", Shapes.TEXT, false);
        in.violations().throwIfAny();
        if (Shapes.RESERVED_NAMES.contains(displayName.toLowerCase(Locale.ROOT))) {
            throw AwsError.validation("The name " + displayName + " is reserved by IAM Identity Center and cannot be used.");
        }
        return new Group(displayName, description, externalIds, origin);
    }

    /**
     * The GroupMembership shape, which ListGroupMemberships, ListGroupMembershipsForMember and
     * DescribeGroupMembership return: with CreatedAt/CreatedBy and UpdatedAt/UpdatedBy (the
     * Identity Store model; a membership is never updated, so its update is its making).
     */
    static ObjectNode membership(MembershipRecord membership, String identityStoreId) {
        ObjectNode json = AwsJson.object();
        json.put("IdentityStoreId", identityStoreId);
        json.put("MembershipId", membership.membershipId());
        json.put("GroupId", membership.groupId());
        json.putObject("MemberId").put("UserId", membership.userId());
        putAudit(json, new Origin(membership.membershipId(), membership.createdAt(), membership.createdBy(),
                membership.createdAt(), membership.createdBy()));
        return json;
    }

    static void putExternalIds(ObjectNode json, List<ExternalId> externalIds) {
        if (externalIds.isEmpty()) {
            return;
        }
        ArrayNode list = json.putArray("ExternalIds");
        for (ExternalId id : externalIds) {
            list.addObject().put("Issuer", id.issuer()).put("Id", id.id());
        }
    }

    /** CreatedAt/CreatedBy/UpdatedAt/UpdatedBy, timestamps as epoch seconds. */
    static void putAudit(ObjectNode json, Origin origin) {
        putTime(json, "CreatedAt", origin.createdAt());
        UserJson.putIfSet(json, "CreatedBy", origin.createdBy());
        putTime(json, "UpdatedAt", origin.updatedAt());
        UserJson.putIfSet(json, "UpdatedBy", origin.updatedBy());
    }

    private static void putTime(ObjectNode json, String member, String isoInstant) {
        if (isoInstant == null) {
            return;
        }
        try {
            json.put(member, AwsJson.epochSeconds(Instant.parse(isoInstant)));
        } catch (DateTimeParseException e) {
            // Sample data with an unreadable timestamp: AWS would simply not report one.
        }
    }
}
