package co.pump.icm.sandbox.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import co.pump.icm.model.Account;
import co.pump.icm.model.AccountAssignment;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.MigratorException;
import co.pump.icm.model.SourceInfo;

/** Builds the two-organization scenario around an arbitrary configuration (see {@link SandboxScenario#fromConfig}). */
final class ConfigScenario {

    static final String DEFAULT_MANAGEMENT = "111111111111";
    static final String DEFAULT_SOURCE_ORG = "o-source0001";
    static final String DEFAULT_SOURCE_REGION = "us-east-1";
    static final String TARGET_REGION = "eu-west-1";
    static final String TARGET_ORG = "o-pump000001";
    static final String OTHER_TARGET_ORG = "o-pump000002";

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern ORGANIZATION_ID = Pattern.compile("o-[a-z0-9]{10,32}");

    private ConfigScenario() {
    }

    static SandboxScenario of(IdentityCenterConfig config) {
        SourceInfo info = config.source();
        String managementId = firstAccountId(info);
        var accounts = new LinkedHashMap<String, Account>();
        for (Account account : config.accounts()) {
            accounts.putIfAbsent(checked(account.id()), account);
        }
        for (AccountAssignment assignment : config.assignments()) {
            String id = checked(assignment.accountId());
            accounts.putIfAbsent(id, new Account(id, "account-" + id, "aws-" + id + "@example.com", "ACTIVE"));
        }
        Account management = accounts.remove(managementId);
        if (management == null) {
            management = new Account(managementId, "management", "aws-" + managementId + "@example.com", "ACTIVE");
        }
        List<Account> members = new ArrayList<>(accounts.values());
        // Most accounts have moved and at least one has not, unless there is only one to move.
        List<String> moved = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            if (members.size() == 1 || i < members.size() - 1) {
                moved.add(members.get(i).id());
            }
        }

        Set<String> taken = new HashSet<>(accounts.keySet());
        taken.add(managementId);
        var target = new ScenarioOrganization(
                sourceOrgId(info).equals(TARGET_ORG) ? OTHER_TARGET_ORG : TARGET_ORG,
                new Account(free("999999999999", taken), "pump-management", "aws-management@pump.example", "ACTIVE"),
                new Account(free("888888888888", taken), "customer-identity", "aws-identity@pump.example", "ACTIVE"),
                List.of(new Account(free("777777777777", taken), "pump-log-archive", "aws-log-archive@pump.example",
                        "ACTIVE")));
        var source = new ScenarioOrganization(sourceOrgId(info), management, null, members);
        Map<String, Set<String>> policies = PolicyPlacement.requiredBy(config);
        String region = info != null && info.region() != null ? info.region() : DEFAULT_SOURCE_REGION;
        return new SandboxScenario(source, target, moved, region, TARGET_REGION, config, policies, null,
                IdentityCenterConfig.empty(null), false);
    }

    private static String firstAccountId(SourceInfo info) {
        if (info != null && info.managementAccountId() != null) {
            return checked(info.managementAccountId());
        }
        if (info != null && info.accountId() != null) {
            return checked(info.accountId());
        }
        return DEFAULT_MANAGEMENT;
    }

    private static String sourceOrgId(SourceInfo info) {
        return info != null && info.organizationId() != null && ORGANIZATION_ID.matcher(info.organizationId()).matches()
                ? info.organizationId() : DEFAULT_SOURCE_ORG;
    }

    private static String checked(String accountId) {
        if (accountId == null || !ACCOUNT_ID.matcher(accountId).matches()) {
            throw MigratorException.badInput("The configuration names the account \"" + accountId
                    + "\", which is not a 12-digit AWS account ID");
        }
        return accountId;
    }

    /** The preferred ID, or the nearest lower one that is not taken; marks it taken. */
    private static String free(String preferred, Set<String> taken) {
        long id = Long.parseLong(preferred);
        while (taken.contains(String.format("%012d", id))) {
            id--;
        }
        String chosen = String.format("%012d", id);
        taken.add(chosen);
        return chosen;
    }
}
