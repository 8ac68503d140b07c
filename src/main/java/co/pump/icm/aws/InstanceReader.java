package co.pump.icm.aws;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import co.pump.icm.model.AccessControlConfiguration;
import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.Group;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.model.User;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssoadmin.model.InstanceMetadata;

/**
 * Reads a whole IAM Identity Center instance into an {@link IdentityCenterConfig}, with the
 * fewest requests the data allows, all through one {@link AwsCallRunner} so the run stays within
 * AWS's limits, and with the two API families (Identity Store and the admin API) busy at once.
 *
 * <p>The request pattern: users and groups from their list operations (which return every
 * attribute, so nothing is described again); memberships per group; permission sets listed, then
 * per permission set its description, tags, inline policy, managed and customer managed policies,
 * boundary and the accounts it is provisioned to; assignments per (permission set, account); and
 * the parts that read themselves ({@link PartReader}: applications and trusted token issuers).
 * Read operations only: an export never writes.
 */
public final class InstanceReader {

    private static final long PROGRESS_INTERVAL_NANOS = 200_000_000L;

    private final AwsClients clients;
    private final AwsCallRunner runner;
    private final ExportListener listener;
    private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong lastProgress = new AtomicLong();
    private volatile ExportProgress.Phase phase = ExportProgress.Phase.CONNECTING;
    private volatile TaskGroup tasks;
    private volatile boolean cancelled;

    // What has been read so far; filled concurrently.
    private final Map<String, User> usersById = new ConcurrentHashMap<>();
    private final Managers managers = new Managers();
    private final Map<String, Group> groupsById = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<RawMembership> memberships = new ConcurrentLinkedQueue<>();
    private final AtomicInteger groupsWithMembers = new AtomicInteger();
    private final Map<String, PermissionSetParts> permissionSets = new ConcurrentHashMap<>();
    private final AtomicInteger permissionSetsDone = new AtomicInteger();
    private final ConcurrentLinkedQueue<RawAssignment> assignments = new ConcurrentLinkedQueue<>();

    private record RawMembership(String groupId, String userId, Origin origin) {
    }

    private record RawAssignment(String accountId, String permissionSetArn, String principalType, String principalId) {
    }

    public InstanceReader(AwsClients clients, AwsCallRunner runner, ExportListener listener) {
        this.clients = clients;
        this.runner = runner;
        this.listener = listener;
    }

    /**
     * Reads everything.
     *
     * @param instanceArn the instance to read when the caller administers more than one, or null
     * @throws co.pump.icm.model.MigratorException with a sentence to show when AWS refuses or fails
     * @throws java.util.concurrent.CancellationException when {@link #cancel()} was called
     */
    public ExportResult read(String instanceArn) {
        long start = System.nanoTime();
        progress(true);
        var locator = new InstanceLocator(clients, runner);
        var caller = locator.caller();
        InstanceMetadata instance = locator.instance(caller.account(), instanceArn);
        String moved = locator.usePrimaryRegion(instance);
        if (moved != null) {
            warn(moved);
        }
        runner.instanceKey(locator.key(instance));
        listener.onSignedIn(caller.account(), caller.arn(), instance.instanceArn(), instance.identityStoreId(),
                clients.region());
        phase = ExportProgress.Phase.READING;
        progress(true);

        var organization = new OrganizationReader(clients, runner, this::warn);
        var abac = new AccessControlConfiguration[1];
        List<PartReader> parts = PartReader.all();
        tasks = new TaskGroup(runner.settings().concurrency());
        try {
            if (cancelled) {
                tasks.cancel();
            }
            String storeId = instance.identityStoreId();
            String arn = instance.instanceArn();
            tasks.submit(ApiFamily.SSO_ADMIN, () -> listPermissionSets(arn));
            tasks.submit(ApiFamily.IDENTITY_STORE, () -> listUsers(storeId));
            tasks.submit(ApiFamily.IDENTITY_STORE, () -> listGroups(storeId));
            tasks.submit(ApiFamily.ORGANIZATIONS, organization::read);
            tasks.submit(ApiFamily.SSO_ADMIN, () -> abac[0] = readAccessControl(arn));
            // A delegated administrator, a member account, must filter some lists by its own account
            // (docs/aws-behaviour.md, "Member accounts").
            String memberAccount = caller.account().equals(instance.ownerAccountId()) ? null : caller.account();
            var reading = new PartReader.Reading(clients, runner, tasks, arn, memberAccount, this::warn);
            parts.forEach(part -> part.start(reading));
            tasks.await();
        } finally {
            tasks.shutdown();
        }
        var source = new SourceInfo(caller.account(), organization.organizationId(), organization.managementAccountId(),
                clients.region(), instance.instanceArn(), instance.identityStoreId(), instance.name(), caller.arn());
        IdentityCenterConfig config = assemble(source, organization.accounts(), abac[0]);
        for (PartReader part : parts) {
            config = part.finish(config, this::warn);
        }
        phase = ExportProgress.Phase.DONE;
        progress(true);
        return new ExportResult(config, warnings, runner.stats(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Stops the export: requests in flight are interrupted, nothing more is sent. */
    public void cancel() {
        cancelled = true;
        TaskGroup group = tasks;
        if (group != null) {
            group.cancel();
        }
    }

    private void listUsers(String storeId) {
        AwsProblems.guard(ApiFamily.IDENTITY_STORE, "ListUsers", "identity store " + storeId, () ->
                Pages.each(runner, ApiFamily.IDENTITY_STORE, "ListUsers", "identity store " + storeId,
                        // The enterprise extension comes back only when asked for (docs/aws-behaviour.md).
                        token -> clients.identityStore().listUsers(r -> r.identityStoreId(storeId).maxResults(100)
                                .extensions(UserAttributes.ENTERPRISE).nextToken(token)),
                        page -> page.nextToken(),
                        page -> {
                            page.users().forEach(u -> {
                                usersById.put(u.userId(), SdkToModel.user(u));
                                managers.read(u);
                            });
                            progress(false);
                        }));
    }

    private void listGroups(String storeId) {
        AwsProblems.guard(ApiFamily.IDENTITY_STORE, "ListGroups", "identity store " + storeId, () ->
                Pages.each(runner, ApiFamily.IDENTITY_STORE, "ListGroups", "identity store " + storeId,
                        token -> clients.identityStore().listGroups(r -> r.identityStoreId(storeId).maxResults(100)
                                .nextToken(token)),
                        page -> page.nextToken(),
                        page -> {
                            for (var g : page.groups()) {
                                groupsById.put(g.groupId(), SdkToModel.group(g));
                                tasks.submit(ApiFamily.IDENTITY_STORE,
                                        () -> listMemberships(storeId, g.groupId(), g.displayName()));
                            }
                            progress(false);
                        }));
    }

    private void listMemberships(String storeId, String groupId, String groupName) {
        String resource = "group " + groupName;
        AwsProblems.guard(ApiFamily.IDENTITY_STORE, "ListGroupMemberships", resource, () ->
                Pages.each(runner, ApiFamily.IDENTITY_STORE, "ListGroupMemberships", resource,
                        token -> clients.identityStore().listGroupMemberships(r -> r.identityStoreId(storeId)
                                .groupId(groupId).maxResults(100).nextToken(token)),
                        page -> page.nextToken(),
                        page -> page.groupMemberships().forEach(m -> memberships.add(new RawMembership(groupId,
                                m.memberId() == null ? null : m.memberId().userId(), SdkToModel.membershipOrigin(m))))));
        groupsWithMembers.incrementAndGet();
        progress(false);
    }

    private void listPermissionSets(String instanceArn) {
        AwsProblems.guard(ApiFamily.SSO_ADMIN, "ListPermissionSets", "instance " + instanceArn, () ->
                Pages.each(runner, ApiFamily.SSO_ADMIN, "ListPermissionSets", "instance " + instanceArn,
                        token -> clients.ssoAdmin().listPermissionSets(r -> r.instanceArn(instanceArn).maxResults(100)
                                .nextToken(token)),
                        page -> page.nextToken(),
                        page -> {
                            for (String arn : page.permissionSets()) {
                                var parts = new PermissionSetParts(arn);
                                permissionSets.put(arn, parts);
                                new PermissionSetReader(clients, runner, instanceArn, parts, this::onPermissionSetDone,
                                        this::onAssignmentsPage).submitAll(tasks);
                            }
                            progress(false);
                        }));
    }

    private void onPermissionSetDone() {
        permissionSetsDone.incrementAndGet();
        progress(false);
    }

    private void onAssignmentsPage(List<software.amazon.awssdk.services.ssoadmin.model.AccountAssignment> page) {
        page.forEach(a -> assignments.add(new RawAssignment(a.accountId(), a.permissionSetArn(),
                a.principalTypeAsString(), a.principalId())));
        progress(false);
    }

    private AccessControlConfiguration readAccessControl(String instanceArn) {
        try {
            var response = runner.call(ApiFamily.SSO_ADMIN, "DescribeInstanceAccessControlAttributeConfiguration",
                    "instance " + instanceArn, () -> clients.ssoAdmin()
                            .describeInstanceAccessControlAttributeConfiguration(r -> r.instanceArn(instanceArn)));
            return SdkToModel.accessControl(response);
        } catch (SdkException e) {
            if ("ResourceNotFoundException".equals(AwsProblems.errorCode(e))) {
                return null; // attribute-based access control was never enabled
            }
            if (AwsProblems.isAccessDenied(e)) {
                warn("The attribute-based access control configuration could not be read ("
                        + "sso:DescribeInstanceAccessControlAttributeConfiguration was denied); it is left out.");
                return null;
            }
            throw AwsProblems.explain(e, ApiFamily.SSO_ADMIN, "DescribeInstanceAccessControlAttributeConfiguration",
                    "instance " + instanceArn);
        }
    }

    private IdentityCenterConfig assemble(SourceInfo source, List<Account> orgAccounts,
                                          AccessControlConfiguration abac) {
        Map<String, PermissionSet> setsByArn = new HashMap<>();
        permissionSets.forEach((arn, parts) -> setsByArn.put(arn, parts.toModel()));

        var members = new ArrayList<GroupMembership>(memberships.size());
        for (RawMembership m : memberships) {
            Group group = groupsById.get(m.groupId());
            User user = m.userId() == null ? null : usersById.get(m.userId());
            if (group == null || user == null) {
                warn("A membership of group " + (group == null ? m.groupId() : group.displayName())
                        + " refers to a user that is not in the identity store (" + m.userId() + "); it is left out.");
                continue;
            }
            members.add(new GroupMembership(group.displayName(), user.userName(), m.origin()));
        }

        var accountIds = new TreeSet<String>();
        var result = new ArrayList<AccountAssignment>(assignments.size());
        var seen = new HashSet<RawAssignment>();
        for (RawAssignment a : assignments) {
            PermissionSet set = setsByArn.get(a.permissionSetArn());
            PrincipalType type = "GROUP".equals(a.principalType()) ? PrincipalType.GROUP : PrincipalType.USER;
            String principal = type == PrincipalType.GROUP
                    ? nameOrNull(groupsById.get(a.principalId()))
                    : nameOrNull(usersById.get(a.principalId()));
            if (set == null || principal == null) {
                warn("An assignment in account " + a.accountId() + " refers to a " + type.name().toLowerCase()
                        + " that is not in the identity store (" + a.principalId() + "); it is left out.");
                continue;
            }
            if (!seen.add(a)) {
                // AWS keeps a repeated CreateAccountAssignment as a second, identical assignment
                // (docs/aws-behaviour.md): the configuration holds it once, and a person is told.
                warn("Account " + a.accountId() + " holds the assignment of permission set " + set.name() + " to "
                        + type.name().toLowerCase() + " " + principal + " twice. It counts once here; removing it in "
                        + "the IAM Identity Center console takes two removals.");
                continue;
            }
            accountIds.add(a.accountId());
            result.add(new AccountAssignment(a.accountId(), set.name(), type, principal, Origin.of(a.principalId())));
        }
        // Requests finish in any order; whoever needs the canonical order sorts (the snapshot writer does).
        return (new IdentityCenterConfig(source, accounts(orgAccounts, accountIds),
                managers.named(usersById, this::warn), new ArrayList<>(groupsById.values()), members,
                new ArrayList<>(setsByArn.values()), result, abac, List.of()));
    }

    private List<Account> accounts(List<Account> orgAccounts, Set<String> assignedAccountIds) {
        Map<String, Account> byId = new LinkedHashMap<>();
        orgAccounts.forEach(a -> byId.put(a.id(), a));
        for (String id : assignedAccountIds) {
            if (!byId.containsKey(id)) {
                byId.put(id, new Account(id, null, null, null));
                if (!orgAccounts.isEmpty()) {
                    warn("Account " + id + " has assignments but is not in the organization any more "
                            + "(it may have moved already); its name is unknown.");
                }
            }
        }
        return new ArrayList<>(byId.values());
    }

    private void warn(String warning) {
        warnings.add(warning);
        listener.onWarning(warning);
    }

    private static String nameOrNull(User user) {
        return user == null ? null : user.userName();
    }

    private static String nameOrNull(Group group) {
        return group == null ? null : group.displayName();
    }

    private void progress(boolean force) {
        long now = System.nanoTime();
        long last = lastProgress.get();
        if (!force && now - last < PROGRESS_INTERVAL_NANOS) {
            return;
        }
        if (!force && !lastProgress.compareAndSet(last, now)) {
            return;
        }
        lastProgress.set(now);
        CallStats.Counts total = runner.stats().total();
        listener.onProgress(new ExportProgress(phase, usersById.size(), groupsById.size(), memberships.size(),
                groupsWithMembers.get(), permissionSetsDone.get(), permissionSets.size(), assignments.size(),
                total.calls(), total.throttled(), total.retried()));
    }
}
