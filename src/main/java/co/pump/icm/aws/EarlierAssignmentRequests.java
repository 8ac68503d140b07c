package co.pump.icm.aws;

import java.util.ArrayList;
import java.util.List;

import co.pump.icm.model.PrincipalType;
import software.amazon.awssdk.services.ssoadmin.model.AccountAssignmentOperationStatus;
import software.amazon.awssdk.services.ssoadmin.model.StatusValues;

/**
 * Finds what became of an account assignment request whose answer was lost, before it is sent
 * again. AWS accepts a second request to create an assignment that exists (it does not refuse
 * duplicates), so the retry must look first: for a request of the same kind that AWS is still
 * running, and then at the assignment itself. See {@code docs/aws-behaviour.md}, "Account
 * assignments".
 */
final class EarlierAssignmentRequests {

    /** What an earlier request was found to be: still running (with its ID) or finished. */
    record Found(String requestId, String status, String failureReason) {
        static Found done() {
            return new Found(null, StatusValues.SUCCEEDED.toString(), null);
        }
    }

    /** One assignment: where, which permission set, to whom. */
    record Assignment(String accountId, String permissionSetArn, PrincipalType type, String principalId) {
        boolean isTargetOf(AccountAssignmentOperationStatus status) {
            return accountId.equals(status.targetId()) && permissionSetArn.equals(status.permissionSetArn())
                    && type.name().equals(status.principalTypeAsString()) && principalId.equals(status.principalId());
        }
    }

    private final AwsClients clients;
    private final AwsCallRunner runner;
    private final String instanceArn;

    EarlierAssignmentRequests(AwsClients clients, AwsCallRunner runner, String instanceArn) {
        this.clients = clients;
        this.runner = runner;
        this.instanceArn = instanceArn;
    }

    /** A creation of the assignment still running, or the assignment if it exists; else null. */
    Found creation(Assignment assignment, String label) {
        for (String requestId : inProgress("ListAccountAssignmentCreationStatus", label, true)) {
            var status = runner.call(ApiFamily.SSO_ADMIN, "DescribeAccountAssignmentCreationStatus", label, () -> clients
                    .ssoAdmin().describeAccountAssignmentCreationStatus(r -> r.instanceArn(instanceArn)
                            .accountAssignmentCreationRequestId(requestId)).accountAssignmentCreationStatus());
            if (assignment.isTargetOf(status)) {
                return new Found(requestId, status.statusAsString(), status.failureReason());
            }
        }
        return exists(assignment, label) ? Found.done() : null;
    }

    /** A deletion of the assignment still running; done when the assignment is gone; else null. */
    Found deletion(Assignment assignment, String label) {
        for (String requestId : inProgress("ListAccountAssignmentDeletionStatus", label, false)) {
            var status = runner.call(ApiFamily.SSO_ADMIN, "DescribeAccountAssignmentDeletionStatus", label, () -> clients
                    .ssoAdmin().describeAccountAssignmentDeletionStatus(r -> r.instanceArn(instanceArn)
                            .accountAssignmentDeletionRequestId(requestId)).accountAssignmentDeletionStatus());
            if (assignment.isTargetOf(status)) {
                return new Found(requestId, status.statusAsString(), status.failureReason());
            }
        }
        return exists(assignment, label) ? null : Found.done();
    }

    private List<String> inProgress(String operation, String label, boolean creations) {
        var ids = new ArrayList<String>();
        if (creations) {
            Pages.each(runner, ApiFamily.SSO_ADMIN, operation, label, token -> clients.ssoAdmin()
                            .listAccountAssignmentCreationStatus(r -> r.instanceArn(instanceArn).nextToken(token)
                                    .filter(f -> f.status(StatusValues.IN_PROGRESS))),
                    page -> page.nextToken(), page -> page.accountAssignmentsCreationStatus()
                            .forEach(s -> ids.add(s.requestId())));
        } else {
            Pages.each(runner, ApiFamily.SSO_ADMIN, operation, label, token -> clients.ssoAdmin()
                            .listAccountAssignmentDeletionStatus(r -> r.instanceArn(instanceArn).nextToken(token)
                                    .filter(f -> f.status(StatusValues.IN_PROGRESS))),
                    page -> page.nextToken(), page -> page.accountAssignmentsDeletionStatus()
                            .forEach(s -> ids.add(s.requestId())));
        }
        return ids;
    }

    private boolean exists(Assignment assignment, String label) {
        var found = new boolean[1];
        Pages.each(runner, ApiFamily.SSO_ADMIN, "ListAccountAssignments", label, token -> clients.ssoAdmin()
                        .listAccountAssignments(r -> r.instanceArn(instanceArn).accountId(assignment.accountId())
                                .permissionSetArn(assignment.permissionSetArn()).nextToken(token)),
                page -> page.nextToken(), page -> page.accountAssignments().forEach(a -> {
                    if (a.principalId().equals(assignment.principalId())
                            && a.principalTypeAsString().equals(assignment.type().name())) {
                        found[0] = true;
                    }
                }));
        return found[0];
    }
}
