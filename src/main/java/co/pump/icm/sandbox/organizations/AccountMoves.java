package co.pump.icm.sandbox.organizations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.pump.icm.sandbox.state.AsyncRequest;
import co.pump.icm.sandbox.state.SandboxAccount;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxOrganization;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * Accounts moving from one organization to another, as AWS Organizations lets a member account
 * do directly since late 2025 (it accepts the new organization's invitation without first
 * becoming standalone). What the product can observe follows the rules in
 * {@code docs/aws-behaviour.md} ("Accounts moving between organizations"):
 * <ul>
 *   <li>an account is in one organization at a time: it leaves the old one as it joins the new one;</li>
 *   <li>it joins by invitation ({@code JoinedMethod} INVITED) at the moment of the move
 *       ({@code JoinedTimestamp}), and from then on {@code ListAccounts} and {@code DescribeAccount}
 *       of the new organization show it and those of the old one do not;</li>
 *   <li>the old organization's IAM Identity Center loses every assignment in the account, its
 *       permission sets are no longer provisioned there and their {@code AWSReservedSSO_} roles
 *       are gone from the account; a request still in progress there fails;</li>
 *   <li>a management account or a delegated administrator cannot leave its organization.</li>
 * </ul>
 * {@link #join} moves an account now; {@link #schedule} makes accounts join
 * later: the move happens the first time the sandbox settles its state at or after that time
 * (every Organizations, IAM Identity Center admin and portal request settles first).
 */
public final class AccountMoves {

    private AccountMoves() {
    }

    /**
     * Moves an account into an organization now. Nothing happens when it is already there.
     *
     * @throws IllegalArgumentException when the account or organization does not exist
     * @throws IllegalStateException    when the account may not leave its organization
     */
    public static void join(SandboxWorld world, String accountId, String organizationId) {
        synchronized (world) {
            move(world, accountId, organizationId);
        }
    }

    private static void move(SandboxWorld world, String accountId, String organizationId) {
        SandboxAccount account = world.account(accountId)
                .orElseThrow(() -> new IllegalArgumentException("No account " + accountId + " in the sandbox"));
        SandboxOrganization to = world.organizations.get(organizationId);
        if (to == null) {
            throw new IllegalArgumentException("No organization " + organizationId + " in the sandbox");
        }
        if (organizationId.equals(account.organizationId)) {
            return;
        }
        SandboxOrganization from = account.organizationId == null ? null : world.organizations.get(account.organizationId);
        if (from != null) {
            if (from.managementAccountId.equals(accountId)) {
                throw new IllegalStateException("Account " + accountId + " is the management account of " + from.id
                        + " and cannot join another organization");
            }
            if (from.ssoDelegatedAdministrators.contains(accountId)) {
                throw new IllegalStateException("Account " + accountId + " is a delegated administrator of " + from.id
                        + " and cannot leave it");
            }
            from.accountIds.remove(accountId);
            leaveIdentityCenter(world, from, account);
        }
        to.accountIds.add(accountId);
        account.organizationId = to.id;
        account.joinedMethod = "INVITED";
        account.joinedTimestamp = world.now() / 1000.0;
    }

    /**
     * Makes accounts join an organization at a later time (epoch milliseconds of the world's
     * clock).
     *
     * @return the scheduled move, which a test or the demo may also carry out at once
     */
    public static ScheduledJoin schedule(SandboxWorld world, List<String> accountIds, String organizationId,
                                         long atMillis) {
        synchronized (world) {
            for (String id : accountIds) {
                world.account(id).orElseThrow(() -> new IllegalArgumentException("No account " + id + " in the sandbox"));
            }
            if (!world.organizations.containsKey(organizationId)) {
                throw new IllegalArgumentException("No organization " + organizationId + " in the sandbox");
            }
            var join = new ScheduledJoin(world, List.copyOf(accountIds), organizationId, atMillis);
            world.addSettler(join::settle);
            return join;
        }
    }

    /**
     * The member accounts of the organization that owns {@code sourceInstanceArn} that could move:
     * neither its management account nor a delegated administrator. Call inside
     * {@code synchronized (world)}.
     */
    public static List<String> movableMembers(SandboxWorld world, String sourceInstanceArn) {
        SandboxInstance instance = world.instance(sourceInstanceArn)
                .orElseThrow(() -> new IllegalArgumentException("No instance " + sourceInstanceArn));
        SandboxOrganization org = world.organizationOf(instance.ownerAccountId).orElseThrow();
        var result = new ArrayList<String>();
        for (String id : org.accountIds) {
            if (!id.equals(org.managementAccountId) && !org.ssoDelegatedAdministrators.contains(id)) {
                result.add(id);
            }
        }
        return result;
    }

    /** The organization that owns an instance. Call inside {@code synchronized (world)}. */
    public static String organizationOwning(SandboxWorld world, String instanceArn) {
        SandboxInstance instance = world.instance(instanceArn)
                .orElseThrow(() -> new IllegalArgumentException("No instance " + instanceArn));
        return world.organizationOf(instance.ownerAccountId).orElseThrow().id;
    }

    /** What the old organization's IAM Identity Center loses when an account leaves it. */
    private static void leaveIdentityCenter(SandboxWorld world, SandboxOrganization from, SandboxAccount account) {
        for (SandboxInstance instance : world.instances.values()) {
            if (!instance.ownerAccountId.equals(from.managementAccountId)) {
                continue;
            }
            instance.assignments.removeIf(a -> a.accountId().equals(account.id));
            for (Map.Entry<String, Set<String>> provisioned : instance.provisionedTo.entrySet()) {
                provisioned.getValue().remove(account.id);
            }
            instance.provisionedTo.values().removeIf(Set::isEmpty);
            instance.outdatedPermissionSets.removeIf(arn -> !instance.provisionedTo.containsKey(arn));
            account.provisionedRoles.values().removeIf(instance.permissionSets::containsKey);
            for (AsyncRequest request : instance.requests.values()) {
                if (request.inProgress() && request.target != null && account.id.equals(request.target.accountId())) {
                    request.status = "FAILED";
                    request.failureReason = "AWS account " + account.id + " left the organization.";
                }
            }
        }
    }

    /** Accounts that will join an organization at a set time. */
    public static final class ScheduledJoin {
        private final SandboxWorld world;
        private final List<String> accountIds;
        private final String organizationId;
        private final long atMillis;
        private boolean done;

        private ScheduledJoin(SandboxWorld world, List<String> accountIds, String organizationId, long atMillis) {
            this.world = world;
            this.accountIds = accountIds;
            this.organizationId = organizationId;
            this.atMillis = atMillis;
        }

        public List<String> accountIds() {
            return accountIds;
        }

        public String organizationId() {
            return organizationId;
        }

        /** When the accounts join, in epoch milliseconds of the world's clock. */
        public long atMillis() {
            return atMillis;
        }

        /** True once the accounts have joined. */
        public boolean done() {
            synchronized (world) {
                return done;
            }
        }

        /** Lets the accounts join now rather than at the set time (the demo's "join now"). */
        public void joinNow() {
            synchronized (world) {
                carryOut();
            }
        }

        private void settle(long nowMillis) {
            if (nowMillis >= atMillis) {
                carryOut();
            }
        }

        private void carryOut() {
            if (done) {
                return;
            }
            done = true;
            for (String id : accountIds) {
                move(world, id, organizationId);
            }
        }
    }
}
