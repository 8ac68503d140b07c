package co.pump.icm.aws;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.GroupMembership;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.sandbox.CallRecord;
import co.pump.icm.sandbox.FaultOptions;
import co.pump.icm.sandbox.SandboxOptions;
import co.pump.icm.sandbox.data.LargeData;
import co.pump.icm.testing.SandboxFixture;

/**
 * Exports a generated organization from the sandbox throttled at a given rate per API family, and
 * prints the requests made against the fewest the data requires, the wall time, and the
 * efficiency: the time the busiest family needs at the allowed rate (its requests / rate) divided
 * by the wall time. Targets: requests within 5% of the minimum, efficiency at least 0.9.
 * Run with {@code bench/run ExportBenchmark [users=10000] [rate=200]}.
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    public static void main(String[] args) {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 200;
        var scenario = LargeData.scenario(users, 1);
        try (var fixture = SandboxFixture.start(scenario, 1,
                o -> o.withFaults(FaultOptions.none().withTps(rate)).withPageSize(SandboxOptions.DEFAULT_PAGE_SIZE))) {
            int before = fixture.sandbox().calls().records().size();
            ExportResult result;
            try (var clients = AwsClients.open(fixture.source(), 64)) {
                var reader = new InstanceReader(clients, new AwsCallRunner(RateSettings.AWS_DEFAULTS.withRate(rate)),
                        ExportListener.NONE);
                result = reader.read(null);
            }
            var calls = fixture.sandbox().calls().records().subList(before, fixture.sandbox().calls().records().size());
            int orgAccounts;
            synchronized (fixture.world()) {
                orgAccounts = fixture.world().organizationOf(fixture.seeded().source().accountId()).orElseThrow()
                        .accountIds.size();
            }
            report(result, calls, minimum(result.config(), orgAccounts), rate);
        }
    }

    private static void report(ExportResult result, java.util.List<CallRecord> calls, Map<String, Long> minimum,
                               double rate) {
        var c = result.config();
        System.out.printf(Locale.ROOT, "Exported %,d users, %,d groups, %,d memberships, %,d permission sets, %,d "
                        + "assignments at %.0f requests/s per Identity Store operation and for sso-admin%n", c.users().size(), c.groups().size(),
                c.memberships().size(), c.permissionSets().size(), c.assignments().size(), rate);
        var made = new TreeMap<String, Long>();
        var byFamily = new TreeMap<String, Long>();
        long throttled = 0;
        for (CallRecord call : calls) {
            if ("ThrottlingException".equals(call.error()) || "TooManyRequestsException".equals(call.error())) {
                throttled++;
                continue; // refused at the door: it used none of the allowed rate
            }
            made.merge(call.operation(), 1L, Long::sum);
            byFamily.merge(call.service(), 1L, Long::sum);
        }
        made.replaceAll((op, n) -> n);
        System.out.printf(Locale.ROOT, "%-52s %8s %8s%n", "operation", "made", "minimum");
        long totalMin = 0;
        for (var e : minimum.entrySet()) {
            System.out.printf(Locale.ROOT, "%-52s %,8d %,8d%n", e.getKey(), made.getOrDefault(e.getKey(), 0L), e.getValue());
            totalMin += e.getValue();
        }
        long total = calls.size();
        double wall = result.elapsed().toNanos() / 1e9;
        double bound = 0;
        String busiest = "";
        // AWS limits each Identity Store operation on its own and the admin API as a whole.
        var identityStore = new TreeMap<String, Long>();
        for (CallRecord call : calls) {
            if ("identitystore".equals(call.service()) && !"ThrottlingException".equals(call.error())) {
                identityStore.merge(call.operation(), 1L, Long::sum);
            }
        }
        for (var e : byFamily.entrySet()) {
            if (e.getKey().equals("sts") || e.getKey().equals("organizations")) {
                continue;
            }
            System.out.printf(Locale.ROOT, "%-14s %,7d requests served%n", e.getKey(), e.getValue());
        }
        for (var e : identityStore.entrySet()) {
            if (e.getValue() / rate > bound) {
                bound = e.getValue() / rate;
                busiest = "identitystore " + e.getKey();
            }
        }
        long admin = byFamily.getOrDefault("sso-admin", 0L);
        if (admin / rate > bound) {
            bound = admin / rate;
            busiest = "sso-admin";
        }
        printTimeline(calls, busiest.startsWith("identitystore") ? "identitystore" : "sso-admin");
        System.out.printf(Locale.ROOT, "requests made %,d (of which throttled %,d), minimum %,d: %.1f%% over%n", total,
                throttled, totalMin, 100.0 * (total - totalMin) / totalMin);
        System.out.printf(Locale.ROOT, "wall time %.1f s; lower bound %.1f s (%s); efficiency %.2f%n", wall, bound,
                busiest, bound / wall);
    }

    /** Requests per second of one family over the run, to show where time goes. */
    public static void printTimeline(java.util.List<CallRecord> calls, String family) {
        if (calls.isEmpty()) {
            return;
        }
        var start = calls.get(0).time();
        var perSecond = new TreeMap<Long, Integer>();
        for (CallRecord call : calls) {
            if (call.service().equals(family)) {
                perSecond.merge(java.time.Duration.between(start, call.time()).toSeconds(), 1, Integer::sum);
            }
        }
        var sb = new StringBuilder(family + " requests per second:");
        perSecond.values().forEach(n -> sb.append(' ').append(n));
        System.out.println(sb);
    }

    /** The fewest requests this pattern of list operations needs for the data. */
    static Map<String, Long> minimum(IdentityCenterConfig c, int orgAccounts) {
        var m = new TreeMap<String, Long>();
        m.put("GetCallerIdentity", 1L);
        m.put("ListInstances", 1L);
        m.put("DescribeInstance", 1L);
        m.put("DescribeOrganization", 1L);
        m.put("ListAccounts", pages(orgAccounts, 20));
        m.put("ListUsers", pages(c.users().size(), 100));
        m.put("ListGroups", pages(c.groups().size(), 100));
        var members = new HashMap<String, Integer>();
        c.groups().forEach(g -> members.put(g.displayName(), 0));
        for (GroupMembership gm : c.memberships()) {
            members.merge(gm.groupName(), 1, Integer::sum);
        }
        m.put("ListGroupMemberships", members.values().stream().mapToLong(n -> pages(n, 100)).sum());
        m.put("ListPermissionSets", pages(c.permissionSets().size(), 100));
        var perAccount = new HashMap<String, Integer>();
        var accountsPerSet = new HashMap<String, java.util.Set<String>>();
        for (AccountAssignment a : c.assignments()) {
            perAccount.merge(a.permissionSetName() + "/" + a.accountId(), 1, Integer::sum);
            accountsPerSet.computeIfAbsent(a.permissionSetName(), k -> new java.util.HashSet<>()).add(a.accountId());
        }
        long tags = 0;
        long managed = 0;
        long customer = 0;
        long provisioned = 0;
        for (PermissionSet p : c.permissionSets()) {
            tags += pages(p.tags().size(), SandboxOptions.DEFAULT_PAGE_SIZE); // ListTagsForResource has no MaxResults
            managed += pages(p.managedPolicies().size(), 100);
            customer += pages(p.customerManagedPolicies().size(), 100);
            provisioned += pages(accountsPerSet.getOrDefault(p.name(), java.util.Set.of()).size(), 100);
        }
        long n = c.permissionSets().size();
        m.put("DescribePermissionSet", n);
        m.put("GetInlinePolicyForPermissionSet", n);
        m.put("GetPermissionsBoundaryForPermissionSet", n);
        m.put("ListTagsForResource", tags);
        m.put("ListManagedPoliciesInPermissionSet", managed);
        m.put("ListCustomerManagedPolicyReferencesInPermissionSet", customer);
        m.put("ListAccountsForProvisionedPermissionSet", provisioned);
        m.put("ListAccountAssignments", perAccount.values().stream().mapToLong(k -> pages(k, 100)).sum());
        m.put("DescribeInstanceAccessControlAttributeConfiguration", 1L);
        m.put("ListApplications", pages(c.applications().size(), 100));
        return m;
    }

    private static long pages(int items, int pageSize) {
        return Math.max(1, (items + pageSize - 1) / pageSize);
    }
}
