package co.pump.icm.aws;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import co.pump.icm.model.AccessControlConfiguration;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PrincipalType;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssoadmin.model.StatusValues;

/**
 * Single-item reads of one IAM Identity Center instance: the cheap look a write can take right
 * before it goes out (has this user been updated since it was read? is this group still empty?).
 * Every request goes through the run's {@link AwsCallRunner}. "Not found" answers null or an
 * empty list; other errors are the SDK's, for the caller to explain.
 */
public final class InstanceLookup {

    private final AwsClients clients;
    private final AwsCallRunner runner;
    private final String instanceArn;
    private final String identityStoreId;
    /** Every assignment of the instance by principal ("TYPE\nID"), read on first use. */
    private Map<String, List<Assignment>> assignmentsByPrincipal;

    public InstanceLookup(AwsClients clients, AwsCallRunner runner, String instanceArn, String identityStoreId) {
        this.clients = clients;
        this.runner = runner;
        this.instanceArn = instanceArn;
        this.identityStoreId = identityStoreId;
    }

    /** The user's ID and audit fields (UpdatedAt tells whether it changed), or null when there is no such user. */
    public Origin user(String userId) {
        return orNull(() -> {
            var u = identity("DescribeUser", "user " + userId, () -> clients.identityStore()
                    .describeUser(r -> r.identityStoreId(identityStoreId).userId(userId)));
            return new Origin(u.userId(), SdkToModel.iso(u.createdAt()), u.createdBy(), SdkToModel.iso(u.updatedAt()),
                    u.updatedBy());
        });
    }

    /** The group's ID and audit fields, or null when there is no such group. */
    public Origin group(String groupId) {
        return orNull(() -> {
            var g = identity("DescribeGroup", "group " + groupId, () -> clients.identityStore()
                    .describeGroup(r -> r.identityStoreId(identityStoreId).groupId(groupId)));
            return new Origin(g.groupId(), SdkToModel.iso(g.createdAt()), g.createdBy(), SdkToModel.iso(g.updatedAt()),
                    g.updatedBy());
        });
    }

    /** The ID of the user with this user name, or null. */
    public String userId(String userName) {
        return orNull(() -> identity("GetUserId", "user " + userName, () -> clients.identityStore().getUserId(r -> r
                .identityStoreId(identityStoreId).alternateIdentifier(a -> a.uniqueAttribute(u -> u
                        .attributePath("userName").attributeValue(Document.fromString(userName))))).userId()));
    }

    /** The ID of the group with this display name, or null. */
    public String groupId(String displayName) {
        return orNull(() -> identity("GetGroupId", "group " + displayName, () -> clients.identityStore().getGroupId(r -> r
                .identityStoreId(identityStoreId).alternateIdentifier(a -> a.uniqueAttribute(u -> u
                        .attributePath("displayName").attributeValue(Document.fromString(displayName))))).groupId()));
    }

    /** The IDs of the groups a user is a member of. */
    public List<String> groupsOf(String userId) {
        var result = new ArrayList<String>();
        String resource = "user " + userId;
        listing(() -> Pages.each(runner, ApiFamily.IDENTITY_STORE, "ListGroupMembershipsForMember", resource,
                token -> clients.identityStore().listGroupMembershipsForMember(r -> r.identityStoreId(identityStoreId)
                        .memberId(m -> m.userId(userId)).maxResults(100).nextToken(token)),
                page -> page.nextToken(),
                page -> page.groupMemberships().forEach(m -> result.add(m.groupId()))));
        return result;
    }

    /** The IDs of a group's members (every page). */
    public List<String> membersOf(String groupId) {
        var result = new ArrayList<String>();
        String resource = "group " + groupId;
        listing(() -> Pages.each(runner, ApiFamily.IDENTITY_STORE, "ListGroupMemberships", resource,
                token -> clients.identityStore().listGroupMemberships(r -> r.identityStoreId(identityStoreId)
                        .groupId(groupId).maxResults(100).nextToken(token)),
                page -> page.nextToken(),
                page -> page.groupMemberships().forEach(m -> result.add(m.memberId() == null ? null : m.memberId().userId()))));
        return result;
    }

    /** One assignment of a principal: where, and with which permission set. */
    public record Assignment(String accountId, String permissionSetArn) {
    }

    /** A permission set's attributes that DescribePermissionSet returns. */
    public record Attributes(String description, String sessionDuration, String relayState) {
    }

    /**
     * A principal's assignments, as they are when this is first asked (later calls answer from the
     * same reading). ListAccountAssignmentsForPrincipal would answer per principal, but AWS allows it
     * only to the management account, and icm usually works as the delegated administrator; so
     * the instance's assignments are read once, with ListAccountAssignments for each permission
     * set and each account it is provisioned to (only there can it have assignments): one
     * ListPermissionSets page per 100 permission sets, one ListAccountsForProvisionedPermissionSet
     * per permission set, and one ListAccountAssignments page per 100 assignments of each pair.
     */
    public List<Assignment> assignmentsOf(PrincipalType type, String principalId) {
        Map<String, List<Assignment>> byPrincipal;
        synchronized (this) {
            if (assignmentsByPrincipal == null) {
                assignmentsByPrincipal = readAssignments();
            }
            byPrincipal = assignmentsByPrincipal;
        }
        return byPrincipal.getOrDefault(type.name() + "\n" + principalId, List.of());
    }

    private Map<String, List<Assignment>> readAssignments() {
        var result = new HashMap<String, List<Assignment>>();
        String resource = "instance " + instanceArn;
        var permissionSets = new ArrayList<String>();
        Pages.each(runner, ApiFamily.SSO_ADMIN, "ListPermissionSets", resource,
                token -> clients.ssoAdmin().listPermissionSets(r -> r.instanceArn(instanceArn).maxResults(100)
                        .nextToken(token)),
                page -> page.nextToken(), page -> permissionSets.addAll(page.permissionSets()));
        for (String permissionSetArn : permissionSets) {
            for (String accountId : accountsProvisionedWith(permissionSetArn)) {
                String where = "permission set " + permissionSetArn + " in account " + accountId;
                listing(() -> Pages.each(runner, ApiFamily.SSO_ADMIN, "ListAccountAssignments", where,
                        token -> clients.ssoAdmin().listAccountAssignments(r -> r.instanceArn(instanceArn)
                                .permissionSetArn(permissionSetArn).accountId(accountId).maxResults(100)
                                .nextToken(token)),
                        page -> page.nextToken(),
                        page -> page.accountAssignments().forEach(a -> result.computeIfAbsent(
                                a.principalTypeAsString() + "\n" + a.principalId(), k -> new ArrayList<>())
                                .add(new Assignment(a.accountId(), a.permissionSetArn())))));
            }
        }
        return result;
    }

    /** The accounts a permission set is provisioned to. */
    public List<String> accountsProvisionedWith(String permissionSetArn) {
        var result = new ArrayList<String>();
        String resource = "permission set " + permissionSetArn;
        listing(() -> Pages.each(runner, ApiFamily.SSO_ADMIN, "ListAccountsForProvisionedPermissionSet", resource,
                token -> clients.ssoAdmin().listAccountsForProvisionedPermissionSet(r -> r.instanceArn(instanceArn)
                        .permissionSetArn(permissionSetArn).maxResults(100).nextToken(token)),
                page -> page.nextToken(),
                page -> result.addAll(page.accountIds())));
        return result;
    }

    /** A permission set's description, session duration and relay state, or null when there is no such permission set. */
    public Attributes permissionSetAttributes(String permissionSetArn) {
        return orNull(() -> {
            var p = runner.call(ApiFamily.SSO_ADMIN, "DescribePermissionSet", "permission set " + permissionSetArn,
                    () -> clients.ssoAdmin().describePermissionSet(r -> r.instanceArn(instanceArn)
                            .permissionSetArn(permissionSetArn))).permissionSet();
            return new Attributes(p.description(), p.sessionDuration(), p.relayState());
        });
    }

    /** The instance's ABAC configuration, or null when it has none (attribute-based access control is off). */
    public AccessControlConfiguration accessControl() {
        return orNull(() -> SdkToModel.accessControl(runner.call(ApiFamily.SSO_ADMIN,
                "DescribeInstanceAccessControlAttributeConfiguration", "instance " + instanceArn,
                () -> clients.ssoAdmin().describeInstanceAccessControlAttributeConfiguration(r -> r
                        .instanceArn(instanceArn)))));
    }

    /**
     * How many account assignment creations and deletions are still in progress in the instance
     * (requests of any run, this program's or not).
     *
     * @throws co.pump.icm.model.MigratorException when AWS refuses to list them
     */
    public int assignmentRequestsInProgress() {
        int[] count = {0};
        String resource = "instance " + instanceArn;
        AwsProblems.guard(ApiFamily.SSO_ADMIN, "ListAccountAssignmentCreationStatus", resource, () -> Pages.each(runner,
                ApiFamily.SSO_ADMIN, "ListAccountAssignmentCreationStatus", resource,
                token -> clients.ssoAdmin().listAccountAssignmentCreationStatus(r -> r.instanceArn(instanceArn)
                        .filter(f -> f.status(StatusValues.IN_PROGRESS)).maxResults(100).nextToken(token)),
                page -> page.nextToken(), page -> count[0] += page.accountAssignmentsCreationStatus().size()));
        AwsProblems.guard(ApiFamily.SSO_ADMIN, "ListAccountAssignmentDeletionStatus", resource, () -> Pages.each(runner,
                ApiFamily.SSO_ADMIN, "ListAccountAssignmentDeletionStatus", resource,
                token -> clients.ssoAdmin().listAccountAssignmentDeletionStatus(r -> r.instanceArn(instanceArn)
                        .filter(f -> f.status(StatusValues.IN_PROGRESS)).maxResults(100).nextToken(token)),
                page -> page.nextToken(), page -> count[0] += page.accountAssignmentsDeletionStatus().size()));
        return count[0];
    }

    private <T> T identity(String operation, String resource, Supplier<T> request) {
        return runner.call(ApiFamily.IDENTITY_STORE, operation, resource, request);
    }

    private static void listing(Runnable pages) {
        try {
            pages.run();
        } catch (SdkException e) {
            if (!isNotFound(e)) {
                throw e;
            }
        }
    }

    private static <T> T orNull(Supplier<T> read) {
        try {
            return read.get();
        } catch (SdkException e) {
            if (isNotFound(e)) {
                return null;
            }
            throw e;
        }
    }

    private static boolean isNotFound(SdkException e) {
        return "ResourceNotFoundException".equals(AwsProblems.errorCode(e));
    }
}
