package co.pump.icm.aws;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssoadmin.model.AccountAssignment;

/**
 * Reads one permission set: its description, tags, inline policy, managed policies, customer
 * managed policy references, permissions boundary, the accounts it is provisioned to and its
 * assignments in each of them. Each part is its own task, so many permission sets are read at
 * once and the admin API's rate limit is what bounds the export.
 */
final class PermissionSetReader {

    private static final int PARTS = 7;

    private final AwsClients clients;
    private final AwsCallRunner runner;
    private final String instanceArn;
    private final PermissionSetParts parts;
    private final Runnable onDone;
    private final Consumer<List<AccountAssignment>> onAssignments;
    private final AtomicInteger remaining = new AtomicInteger(PARTS);
    private final String resource;

    PermissionSetReader(AwsClients clients, AwsCallRunner runner, String instanceArn, PermissionSetParts parts,
                        Runnable onDone, Consumer<List<AccountAssignment>> onAssignments) {
        this.clients = clients;
        this.runner = runner;
        this.instanceArn = instanceArn;
        this.parts = parts;
        this.onDone = onDone;
        this.onAssignments = onAssignments;
        this.resource = "permission set " + parts.arn;
    }

    void submitAll(TaskGroup tasks) {
        var admin = clients.ssoAdmin();
        String arn = parts.arn;
        tasks.submit(ApiFamily.SSO_ADMIN, part("DescribePermissionSet", () -> parts.description = runner.call(ApiFamily.SSO_ADMIN,
                "DescribePermissionSet", resource,
                () -> admin.describePermissionSet(r -> r.instanceArn(instanceArn).permissionSetArn(arn))).permissionSet()));
        tasks.submit(ApiFamily.SSO_ADMIN, part("ListTagsForResource", () -> Pages.each(runner, ApiFamily.SSO_ADMIN, "ListTagsForResource",
                resource, token -> admin.listTagsForResource(r -> r.instanceArn(instanceArn).resourceArn(arn).nextToken(token)),
                page -> page.nextToken(), page -> page.tags().forEach(t -> parts.tags.add(SdkToModel.tag(t))))));
        tasks.submit(ApiFamily.SSO_ADMIN, part("GetInlinePolicyForPermissionSet", () -> {
            String policy = runner.call(ApiFamily.SSO_ADMIN, "GetInlinePolicyForPermissionSet", resource,
                    () -> admin.getInlinePolicyForPermissionSet(r -> r.instanceArn(instanceArn).permissionSetArn(arn)))
                    .inlinePolicy();
            parts.inlinePolicy = policy == null || policy.isEmpty() ? null : policy;
        }));
        tasks.submit(ApiFamily.SSO_ADMIN, part("ListManagedPoliciesInPermissionSet", () -> Pages.each(runner, ApiFamily.SSO_ADMIN,
                "ListManagedPoliciesInPermissionSet", resource,
                token -> admin.listManagedPoliciesInPermissionSet(r -> r.instanceArn(instanceArn).permissionSetArn(arn)
                        .maxResults(100).nextToken(token)),
                page -> page.nextToken(),
                page -> page.attachedManagedPolicies().forEach(p -> parts.managedPolicies.add(SdkToModel.managedPolicy(p))))));
        tasks.submit(ApiFamily.SSO_ADMIN, part("ListCustomerManagedPolicyReferencesInPermissionSet", () -> Pages.each(runner,
                ApiFamily.SSO_ADMIN, "ListCustomerManagedPolicyReferencesInPermissionSet", resource,
                token -> admin.listCustomerManagedPolicyReferencesInPermissionSet(r -> r.instanceArn(instanceArn)
                        .permissionSetArn(arn).maxResults(100).nextToken(token)),
                page -> page.nextToken(),
                page -> page.customerManagedPolicyReferences()
                        .forEach(p -> parts.customerManaged.add(SdkToModel.customerManaged(p))))));
        tasks.submit(ApiFamily.SSO_ADMIN, part("GetPermissionsBoundaryForPermissionSet", this::readBoundary));
        tasks.submit(ApiFamily.SSO_ADMIN, part("ListAccountsForProvisionedPermissionSet", () -> Pages.each(runner, ApiFamily.SSO_ADMIN,
                "ListAccountsForProvisionedPermissionSet", resource,
                token -> admin.listAccountsForProvisionedPermissionSet(r -> r.instanceArn(instanceArn)
                        .permissionSetArn(arn).maxResults(100).nextToken(token)),
                page -> page.nextToken(),
                page -> page.accountIds().forEach(account -> tasks.submit(ApiFamily.SSO_ADMIN,
                        () -> readAssignments(account))))));
    }

    private void readBoundary() {
        try {
            var boundary = runner.call(ApiFamily.SSO_ADMIN, "GetPermissionsBoundaryForPermissionSet", resource,
                    () -> clients.ssoAdmin().getPermissionsBoundaryForPermissionSet(
                            r -> r.instanceArn(instanceArn).permissionSetArn(parts.arn))).permissionsBoundary();
            parts.boundary = SdkToModel.boundary(boundary);
        } catch (SdkException e) {
            // AWS answers "not found" when the permission set has no boundary.
            if (!"ResourceNotFoundException".equals(AwsProblems.errorCode(e))) {
                throw e;
            }
        }
    }

    private void readAssignments(String accountId) {
        String where = resource + " in account " + accountId;
        AwsProblems.guard(ApiFamily.SSO_ADMIN, "ListAccountAssignments", where, () -> Pages.each(runner,
                ApiFamily.SSO_ADMIN, "ListAccountAssignments", where,
                token -> clients.ssoAdmin().listAccountAssignments(r -> r.instanceArn(instanceArn)
                        .permissionSetArn(parts.arn).accountId(accountId).maxResults(100).nextToken(token)),
                page -> page.nextToken(),
                page -> onAssignments.accept(page.accountAssignments())));
    }

    private Runnable part(String operation, Runnable read) {
        return () -> {
            AwsProblems.guard(ApiFamily.SSO_ADMIN, operation, resource, read);
            if (remaining.decrementAndGet() == 0) {
                onDone.run();
            }
        };
    }
}
