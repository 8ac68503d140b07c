package co.pump.icm.sandbox.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Everything the sandbox knows: organizations, accounts, access keys and Identity Center
 * instances. All access happens inside {@code synchronized (world)}; the services keep their
 * critical sections short, so one lock is both simple and fast enough.
 */
public final class SandboxWorld {

    public final Map<String, SandboxOrganization> organizations = new LinkedHashMap<>();
    public final Map<String, SandboxAccount> accounts = new LinkedHashMap<>();
    /** Instances by ARN. */
    public final Map<String, SandboxInstance> instances = new LinkedHashMap<>();
    /** Accepted access keys by access key ID. */
    public final Map<String, SandboxCredential> credentials = new LinkedHashMap<>();
    /**
     * IAM policies by access key ID: the actions a key may call, as IAM names them
     * ({@code sso:ListInstances}, {@code identitystore:CreateUser}, {@code organizations:ListAccounts},
     * {@code sts:AssumeRole}). A key without an entry may call everything; {@code sts:GetCallerIdentity}
     * is always allowed, as in AWS.
     */
    public final Map<String, Set<String>> policies = new LinkedHashMap<>();

    private final SandboxIds ids;
    private final LongSupplier clock;
    private final List<LongConsumer> settlers = new ArrayList<>();

    public SandboxWorld(long seed, LongSupplier clockMillis) {
        this.ids = new SandboxIds(seed);
        this.clock = clockMillis;
    }

    public SandboxWorld(long seed) {
        this(seed, System::currentTimeMillis);
    }

    public SandboxIds ids() {
        return ids;
    }

    /** The sandbox's current time in epoch milliseconds. */
    public long now() {
        return clock.getAsLong();
    }

    /**
     * Registers something that finishes due asynchronous work (e.g. account assignment requests
     * whose delay has passed). Called by {@link #settle(long)}.
     */
    public void addSettler(LongConsumer settler) {
        settlers.add(settler);
    }

    /** Finishes all asynchronous work due at {@code nowMillis}. Call before reading async state. */
    public void settle(long nowMillis) {
        for (LongConsumer settler : settlers) {
            settler.accept(nowMillis);
        }
    }

    public Optional<SandboxAccount> account(String accountId) {
        return Optional.ofNullable(accounts.get(accountId));
    }

    public Optional<SandboxOrganization> organizationOf(String accountId) {
        SandboxAccount account = accounts.get(accountId);
        return account == null || account.organizationId == null
                ? Optional.empty()
                : Optional.ofNullable(organizations.get(account.organizationId));
    }

    public Optional<SandboxInstance> instance(String instanceArn) {
        return Optional.ofNullable(instances.get(instanceArn));
    }

    public Optional<SandboxInstance> instanceByIdentityStore(String identityStoreId) {
        return instances.values().stream().filter(i -> i.identityStoreId.equals(identityStoreId)).findFirst();
    }

    /**
     * The instance an account may administer: the one its organization's management account owns,
     * when the account is that management account or a delegated administrator for IAM Identity
     * Center.
     */
    public Optional<SandboxInstance> instanceAdministeredBy(String accountId) {
        return organizationOf(accountId)
                .filter(org -> org.managementAccountId.equals(accountId)
                        || org.ssoDelegatedAdministrators.contains(accountId))
                .flatMap(org -> instances.values().stream()
                        .filter(i -> i.ownerAccountId.equals(org.managementAccountId)).findFirst());
    }

    public Optional<SandboxCredential> credential(String accessKeyId) {
        return Optional.ofNullable(credentials.get(accessKeyId));
    }
}
