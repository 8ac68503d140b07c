package co.pump.icm.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import co.pump.icm.aws.AwsCallRunner.Retry;
import co.pump.icm.model.AccessControlConfiguration;
import co.pump.icm.model.CustomerManagedPolicyReference;
import co.pump.icm.model.Group;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.Tag;
import co.pump.icm.model.User;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.identitystore.model.AttributeOperation;
import software.amazon.awssdk.services.ssoadmin.model.ProvisionTargetType;
import software.amazon.awssdk.services.ssoadmin.model.StatusValues;
import software.amazon.awssdk.services.ssoadmin.model.TargetType;

/**
 * Writes to one IAM Identity Center instance: every create, update and delete the apply engine
 * needs, each request through the run's {@link AwsCallRunner}. Asynchronous requests
 * (assignments, provisioning) are polled until AWS finishes them; a FAILED one throws
 * {@link AsyncRequestFailed} with AWS's reason.
 *
 * <p>Creating something that already exists (the previous run was stopped after AWS created it
 * but before it was recorded, or AWS carried out a request whose answer was lost) finds the
 * existing item instead of failing, so a run can always be repeated. Deleting something an
 * earlier attempt already deleted is done; an assignment request is never sent twice for one
 * assignment (see {@link UnsureWrite}).
 */
public final class InstanceWriter {

    private static final long[] POLL_DELAYS_MS = {100, 200, 400, 800, 1000};
    private static final String ABAC = "the access control attribute configuration";
    /** AWS runs at most 3 ProvisionPermissionSet requests at once (docs/aws-behaviour.md, "Limits"). */
    static final int MAX_CONCURRENT_PROVISIONING = 3;

    private final CompletionTimes completionTimes = new CompletionTimes();
    private final Semaphore provisioning = new Semaphore(MAX_CONCURRENT_PROVISIONING, true);

    private final AwsClients clients;
    private final AwsCallRunner runner;
    private final String instanceArn;
    private final String identityStoreId;
    private final EarlierAssignmentRequests earlierRequests;

    public InstanceWriter(AwsClients clients, AwsCallRunner runner, String instanceArn, String identityStoreId) {
        this.clients = clients;
        this.runner = runner;
        this.instanceArn = instanceArn;
        this.identityStoreId = identityStoreId;
        this.earlierRequests = new EarlierAssignmentRequests(clients, runner, instanceArn);
    }

    // ---- Identity Store ----

    /** Creates a user; returns its ID (the existing one if it is already there). */
    public String createUser(User user) {
        try {
            return identityCreate("CreateUser", "user " + user.userName(),
                    () -> clients.identityStore().createUser(ModelToSdk.createUser(identityStoreId, user)).userId());
        } catch (SdkException e) {
            if (!isConflict(e)) {
                throw e;
            }
            return identity("GetUserId", "user " + user.userName(), () -> clients.identityStore().getUserId(r -> r
                    .identityStoreId(identityStoreId).alternateIdentifier(a -> a.uniqueAttribute(u -> u
                            .attributePath("userName").attributeValue(
                                    software.amazon.awssdk.core.document.Document.fromString(user.userName())))))
                    .userId());
        }
    }

    /**
     * Sets the given paths of a user to their values in {@code desired}: top-level attributes
     * ({@code title}, {@code name}, or a part of one, which sets it whole) and parts of the
     * enterprise extension ({@code enterprise.costCenter}). A new manager is set by {@link #setManager}.
     */
    public void updateUser(String userId, User desired, List<String> paths) {
        List<AttributeOperation> operations = UserAttributes.operations(desired, paths);
        identity("UpdateUser", "user " + desired.userName(), () -> clients.identityStore().updateUser(r -> r
                .identityStoreId(identityStoreId).userId(userId).operations(operations)));
    }

    /** Points a user's manager at another user of the identity store, by ID. */
    public void setManager(String userId, String userName, String managerId) {
        identity("UpdateUser", "the manager of user " + userName, () -> clients.identityStore().updateUser(r -> r
                .identityStoreId(identityStoreId).userId(userId).operations(UserAttributes.manager(managerId))));
    }

    public void deleteUser(String userId, String userName) {
        identity("DeleteUser", "user " + userName, UnsureWrite.delete(
                () -> clients.identityStore().deleteUser(r -> r.identityStoreId(identityStoreId).userId(userId))));
    }

    /** Creates a group; returns its ID (the existing one if it is already there). */
    public String createGroup(Group group) {
        try {
            return identityCreate("CreateGroup", "group " + group.displayName(), () -> clients.identityStore().createGroup(r -> r
                    .identityStoreId(identityStoreId).displayName(group.displayName())
                    .description(group.description())).groupId());
        } catch (SdkException e) {
            if (!isConflict(e)) {
                throw e;
            }
            return identity("GetGroupId", "group " + group.displayName(), () -> clients.identityStore().getGroupId(r -> r
                    .identityStoreId(identityStoreId).alternateIdentifier(a -> a.uniqueAttribute(u -> u
                            .attributePath("displayName").attributeValue(
                                    software.amazon.awssdk.core.document.Document.fromString(group.displayName())))))
                    .groupId());
        }
    }

    /** Sets a group's description (or removes it when null). */
    public void updateGroupDescription(String groupId, Group desired) {
        var value = desired.description() == null ? null
                : software.amazon.awssdk.core.document.Document.fromString(desired.description());
        identity("UpdateGroup", "group " + desired.displayName(), () -> clients.identityStore().updateGroup(r -> r
                .identityStoreId(identityStoreId).groupId(groupId)
                .operations(AttributeOperation.builder().attributePath("description").attributeValue(value).build())));
    }

    public void deleteGroup(String groupId, String displayName) {
        identity("DeleteGroup", "group " + displayName, UnsureWrite.delete(
                () -> clients.identityStore().deleteGroup(r -> r.identityStoreId(identityStoreId).groupId(groupId))));
    }

    /** Adds a user to a group; returns the membership ID (the existing one if already a member). */
    public String createMembership(String groupId, String userId, String label) {
        try {
            return identityCreate("CreateGroupMembership", "membership " + label, () -> clients.identityStore()
                    .createGroupMembership(r -> r.identityStoreId(identityStoreId).groupId(groupId)
                            .memberId(m -> m.userId(userId))).membershipId());
        } catch (SdkException e) {
            if (!isConflict(e)) {
                throw e;
            }
            return identity("GetGroupMembershipId", "membership " + label, () -> clients.identityStore()
                    .getGroupMembershipId(r -> r.identityStoreId(identityStoreId).groupId(groupId)
                            .memberId(m -> m.userId(userId))).membershipId());
        }
    }

    public void deleteMembership(String membershipId, String label) {
        identity("DeleteGroupMembership", "membership " + label, UnsureWrite.delete(() -> clients.identityStore()
                .deleteGroupMembership(r -> r.identityStoreId(identityStoreId).membershipId(membershipId))));
    }

    // ---- Permission sets ----

    /**
     * Creates a permission set with its description, session duration, relay state and tags;
     * returns its ARN. When one of that name already exists (an earlier request whose answer was
     * lost created it), returns the existing one's ARN.
     */
    public String createPermissionSet(PermissionSet set) {
        try {
            return admin("CreatePermissionSet", set.name(), Retry.TRANSIENT, () -> clients.ssoAdmin()
                    .createPermissionSet(r -> r.instanceArn(instanceArn).name(set.name()).description(set.description())
                            .sessionDuration(set.sessionDuration()).relayState(set.relayState())
                            .tags(ModelToSdk.orNull(set.tags().stream().map(ModelToSdk::tag).toList())))
                    .permissionSet().permissionSetArn());
        } catch (SdkException e) {
            if (!isConflict(e)) {
                throw e;
            }
            String existing = findPermissionSet(set.name());
            if (existing == null) {
                throw e;
            }
            return existing;
        }
    }

    /** The ARN of the permission set with this name, found by listing and describing; null if none. */
    private String findPermissionSet(String name) {
        var arns = new ArrayList<String>();
        Pages.each(runner, ApiFamily.SSO_ADMIN, "ListPermissionSets", "instance " + instanceArn,
                token -> clients.ssoAdmin().listPermissionSets(r -> r.instanceArn(instanceArn).maxResults(100)
                        .nextToken(token)),
                page -> page.nextToken(), page -> arns.addAll(page.permissionSets()));
        for (String arn : arns) {
            String found = admin("DescribePermissionSet", name, () -> clients.ssoAdmin().describePermissionSet(r -> r
                    .instanceArn(instanceArn).permissionSetArn(arn)).permissionSet().name());
            if (name.equals(found)) {
                return arn;
            }
        }
        return null;
    }

    /** Changes description, session duration and relay state to the desired values. */
    public void updatePermissionSet(String arn, PermissionSet desired) {
        admin("UpdatePermissionSet", desired.name(), () -> clients.ssoAdmin().updatePermissionSet(r -> r
                .instanceArn(instanceArn).permissionSetArn(arn).description(desired.description())
                .sessionDuration(desired.sessionDuration()).relayState(desired.relayState())));
    }

    public void putInlinePolicy(String arn, String name, String policy) {
        admin("PutInlinePolicyToPermissionSet", name, () -> clients.ssoAdmin().putInlinePolicyToPermissionSet(r -> r
                .instanceArn(instanceArn).permissionSetArn(arn).inlinePolicy(policy)));
    }

    public void deleteInlinePolicy(String arn, String name) {
        admin("DeleteInlinePolicyFromPermissionSet", name, () -> clients.ssoAdmin()
                .deleteInlinePolicyFromPermissionSet(r -> r.instanceArn(instanceArn).permissionSetArn(arn)));
    }

    public void attachManagedPolicy(String arn, String name, ManagedPolicy policy) {
        attach("AttachManagedPolicyToPermissionSet", name, () -> clients.ssoAdmin()
                .attachManagedPolicyToPermissionSet(r -> r.instanceArn(instanceArn).permissionSetArn(arn)
                        .managedPolicyArn(policy.arn())));
    }

    public void detachManagedPolicy(String arn, String name, ManagedPolicy policy) {
        admin("DetachManagedPolicyFromPermissionSet", name, UnsureWrite.delete(() -> clients.ssoAdmin()
                .detachManagedPolicyFromPermissionSet(r -> r.instanceArn(instanceArn).permissionSetArn(arn)
                        .managedPolicyArn(policy.arn()))));
    }

    public void attachCustomerManagedPolicy(String arn, String name, CustomerManagedPolicyReference reference) {
        attach("AttachCustomerManagedPolicyReferenceToPermissionSet", name, () -> clients.ssoAdmin()
                .attachCustomerManagedPolicyReferenceToPermissionSet(r -> r.instanceArn(instanceArn).permissionSetArn(arn)
                        .customerManagedPolicyReference(ModelToSdk.customerManaged(reference))));
    }

    public void detachCustomerManagedPolicy(String arn, String name, CustomerManagedPolicyReference reference) {
        admin("DetachCustomerManagedPolicyReferenceFromPermissionSet", name, UnsureWrite.delete(() -> clients.ssoAdmin()
                .detachCustomerManagedPolicyReferenceFromPermissionSet(r -> r.instanceArn(instanceArn)
                        .permissionSetArn(arn).customerManagedPolicyReference(ModelToSdk.customerManaged(reference)))));
    }

    public void putPermissionsBoundary(String arn, PermissionSet desired) {
        admin("PutPermissionsBoundaryToPermissionSet", desired.name(), () -> clients.ssoAdmin()
                .putPermissionsBoundaryToPermissionSet(r -> r.instanceArn(instanceArn).permissionSetArn(arn)
                        .permissionsBoundary(ModelToSdk.boundary(desired.permissionsBoundary()))));
    }

    public void deletePermissionsBoundary(String arn, String name) {
        admin("DeletePermissionsBoundaryFromPermissionSet", name, UnsureWrite.delete(() -> clients.ssoAdmin()
                .deletePermissionsBoundaryFromPermissionSet(r -> r.instanceArn(instanceArn).permissionSetArn(arn))));
    }

    public void tag(String arn, String name, List<Tag> tags) {
        admin("TagResource", name, () -> clients.ssoAdmin().tagResource(r -> r.instanceArn(instanceArn).resourceArn(arn)
                .tags(tags.stream().map(ModelToSdk::tag).toList())));
    }

    public void untag(String arn, String name, List<String> keys) {
        admin("UntagResource", name, () -> clients.ssoAdmin().untagResource(r -> r.instanceArn(instanceArn)
                .resourceArn(arn).tagKeys(keys)));
    }

    public void deletePermissionSet(String arn, String name) {
        admin("DeletePermissionSet", name, UnsureWrite.delete(() -> clients.ssoAdmin().deletePermissionSet(r -> r
                .instanceArn(instanceArn).permissionSetArn(arn))));
    }

    /**
     * Re-provisions a permission set to every account it is provisioned to, and waits for AWS; at
     * most {@value #MAX_CONCURRENT_PROVISIONING} at once, as AWS allows.
     */
    public void provisionToAllAccounts(String arn, String name) {
        try {
            provisioning.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("Cancelled.");
        }
        try {
            provision(arn, name);
        } finally {
            provisioning.release();
        }
    }

    private void provision(String arn, String name) {
        var status = admin("ProvisionPermissionSet", name, () -> clients.ssoAdmin().provisionPermissionSet(r -> r
                .instanceArn(instanceArn).permissionSetArn(arn).targetType(ProvisionTargetType.ALL_PROVISIONED_ACCOUNTS))
                .permissionSetProvisioningStatus());
        String requestId = status.requestId();
        poll("ProvisionPermissionSet", name, status.statusAsString(), status.failureReason(), () -> {
            var s = admin("DescribePermissionSetProvisioningStatus", name, () -> clients.ssoAdmin()
                    .describePermissionSetProvisioningStatus(r -> r.instanceArn(instanceArn)
                            .provisionPermissionSetRequestId(requestId)).permissionSetProvisioningStatus());
            return new String[] {s.statusAsString(), s.failureReason()};
        });
    }

    // ---- The ABAC configuration ----

    /**
     * Enables attribute-based access control with the given attributes. When the instance already
     * has a configuration (an earlier request whose answer was lost made it), sets its attributes
     * instead, so a run can be repeated.
     */
    public void createAccessControl(AccessControlConfiguration desired) {
        try {
            admin("CreateInstanceAccessControlAttributeConfiguration", ABAC, Retry.TRANSIENT, () -> clients.ssoAdmin()
                    .createInstanceAccessControlAttributeConfiguration(r -> r.instanceArn(instanceArn)
                            .instanceAccessControlAttributeConfiguration(ModelToSdk.accessControl(desired))));
        } catch (SdkException e) {
            if (!isConflict(e)) {
                throw e;
            }
            updateAccessControl(desired);
        }
    }

    /** Replaces the attributes of the instance's configuration with the desired ones (AWS takes the whole list). */
    public void updateAccessControl(AccessControlConfiguration desired) {
        admin("UpdateInstanceAccessControlAttributeConfiguration", ABAC, () -> clients.ssoAdmin()
                .updateInstanceAccessControlAttributeConfiguration(r -> r.instanceArn(instanceArn)
                        .instanceAccessControlAttributeConfiguration(ModelToSdk.accessControl(desired))));
    }

    /** Disables attribute-based access control and deletes every attribute of the configuration. */
    public void deleteAccessControl() {
        admin("DeleteInstanceAccessControlAttributeConfiguration", ABAC, () -> clients.ssoAdmin()
                .deleteInstanceAccessControlAttributeConfiguration(r -> r.instanceArn(instanceArn)));
    }

    // ---- Account assignments ----

    /**
     * Creates an account assignment and waits until AWS has finished it. After an attempt whose
     * answer was lost, the next one first looks for that attempt's request and for the assignment:
     * AWS would make the assignment a second time.
     */
    public void createAssignment(String accountId, String permissionSetArn, PrincipalType type, String principalId,
                                 String label) {
        var assignment = new EarlierAssignmentRequests.Assignment(accountId, permissionSetArn, type, principalId);
        var started = admin("CreateAccountAssignment", label, UnsureWrite.lookingFirst(() -> {
            var s = clients.ssoAdmin().createAccountAssignment(r -> r
                    .instanceArn(instanceArn).targetId(accountId).targetType(TargetType.AWS_ACCOUNT)
                    .permissionSetArn(permissionSetArn).principalType(type.name()).principalId(principalId))
                    .accountAssignmentCreationStatus();
            return new EarlierAssignmentRequests.Found(s.requestId(), s.statusAsString(), s.failureReason());
        }, () -> earlierRequests.creation(assignment, label)));
        String requestId = started.requestId();
        poll("CreateAccountAssignment", label, started.status(), started.failureReason(), () -> {
            var s = admin("DescribeAccountAssignmentCreationStatus", label, () -> clients.ssoAdmin()
                    .describeAccountAssignmentCreationStatus(r -> r.instanceArn(instanceArn)
                            .accountAssignmentCreationRequestId(requestId)).accountAssignmentCreationStatus());
            return new String[] {s.statusAsString(), s.failureReason()};
        });
    }

    /**
     * Deletes an account assignment and waits until AWS has finished it. After an attempt whose
     * answer was lost, the next one first looks for that attempt's request, and is done when the
     * assignment is gone.
     */
    public void deleteAssignment(String accountId, String permissionSetArn, PrincipalType type, String principalId,
                                 String label) {
        var assignment = new EarlierAssignmentRequests.Assignment(accountId, permissionSetArn, type, principalId);
        var started = admin("DeleteAccountAssignment", label, UnsureWrite.lookingFirst(() -> {
            var s = clients.ssoAdmin().deleteAccountAssignment(r -> r
                    .instanceArn(instanceArn).targetId(accountId).targetType(TargetType.AWS_ACCOUNT)
                    .permissionSetArn(permissionSetArn).principalType(type.name()).principalId(principalId))
                    .accountAssignmentDeletionStatus();
            return new EarlierAssignmentRequests.Found(s.requestId(), s.statusAsString(), s.failureReason());
        }, () -> earlierRequests.deletion(assignment, label)));
        String requestId = started.requestId();
        poll("DeleteAccountAssignment", label, started.status(), started.failureReason(), () -> {
            var s = admin("DescribeAccountAssignmentDeletionStatus", label, () -> clients.ssoAdmin()
                    .describeAccountAssignmentDeletionStatus(r -> r.instanceArn(instanceArn)
                            .accountAssignmentDeletionRequestId(requestId)).accountAssignmentDeletionStatus());
            return new String[] {s.statusAsString(), s.failureReason()};
        });
    }

    /**
     * Polls an asynchronous request until it leaves IN_PROGRESS: first about when such requests
     * have been finishing in this run, then at growing intervals.
     */
    private void poll(String operation, String resource, String first, String firstReason,
                      Supplier<String[]> describe) {
        long started = System.nanoTime();
        String status = first == null ? "IN_PROGRESS" : first;
        String reason = firstReason;
        int attempt = 0;
        while ("IN_PROGRESS".equals(status)) {
            sleep(attempt == 0 ? completionTimes.firstWaitMillis()
                    : POLL_DELAYS_MS[Math.min(attempt - 1, POLL_DELAYS_MS.length - 1)]);
            attempt++;
            String[] next = describe.get();
            status = next[0];
            reason = next[1];
        }
        completionTimes.record((System.nanoTime() - started) / 1_000_000);
        if ("FAILED".equals(status)) {
            throw new AsyncRequestFailed(operation + " for " + resource, reason);
        }
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.util.concurrent.CancellationException("Cancelled.");
        }
    }

    private <T> T identity(String operation, String resource, Supplier<T> request) {
        return runner.call(ApiFamily.IDENTITY_STORE, operation, resource, Retry.TRANSIENT_AND_CONFLICT, request);
    }

    private <T> T identityCreate(String operation, String resource, Supplier<T> request) {
        return runner.call(ApiFamily.IDENTITY_STORE, operation, resource, Retry.TRANSIENT, request);
    }

    /** Attaches something; AWS's "already attached" conflict means the work is done. */
    private void attach(String operation, String name, Runnable request) {
        try {
            admin(operation, name, Retry.TRANSIENT, () -> {
                request.run();
                return null;
            });
        } catch (SdkException e) {
            if (!isConflict(e)) {
                throw e;
            }
        }
    }

    private <T> T admin(String operation, String name, Supplier<T> request) {
        return admin(operation, name, Retry.TRANSIENT_AND_CONFLICT, request);
    }

    private <T> T admin(String operation, String name, Retry retry, Supplier<T> request) {
        return runner.call(ApiFamily.SSO_ADMIN, operation, name, retry, request);
    }

    private static boolean isConflict(SdkException e) {
        return "ConflictException".equals(AwsProblems.errorCode(e));
    }
}
