package co.pump.icm.follow;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import co.pump.icm.aws.ApiFamily;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.AwsProblems;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.AccountNotFoundException;

/**
 * Looks at the new organization for awaited accounts, with as few requests as the organization's
 * size allows: {@code DescribeAccount} for each awaited account while that is fewer requests than
 * listing every account ({@code ListAccounts}, 20 a page), the list otherwise, and the list too
 * when the signed-in identity may not describe accounts (the import policy in
 * {@code docs/permissions.md} has {@code ListAccounts}, and {@code DescribeAccount} is optional). Only an ACTIVE
 * account counts as arrived: assignments cannot be made in a suspended one. The answers go through
 * the run's {@link AwsCallRunner}, so throttling slows following down like everything else.
 */
final class OrganizationWatch {

    private static final int PAGE = 20;

    private final AwsClients clients;
    private final AwsCallRunner runner;
    private int organizationSize;
    private boolean describeDenied;

    /**
     * @param organizationSize how many accounts the organization had when the target was read
     */
    OrganizationWatch(AwsClients clients, AwsCallRunner runner, int organizationSize) {
        this.clients = clients;
        this.runner = runner;
        this.organizationSize = organizationSize;
    }

    /**
     * Which of the accounts are ACTIVE in the organization now, with when they joined it.
     *
     * @throws co.pump.icm.model.MigratorException when AWS refuses to answer (access, credentials)
     */
    Map<String, Instant> arrivedAmong(Collection<String> awaited) {
        var arrived = new LinkedHashMap<String, Instant>();
        if (awaited.isEmpty()) {
            return arrived;
        }
        int listPages = Math.max(1, (organizationSize + PAGE - 1) / PAGE);
        if (awaited.size() <= listPages && !describeDenied) {
            try {
                for (String id : awaited) {
                    Account account = describe(id);
                    if (account != null && isActive(account)) {
                        arrived.put(id, account.joinedTimestamp());
                    }
                }
                organizationSize += arrived.size();
                return arrived;
            } catch (DescribeDenied denied) {
                describeDenied = true;
                arrived.clear();
            }
        }
        Set<String> wanted = Set.copyOf(awaited);
        int seen = 0;
        String token = null;
        try {
            do {
                String current = token;
                var page = runner.call(ApiFamily.ORGANIZATIONS, "ListAccounts", "the new organization",
                        () -> clients.organizations().listAccounts(r -> r.maxResults(PAGE).nextToken(current)));
                for (Account account : page.accounts()) {
                    seen++;
                    if (wanted.contains(account.id()) && isActive(account)) {
                        arrived.put(account.id(), account.joinedTimestamp());
                    }
                }
                token = page.nextToken();
            } while (token != null && !token.isEmpty());
        } catch (SdkException e) {
            throw AwsProblems.explain(e, ApiFamily.ORGANIZATIONS, "ListAccounts", "the new organization");
        }
        organizationSize = seen;
        return arrived;
    }

    /** The account as the organization describes it, or null when it is not in the organization. */
    private Account describe(String accountId) {
        try {
            return runner.call(ApiFamily.ORGANIZATIONS, "DescribeAccount", "account " + accountId,
                    () -> clients.organizations().describeAccount(r -> r.accountId(accountId))).account();
        } catch (AccountNotFoundException e) {
            return null;
        } catch (SdkException e) {
            if (AwsProblems.isAccessDenied(e)) {
                throw new DescribeDenied();
            }
            throw AwsProblems.explain(e, ApiFamily.ORGANIZATIONS, "DescribeAccount", "account " + accountId);
        }
    }

    /** DescribeAccount is not allowed: list the organization instead. */
    private static final class DescribeDenied extends RuntimeException {
        DescribeDenied() {
            super(null, null, false, false);
        }
    }

    private static boolean isActive(Account account) {
        String status = account.statusAsString();
        return status == null || "ACTIVE".equals(status);
    }
}
