package co.pump.icm.sandbox.ssoadmin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import co.pump.icm.model.PermissionSet;
import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.state.AssignmentRecord;
import co.pump.icm.sandbox.state.AsyncRequest;
import co.pump.icm.sandbox.state.AsyncRequest.Kind;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * The asynchronous requests of sso-admin: assignment creation and deletion, and permission set
 * provisioning. A request is IN_PROGRESS for the configured delay and then settles, lazily and
 * deterministically: the world calls {@link #settle(long)} before any operation reads state, and
 * every request that is due completes then, in the order the requests were made. Nothing runs in
 * the background, so a test with a controllable clock decides exactly when work completes.
 */
final class AsyncRequests {

    private final SandboxWorld world;
    private final long delayMillis;
    private final Provisioner provisioner;
    /** Requests still IN_PROGRESS, in creation order, with the instance each belongs to. */
    private final List<Pending> pending = new ArrayList<>();

    private record Pending(SandboxInstance instance, AsyncRequest request) {
    }

    /** Registers with the world; call inside {@code synchronized (world)}. */
    AsyncRequests(SandboxWorld world, Duration delay) {
        this.world = world;
        this.delayMillis = delay.toMillis();
        this.provisioner = new Provisioner(world);
        // Requests that sample data left in progress settle like any other.
        for (SandboxInstance instance : world.instances.values()) {
            for (AsyncRequest request : instance.requests.values()) {
                if (request.inProgress()) {
                    pending.add(new Pending(instance, request));
                }
            }
        }
        world.addSettler(this::settle);
    }

    /** Records a new IN_PROGRESS request that completes after the delay. */
    AsyncRequest start(SandboxInstance instance, Kind kind, AssignmentRecord target) {
        long now = world.now();
        AsyncRequest request = new AsyncRequest(world.ids().uuid(), kind, instance.arn, target, now, now + delayMillis);
        instance.requests.put(request.requestId, request);
        pending.add(new Pending(instance, request));
        return request;
    }

    /** How many requests of a kind are still IN_PROGRESS in the instance. */
    int outstanding(SandboxInstance instance, Kind kind) {
        return (int) pending.stream().filter(p -> p.instance == instance && p.request.kind == kind).count();
    }

    /** What the requests of a kind still IN_PROGRESS in the instance act on, in creation order. */
    List<AssignmentRecord> outstandingTargets(SandboxInstance instance, Kind kind) {
        return pending.stream().filter(p -> p.instance == instance && p.request.kind == kind)
                .map(p -> p.request.target).toList();
    }

    /**
     * A request of the given kind by ID, or ResourceNotFoundException (wording reconstructed). A
     * deletion's ID does not find a creation status, as the operations are separate.
     */
    static AsyncRequest find(SandboxInstance instance, Kind kind, String requestId) {
        AsyncRequest request = instance.requests.get(requestId);
        if (request == null || request.kind != kind) {
            throw AwsError.notFound("Could not find the request " + requestId + ".");
        }
        return request;
    }

    /** Completes every request due at {@code nowMillis}, in creation order. */
    void settle(long nowMillis) {
        Iterator<Pending> it = pending.iterator();
        while (it.hasNext()) {
            Pending next = it.next();
            if (!next.request.inProgress()) {
                it.remove();
            } else if (next.request.completesAt <= nowMillis) {
                it.remove();
                complete(next.instance, next.request);
            }
        }
    }

    private void complete(SandboxInstance instance, AsyncRequest request) {
        String failure = switch (request.kind) {
            case CREATE_ASSIGNMENT -> createAssignment(instance, request.target);
            case DELETE_ASSIGNMENT -> deleteAssignment(instance, request.target);
            case PROVISION_PERMISSION_SET -> provision(instance, request.target);
        };
        request.status = failure == null ? "SUCCEEDED" : "FAILED";
        request.failureReason = failure;
    }

    /**
     * Provisions the permission set to the account if it is not there yet, then adds the
     * assignment. Creating an assignment that already exists succeeds, as on AWS, and adds a
     * second, identical one that is listed and must be deleted separately: AWS does not say what
     * becomes of the repeat, and keeping it is the stricter choice, which lets a double write be
     * seen (docs/aws-behaviour.md, "Account assignments").
     */
    private String createAssignment(SandboxInstance instance, AssignmentRecord target) {
        PermissionSet set = instance.permissionSets.get(target.permissionSetArn());
        if (set == null) {
            return "Received a 404 status error: Permission set " + target.permissionSetArn() + " not found.";
        }
        if (!instance.provisionedTo.getOrDefault(target.permissionSetArn(), Set.of()).contains(target.accountId())) {
            String failure = provisioner.provision(instance, target.permissionSetArn(), set, target.accountId());
            if (failure != null) {
                return failure;
            }
        }
        instance.assignments.add(target);
        return null;
    }

    /**
     * Removes the assignment. When it was the permission set's last assignment in the account, the
     * permission set is no longer provisioned there either: AWS removes the provisioning with the
     * last assignment, as re-provisioning afterwards fails with "Permission set provision not found
     * in AWS account" (cloudposse/terraform-aws-sso#66; docs/aws-behaviour.md). This is also what lets
     * a permission set that was once assigned be deleted again. Deleting an assignment that does
     * not exist fails with the reason observed on AWS; of two identical ones, one is deleted.
     */
    private String deleteAssignment(SandboxInstance instance, AssignmentRecord target) {
        if (!instance.assignments.remove(target)) {
            return "Received a 404 status error: Assignment not found.";
        }
        boolean lastInAccount = instance.assignments.stream().noneMatch(a ->
                a.permissionSetArn().equals(target.permissionSetArn()) && a.accountId().equals(target.accountId()));
        if (lastInAccount) {
            provisioner.deprovision(instance, target.permissionSetArn(), target.accountId());
        }
        return null;
    }

    /**
     * Provisions to one account, or again to every account it is provisioned to. The first failure
     * is the request's FailureReason. Success everywhere makes the permission set current again.
     */
    private String provision(SandboxInstance instance, AssignmentRecord target) {
        String arn = target.permissionSetArn();
        PermissionSet set = instance.permissionSets.get(arn);
        if (set == null) {
            return "Received a 404 status error: Permission set " + arn + " not found.";
        }
        List<String> accounts = target.accountId() != null ? List.of(target.accountId())
                : new ArrayList<>(instance.provisionedTo.getOrDefault(arn, Set.of()));
        String failure = null;
        for (String account : accounts) {
            String reason = provisioner.provision(instance, arn, set, account);
            if (failure == null) {
                failure = reason;
            }
        }
        // One account made current only clears the flag when it is the only one (the state keeps one flag per set).
        Set<String> provisioned = instance.provisionedTo.getOrDefault(arn, Set.of());
        if (failure == null && (target.accountId() == null || provisioned.equals(Set.of(target.accountId())))) {
            instance.outdatedPermissionSets.remove(arn);
        }
        return failure;
    }
}
