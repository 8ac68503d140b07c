package co.pump.icm.verify;

import java.util.ArrayList;
import java.util.List;

import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.signin.PortalSession;
import co.pump.icm.model.MigratorException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Takes each role a signed-in user sees, once, and asks AWS STS who that makes the user
 * ({@code GetRoleCredentials}, then {@code GetCallerIdentity}, which needs no permission): the
 * answer names the IAM role IAM Identity Center created in the account, which is what resource
 * policies, key policies and EKS access entries in that account must name from now on. A role that
 * cannot be taken is left out: the access test already says whether it is there.
 */
final class SignedInRoles {

    private SignedInRoles() {
    }

    static List<SignedInRole> of(PortalSession session, List<VisibleRole> roles, String instanceRegion) {
        var result = new ArrayList<SignedInRole>();
        for (VisibleRole role : roles) {
            try (var clients = AwsClients.open(session.credentials(role.accountId(), role.roleName())
                    .target(instanceRegion), 1)) {
                String arn = clients.sts().getCallerIdentity().arn();
                SignedInRole seen = SignedInRole.fromAssumedRole(arn, role.roleName(), instanceRegion);
                if (seen != null) {
                    result.add(seen);
                }
            } catch (MigratorException | SdkException e) {
                // Not taken: nothing seen to report for this role.
            }
        }
        return result;
    }
}
