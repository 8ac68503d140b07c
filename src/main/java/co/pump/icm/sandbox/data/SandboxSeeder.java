package co.pump.icm.sandbox.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.pump.icm.model.Account;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.sandbox.state.SandboxAccount;
import co.pump.icm.sandbox.state.SandboxCredential;
import co.pump.icm.sandbox.state.SandboxIds;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxOrganization;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * Puts a {@link SandboxScenario} into a {@link SandboxWorld}: the two organizations (the target's
 * delegated administrator registered for IAM Identity Center), their accounts (moved accounts in
 * the target organization) with their customer managed policies, the two instances (each owned by
 * its organization's management account), the source configuration in the source instance, what
 * the target already holds in the target instance, and four access keys.
 *
 * <p>Every ID, key and timestamp comes from the world's seeded {@link SandboxIds}, so the same
 * scenario and seed give an identical world; the access keys are drawn first and so depend on the
 * seed alone.
 */
public final class SandboxSeeder {

    /** 2021-09-01T00:00:00Z: the customer's instance and its first users. */
    private static final long SOURCE_CREATED = 1_630_454_400L;
    private static final int SOURCE_SPREAD = 3 * 365 * 24 * 3600;
    /** 2025-01-15T10:00:00Z: Pump's organization and the customer's new instance. */
    private static final long TARGET_CREATED = 1_736_935_200L;
    private static final int TARGET_SPREAD = 30 * 24 * 3600;
    private static final String ADMIN_PERMISSION_SET = "AdministratorAccess";

    private SandboxSeeder() {
    }

    /**
     * Seeds the scenario into a world that holds none of its organizations or accounts yet.
     *
     * @throws IllegalStateException when the world already holds one of them
     * @throws co.pump.icm.model.MigratorException when the scenario's configuration points at a
     *         user, group, permission set or account it does not have, or repeats a name
     */
    public static SeededWorld seed(SandboxWorld world, SandboxScenario scenario) {
        synchronized (world) {
            checkFree(world, scenario);
            SandboxIds ids = world.ids();
            Key sourceKey = Key.session(ids);
            Key targetKey = Key.session(ids);
            Key targetManagementKey = Key.longTerm(ids);
            Key memberKey = Key.longTerm(ids);
            String sourceRole = "AWSReservedSSO_" + ADMIN_PERMISSION_SET + "_" + ids.hex(16);
            String targetRole = "AWSReservedSSO_" + ADMIN_PERMISSION_SET + "_" + ids.hex(16);

            ScenarioOrganization sourceOrg = scenario.sourceOrganization();
            ScenarioOrganization targetOrg = scenario.targetOrganization();
            addOrganizations(world, scenario);

            String sourceManagement = sourceOrg.management().id();
            String targetAdmin = targetOrg.delegatedAdministrator().id();
            String targetManagement = targetOrg.management().id();
            var source = new SandboxInstance(ids.instanceArn(), ids.identityStoreId(), sourceManagement,
                    scenario.sourceRegion());
            SourceInfo info = scenario.sourceConfig().source();
            source.name = info == null ? null : info.instanceName();
            source.createdDate = SOURCE_CREATED;
            var target = new SandboxInstance(ids.instanceArn(), ids.identityStoreId(), targetManagement,
                    scenario.targetRegion());
            target.createdDate = TARGET_CREATED;
            target.externalIdentityProvider = scenario.targetExternalIdentityProvider();
            world.instances.put(source.arn, source);
            world.instances.put(target.arn, target);

            var sourceCredential = sourceKey.as(sourceManagement,
                    "arn:aws:sts::" + sourceManagement + ":assumed-role/" + sourceRole + "/admin");
            var targetCredential = targetKey.as(targetAdmin,
                    "arn:aws:sts::" + targetAdmin + ":assumed-role/" + targetRole + "/admin");
            var managementCredential = targetManagementKey.as(targetManagement,
                    "arn:aws:iam::" + targetManagement + ":user/admin");
            String member = memberAccount(scenario);
            var memberCredential = memberKey.as(member, "arn:aws:iam::" + member + ":user/admin");
            for (SandboxCredential c : List.of(sourceCredential, targetCredential, managementCredential,
                    memberCredential)) {
                world.credentials.put(c.accessKeyId(), c);
            }

            // The source admin signs in through the AdministratorAccess role the source instance provisioned.
            new InstanceLoader(world, source, sourceCredential.arn(), SOURCE_CREATED, SOURCE_SPREAD,
                    Map.of(sourceManagement + "/" + ADMIN_PERMISSION_SET, sourceRole))
                    .load(scenario.sourceConfig(), scenario.sourceApplications());
            new InstanceLoader(world, target, targetCredential.arn(), TARGET_CREATED, TARGET_SPREAD, Map.of())
                    .load(scenario.targetConfig(),
                            ScenarioApplications.inventory(scenario.targetConfig().applications()));

            return new SeededWorld(sourceCredential, targetCredential, managementCredential, memberCredential,
                    scenario.sourceRegion(), scenario.targetRegion(), source.arn, source.identityStoreId,
                    target.arn, target.identityStoreId);
        }
    }

    private static void addOrganizations(SandboxWorld world, SandboxScenario scenario) {
        ScenarioOrganization sourceOrg = scenario.sourceOrganization();
        ScenarioOrganization targetOrg = scenario.targetOrganization();
        var source = new SandboxOrganization(sourceOrg.id(), sourceOrg.management().id());
        var target = new SandboxOrganization(targetOrg.id(), targetOrg.management().id());
        target.ssoDelegatedAdministrators.add(targetOrg.delegatedAdministrator().id());
        world.organizations.put(source.id, source);
        world.organizations.put(target.id, target);

        double sourceJoined = SOURCE_CREATED - 400 * 24 * 3600;
        for (Account account : sourceOrg.accounts()) {
            boolean moved = scenario.movedAccountIds().contains(account.id());
            sourceJoined += 7 * 24 * 3600;
            SandboxAccount added = addAccount(world, account, moved ? target : source);
            added.joinedTimestamp = sourceJoined;
        }
        double targetJoined = TARGET_CREATED - 30 * 24 * 3600;
        for (Account account : targetOrg.accounts()) {
            targetJoined += 24 * 3600;
            addAccount(world, account, target).joinedTimestamp = targetJoined;
        }
        // The customer's accounts accepted Pump's invitation after Pump's own accounts existed.
        for (String id : scenario.movedAccountIds()) {
            SandboxAccount moved = world.accounts.get(id);
            moved.joinedMethod = "INVITED";
            targetJoined += 3600;
            moved.joinedTimestamp = targetJoined;
            target.accountIds.remove(id);
            target.accountIds.add(id);
        }
        scenario.customerManagedPolicies().forEach((accountId, policies) -> {
            SandboxAccount account = world.accounts.get(accountId);
            if (account == null) {
                throw new IllegalArgumentException("Customer managed policies for unknown account " + accountId);
            }
            account.customerManagedPolicies.addAll(policies);
        });
    }

    private static SandboxAccount addAccount(SandboxWorld world, Account account, SandboxOrganization org) {
        var added = new SandboxAccount(account.id(), account.name(), account.email());
        if (account.status() != null) {
            added.status = account.status();
        }
        added.organizationId = org.id;
        org.accountIds.add(account.id());
        world.accounts.put(account.id(), added);
        return added;
    }

    /** A member account of the target organization that administers nothing; a moved one if any. */
    private static String memberAccount(SandboxScenario scenario) {
        var candidates = new ArrayList<String>(scenario.movedAccountIds());
        scenario.targetOrganization().members().forEach(a -> candidates.add(a.id()));
        scenario.sourceOrganization().members().forEach(a -> candidates.add(a.id()));
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("The scenario needs at least one member account");
        }
        return candidates.get(0);
    }

    private static void checkFree(SandboxWorld world, SandboxScenario scenario) {
        for (String org : List.of(scenario.sourceOrganization().id(), scenario.targetOrganization().id())) {
            if (world.organizations.containsKey(org)) {
                throw new IllegalStateException("The sandbox world already holds organization " + org);
            }
        }
        for (Account account : scenario.accounts()) {
            if (world.accounts.containsKey(account.id())) {
                throw new IllegalStateException("The sandbox world already holds account " + account.id());
            }
        }
    }

    /** Access key material, drawn before anything else so that it depends on the seed alone. */
    private record Key(String accessKeyId, String secret, String sessionToken) {

        /** Temporary credentials, as an assumed role gets them: {@code ASIA} and a session token. */
        static Key session(SandboxIds ids) {
            return new Key("ASIA" + ids.upperAlnum(16), ids.secret(), ids.alnum(64));
        }

        /** Long-term IAM user keys: {@code AKIA} and no session token. */
        static Key longTerm(SandboxIds ids) {
            return new Key(ids.accessKeyId(), ids.secret(), null);
        }

        SandboxCredential as(String accountId, String arn) {
            return new SandboxCredential(accessKeyId, secret, sessionToken, accountId, arn);
        }
    }
}
