package co.pump.icm.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import co.pump.icm.model.Account;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Reads the caller's organization and its accounts, for the record. Reading them is a courtesy:
 * when the caller may not (or the account is in no organization) the export goes on with a
 * warning and takes the account IDs from the assignments.
 */
final class OrganizationReader {

    private final AwsClients clients;
    private final AwsCallRunner runner;
    private final Consumer<String> warn;
    private volatile String organizationId;
    private volatile String managementAccountId;
    private final List<Account> accounts = new ArrayList<>();

    OrganizationReader(AwsClients clients, AwsCallRunner runner, Consumer<String> warn) {
        this.clients = clients;
        this.runner = runner;
        this.warn = warn;
    }

    void read() {
        try {
            var organization = runner.call(ApiFamily.ORGANIZATIONS, "DescribeOrganization", "the organization",
                    () -> clients.organizations().describeOrganization()).organization();
            organizationId = organization.id();
            managementAccountId = organization.masterAccountId();
        } catch (SdkException e) {
            if (!isRefusal(e)) {
                throw AwsProblems.explain(e, ApiFamily.ORGANIZATIONS, "DescribeOrganization", "the organization");
            }
            warn.accept("The organization could not be read (" + AwsProblems.errorCode(e)
                    + "); the snapshot will not name it.");
            return;
        }
        var found = new ArrayList<Account>();
        try {
            Pages.each(runner, ApiFamily.ORGANIZATIONS, "ListAccounts", "organization " + organizationId,
                    token -> clients.organizations().listAccounts(r -> r.maxResults(20).nextToken(token)),
                    page -> page.nextToken(),
                    page -> page.accounts().forEach(a -> found.add(SdkToModel.account(a))));
        } catch (SdkException e) {
            if (!isRefusal(e)) {
                throw AwsProblems.explain(e, ApiFamily.ORGANIZATIONS, "ListAccounts", "organization " + organizationId);
            }
            warn.accept("The accounts of the organization could not be listed (organizations:ListAccounts was "
                    + "denied); accounts are recorded from the assignments, without names.");
            return;
        }
        synchronized (accounts) {
            accounts.addAll(found);
        }
    }

    private static boolean isRefusal(SdkException e) {
        String code = AwsProblems.errorCode(e);
        return AwsProblems.isAccessDenied(e) || "AWSOrganizationsNotInUseException".equals(code);
    }

    String organizationId() {
        return organizationId;
    }

    String managementAccountId() {
        return managementAccountId;
    }

    List<Account> accounts() {
        synchronized (accounts) {
            return List.copyOf(accounts);
        }
    }
}
