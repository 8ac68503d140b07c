package co.pump.icm.sandbox.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import co.pump.icm.model.Account;
import co.pump.icm.model.IdentityCenterConfig;

/**
 * A sandbox data set, independent of the IDs a sandbox issues: the customer's current
 * organization with its IAM Identity Center configuration, and Pump's new organization whose
 * delegated administrator administers an (usually empty) instance in the region the customer
 * chose.
 *
 * <p>The source organization's {@code members} are the customer's member accounts as the source
 * configuration knows them, including those that have since moved; {@code movedAccountIds} says
 * which of them now belong to the target organization. The target organization's {@code members}
 * are Pump's own accounts besides its management and delegated administrator accounts. Account IDs
 * do not change when an account moves, and neither do the IAM policies in it, so customer managed
 * policies are kept once per account.
 *
 * @param sourceOrganization             the customer's current organization
 * @param targetOrganization             Pump's organization; its delegated administrator is required
 * @param movedAccountIds                source member accounts that now belong to the target organization
 * @param sourceRegion                   the region of the source instance, e.g. {@code us-east-1}
 * @param targetRegion                   the region of the target instance, e.g. {@code eu-west-1}
 * @param sourceConfig                   the source instance's configuration, by natural keys (origins may be null)
 * @param customerManagedPolicies        customer managed IAM policies that exist in each account, by account ID,
 *                                       as path and name ({@code /data/DataLakeAccess})
 * @param missingPolicy                  the policy deliberately left out of one moved account, or null
 * @param targetConfig                   what the target instance already holds (empty for the demo)
 * @param targetExternalIdentityProvider true when the target instance uses an external identity provider
 * @param sourceApplications             the source instance's trusted token issuers and applications, set up and
 *                                       assigned; null for the applications {@code sourceConfig} lists, as they are
 */
public record SandboxScenario(ScenarioOrganization sourceOrganization,
                              ScenarioOrganization targetOrganization,
                              List<String> movedAccountIds,
                              String sourceRegion,
                              String targetRegion,
                              IdentityCenterConfig sourceConfig,
                              Map<String, Set<String>> customerManagedPolicies,
                              MissingPolicy missingPolicy,
                              IdentityCenterConfig targetConfig,
                              boolean targetExternalIdentityProvider,
                              ScenarioApplications sourceApplications) {

    public SandboxScenario {
        Objects.requireNonNull(sourceOrganization, "sourceOrganization");
        Objects.requireNonNull(targetOrganization, "targetOrganization");
        Objects.requireNonNull(sourceRegion, "sourceRegion");
        Objects.requireNonNull(targetRegion, "targetRegion");
        Objects.requireNonNull(sourceConfig, "sourceConfig");
        if (targetOrganization.delegatedAdministrator() == null) {
            throw new IllegalArgumentException("The target organization needs a delegated administrator");
        }
        movedAccountIds = movedAccountIds == null ? List.of() : List.copyOf(movedAccountIds);
        targetConfig = targetConfig == null ? IdentityCenterConfig.empty(null) : targetConfig;
        sourceApplications = sourceApplications == null
                ? ScenarioApplications.inventory(sourceConfig.applications()) : sourceApplications;
        customerManagedPolicies = orderedCopy(customerManagedPolicies);
        checkAccounts(sourceOrganization, targetOrganization, movedAccountIds);
        if (missingPolicy != null) {
            if (!movedAccountIds.contains(missingPolicy.accountId())) {
                throw new IllegalArgumentException("The missing policy must be missing in a moved account");
            }
            if (customerManagedPolicies.getOrDefault(missingPolicy.accountId(), Set.of())
                    .contains(missingPolicy.policy())) {
                throw new IllegalArgumentException("The missing policy " + missingPolicy.policy()
                        + " exists in account " + missingPolicy.accountId());
            }
        }
    }

    /** A scenario whose source instance holds the applications {@code sourceConfig} lists, as they are. */
    public SandboxScenario(ScenarioOrganization sourceOrganization, ScenarioOrganization targetOrganization,
                           List<String> movedAccountIds, String sourceRegion, String targetRegion,
                           IdentityCenterConfig sourceConfig, Map<String, Set<String>> customerManagedPolicies,
                           MissingPolicy missingPolicy, IdentityCenterConfig targetConfig,
                           boolean targetExternalIdentityProvider) {
        this(sourceOrganization, targetOrganization, movedAccountIds, sourceRegion, targetRegion, sourceConfig,
                customerManagedPolicies, missingPolicy, targetConfig, targetExternalIdentityProvider, null);
    }

    /**
     * Wraps any configuration (one read from a snapshot file, say) in the usual two-organization
     * setting: the accounts are those of {@code config.accounts()} plus any account ID the
     * assignments mention; the management account is the one the configuration's source names
     * (or {@code 111111111111}); every member account but the last has moved to the target
     * organization (a lone member account moves); the target organization gets free account IDs
     * (preferably {@code 999999999999} management, {@code 888888888888} delegated administrator
     * and {@code 777777777777} log archive) and an empty instance in {@code eu-west-1}. Each
     * account holds the customer managed policies its assignments need; none is missing.
     *
     * @throws co.pump.icm.model.MigratorException when an account ID is not 12 digits
     */
    public static SandboxScenario fromConfig(IdentityCenterConfig config) {
        return ConfigScenario.of(config);
    }

    /**
     * The same scenario with some moved accounts still in the source organization at the start, so
     * that they can join the target organization while the sandbox runs
     * ({@code co.pump.icm.sandbox.organizations.AccountMoves}).
     *
     * @throws IllegalArgumentException when one of them is not a moved account, or holds the
     *                                  missing policy
     */
    public SandboxScenario withAccountsStillOutside(List<String> accountIds) {
        var moved = new ArrayList<String>(movedAccountIds);
        for (String id : accountIds) {
            if (!moved.remove(id)) {
                throw new IllegalArgumentException("Account " + id + " is not one of the moved accounts " + movedAccountIds);
            }
        }
        return new SandboxScenario(sourceOrganization, targetOrganization, moved, sourceRegion, targetRegion, sourceConfig,
                customerManagedPolicies, missingPolicy, targetConfig, targetExternalIdentityProvider);
    }

    /** Every account of both organizations: source management and members, then the target's own. */
    public List<Account> accounts() {
        var all = new ArrayList<Account>(sourceOrganization.accounts());
        all.addAll(targetOrganization.accounts());
        return all;
    }

    /** The ID of the organization the account belongs to now, or null if the scenario does not know it. */
    public String currentOrganizationOf(String accountId) {
        if (movedAccountIds.contains(accountId)) {
            return targetOrganization.id();
        }
        for (Account account : sourceOrganization.accounts()) {
            if (account.id().equals(accountId)) {
                return sourceOrganization.id();
            }
        }
        for (Account account : targetOrganization.accounts()) {
            if (account.id().equals(accountId)) {
                return targetOrganization.id();
            }
        }
        return null;
    }

    /** The customer managed policies (path and name) that exist in the account; empty if none. */
    public Set<String> customerManagedPoliciesIn(String accountId) {
        return customerManagedPolicies.getOrDefault(accountId, Set.of());
    }

    private static void checkAccounts(ScenarioOrganization sourceOrg, ScenarioOrganization targetOrg,
                                      List<String> moved) {
        var seen = new HashSet<String>();
        for (Account account : sourceOrg.accounts()) {
            if (!seen.add(account.id())) {
                throw new IllegalArgumentException("Account " + account.id() + " appears twice");
            }
        }
        for (Account account : targetOrg.accounts()) {
            if (!seen.add(account.id())) {
                throw new IllegalArgumentException("Account " + account.id() + " is in both organizations");
            }
        }
        var sourceMembers = new HashSet<String>();
        sourceOrg.members().forEach(a -> sourceMembers.add(a.id()));
        for (String id : moved) {
            if (!sourceMembers.contains(id)) {
                throw new IllegalArgumentException("Moved account " + id + " is not a source member account");
            }
        }
        if (new LinkedHashSet<>(moved).size() != moved.size()) {
            throw new IllegalArgumentException("A moved account is listed twice");
        }
    }

    // Ordered copies: seeding iterates these, and IDs must not depend on hash order.
    private static Map<String, Set<String>> orderedCopy(Map<String, Set<String>> policies) {
        var copy = new LinkedHashMap<String, Set<String>>();
        if (policies != null) {
            policies.forEach((account, names) ->
                    copy.put(account, Collections.unmodifiableSet(new TreeSet<>(names))));
        }
        return Collections.unmodifiableMap(copy);
    }
}
