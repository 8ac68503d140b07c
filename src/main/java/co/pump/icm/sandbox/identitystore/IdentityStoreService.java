package co.pump.icm.sandbox.identitystore;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.JsonService;
import co.pump.icm.sandbox.ModelMembers;
import co.pump.icm.sandbox.state.SandboxWorld;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The Identity Store API ({@code AWSIdentityStore}, AWS JSON 1.1): users, groups and group
 * memberships of the identity store of an IAM Identity Center instance, usable by the account
 * that administers the instance. Requests are checked against the service model's constraints
 * first, then access, then the store's rules (uniqueness, existence).
 */
public final class IdentityStoreService implements JsonService {
    private final UserOperations users;
    private final GroupOperations groups;
    private final MembershipOperations memberships;

    /**
     * @param defaultPageSize the page size of List operations when the request gives no MaxResults
     */
    public IdentityStoreService(SandboxWorld world, int defaultPageSize) {
        var listing = new Listing(defaultPageSize);
        var index = new StoreIndex();
        this.users = new UserOperations(world, listing, index);
        this.groups = new GroupOperations(world, listing, index);
        this.memberships = new MembershipOperations(world, listing, index);
    }

    @Override
    public String targetPrefix() {
        return "AWSIdentityStore";
    }

    @Override
    public String serviceName() {
        return "identitystore";
    }

    @Override
    public boolean errorsCarryRequestId() {
        return true;
    }

    @Override
    public JsonNode call(String operation, Caller caller, ObjectNode input) {
        ModelMembers.requireKnown(serviceName(), operation, input);
        return switch (operation) {
            case "CreateUser" -> users.create(caller, input);
            case "DescribeUser" -> users.describe(caller, input);
            case "UpdateUser" -> users.update(caller, input);
            case "DeleteUser" -> users.delete(caller, input);
            case "ListUsers" -> users.list(caller, input);
            case "GetUserId" -> users.getId(caller, input);
            case "CreateGroup" -> groups.create(caller, input);
            case "DescribeGroup" -> groups.describe(caller, input);
            case "UpdateGroup" -> groups.update(caller, input);
            case "DeleteGroup" -> groups.delete(caller, input);
            case "ListGroups" -> groups.list(caller, input);
            case "GetGroupId" -> groups.getId(caller, input);
            case "CreateGroupMembership" -> memberships.create(caller, input);
            case "DeleteGroupMembership" -> memberships.delete(caller, input);
            case "DescribeGroupMembership" -> memberships.describe(caller, input);
            case "ListGroupMemberships" -> memberships.listForGroup(caller, input);
            case "ListGroupMembershipsForMember" -> memberships.listForMember(caller, input);
            case "GetGroupMembershipId" -> memberships.getId(caller, input);
            case "IsMemberInGroups" -> memberships.isMemberInGroups(caller, input);
            default -> throw new AwsError(400, "UnknownOperationException", null);
        };
    }
}
