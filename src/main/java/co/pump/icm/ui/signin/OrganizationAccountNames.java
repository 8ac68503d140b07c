package co.pump.icm.ui.signin;

import java.util.logging.Logger;

import co.pump.icm.aws.ApiFamily;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.AwsTarget;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.model.MigratorException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.organizations.model.Account;
import software.amazon.awssdk.services.organizations.model.ListAccountsResponse;

/**
 * The signed-in account's name from {@code organizations:ListAccounts}, which the export and
 * import policies allow (docs/permissions.md). Best effort: the header shows the account ID alone
 * when the list is denied (a delegated administrator of IAM Identity Center often may not read
 * the organization) or the account is not in an organization.
 */
final class OrganizationAccountNames implements SignInServices.AccountNames {

    private static final Logger LOG = Logger.getLogger(OrganizationAccountNames.class.getName());
    /** A name is not worth more than a few pages of a very large organization. */
    private static final int MAX_PAGES = 5;

    @Override
    public String nameOf(AwsTarget target, String accountId) {
        if (accountId == null) {
            return null;
        }
        var runner = new AwsCallRunner(RateSettings.AWS_DEFAULTS);
        try (AwsClients clients = AwsClients.open(target, 1)) {
            String token = null;
            for (int page = 0; page < MAX_PAGES; page++) {
                String current = token;
                ListAccountsResponse response = runner.call(ApiFamily.ORGANIZATIONS, "ListAccounts",
                        "the accounts of the organization",
                        () -> clients.organizations().listAccounts(r -> r.nextToken(current)));
                for (Account account : response.accounts()) {
                    if (accountId.equals(account.id())) {
                        return account.name();
                    }
                }
                token = response.nextToken();
                if (token == null || token.isEmpty()) {
                    return null;
                }
            }
            return null;
        } catch (SdkException | MigratorException e) {
            LOG.fine(() -> "The name of account " + accountId + " could not be read: " + e.getMessage());
            return null;
        }
    }
}
