package co.pump.icm.sandbox.ssoadmin;

import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.JsonService;
import co.pump.icm.sandbox.SandboxOptions;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * The sandbox's IAM Identity Center admin API ({@code sso-admin}, AWS JSON 1.1, target prefix
 * {@code SWBExternalService}): the operations the product calls, and every application, trusted
 * token issuer and application provider operation, with AWS's validation, access rules, quotas,
 * pagination and asynchronous assignment and provisioning requests.
 *
 * <p>Every call runs inside {@code synchronized (world)} and first settles the asynchronous work
 * that is due at the world's current time, so requests complete lazily and deterministically (see
 * {@link AsyncRequests}).
 */
public final class SsoAdminService implements JsonService {

    private final SandboxWorld world;
    private final int pageSize;
    private final Map<String, Operation> operations;

    /**
     * A service with the sandbox's default page size.
     *
     * @param asyncDelay how long assignment and provisioning requests stay IN_PROGRESS; zero makes
     *                   them complete at the next call
     */
    public SsoAdminService(SandboxWorld world, Duration asyncDelay) {
        this(world, asyncDelay, SandboxOptions.DEFAULT_PAGE_SIZE);
    }

    /**
     * @param asyncDelay how long assignment and provisioning requests stay IN_PROGRESS; zero makes
     *                   them complete at the next call
     * @param pageSize   the page size of List operations when the caller gives no MaxResults
     */
    public SsoAdminService(SandboxWorld world, Duration asyncDelay, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("The page size must be at least 1; got " + pageSize);
        }
        this.world = world;
        this.pageSize = pageSize;
        Map<String, Operation> ops = new HashMap<>();
        synchronized (world) {
            InstanceAccess access = new InstanceAccess(world);
            AsyncRequests requests = new AsyncRequests(world, asyncDelay);
            new InstanceOperations(access).register(ops);
            new AccessControlOperations(access).register(ops);
            new PermissionSetOperations(world, access).register(ops);
            new ManagedPolicyOperations(access).register(ops);
            new InlinePolicyAndBoundaryOperations(access).register(ops);
            ApplicationAccess applications = new ApplicationAccess(access);
            new TagOperations(access, applications).register(ops);
            new ApplicationOperations(world, applications).register(ops);
            new ApplicationAssignmentOperations(applications).register(ops);
            new ApplicationGrantOperations(applications).register(ops);
            new ApplicationPartsOperations(applications).register(ops);
            new TrustedTokenIssuerOperations(world, applications).register(ops);
            new ApplicationProviderOperations().register(ops);
            new AssignmentOperations(access, requests).register(ops);
            new AssignmentStatusOperations(access).register(ops);
            new ProvisioningOperations(access, requests).register(ops);
        }
        this.operations = Collections.unmodifiableMap(ops);
    }

    @Override
    public String targetPrefix() {
        return "SWBExternalService";
    }

    @Override
    public String serviceName() {
        return "sso-admin";
    }

    /** The operations this service answers, sorted. */
    public Set<String> operationNames() {
        return Collections.unmodifiableSet(new TreeSet<>(operations.keySet()));
    }

    @Override
    public JsonNode call(String operation, Caller caller, ObjectNode input) {
        Operation handler = operations.get(operation);
        if (handler == null) {
            throw new AwsError(400, "UnknownOperationException",
                    "The sandbox's sso-admin does not implement the operation " + operation + ".");
        }
        synchronized (world) {
            world.settle(world.now());
            return handler.run(caller, new Input(operation, input, pageSize));
        }
    }
}
