package co.pump.icm.aws.signin;

import co.pump.icm.aws.ApiFamily;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.AwsProblems;
import software.amazon.awssdk.core.exception.SdkException;

/** The who-am-I line about the organization: read it if allowed; not being in one is only a warning. */
final class OrganizationCheck {

    private final AwsClients clients;
    private final AwsCallRunner runner;

    OrganizationCheck(AwsClients clients, AwsCallRunner runner) {
        this.clients = clients;
        this.runner = runner;
    }

    Checked<AwsOrganization> run(String account) {
        try {
            var org = runner.call(ApiFamily.ORGANIZATIONS, "DescribeOrganization", "the organization",
                    () -> clients.organizations().describeOrganization()).organization();
            var organization = new AwsOrganization(org.id(), org.masterAccountId());
            String message = account.equals(org.masterAccountId())
                    ? "Account " + account + " is the management account of the organization " + org.id() + "."
                    : "Account " + account + " is a member of the organization " + org.id()
                    + " (management account " + org.masterAccountId() + ").";
            return new Checked<>(organization, Check.ok(WhoAmI.ORGANIZATION, message));
        } catch (SdkException e) {
            String code = AwsProblems.errorCode(e);
            if ("AWSOrganizationsNotInUseException".equals(code)) {
                return new Checked<>(null, Check.warning(WhoAmI.ORGANIZATION, "Account " + account
                        + " is not in an AWS Organization. The migration moves an organization's IAM Identity "
                        + "Center: sign in to an account of the organization."));
            }
            if (AwsProblems.isAccessDenied(e)) {
                return new Checked<>(null, Check.warning(WhoAmI.ORGANIZATION, "AWS denied "
                        + "organizations:DescribeOrganization, so the organization could not be checked. Add it to "
                        + "the policy of the identity you signed in with (docs/permissions.md) to have it checked."));
            }
            return new Checked<>(null, Check.warning(WhoAmI.ORGANIZATION, "The organization could not be read: "
                    + AwsProblems.explain(e, ApiFamily.ORGANIZATIONS, "DescribeOrganization", "the organization")
                    .getMessage()));
        }
    }
}
