package co.pump.icm.sandbox.ssoadmin;

import java.util.Set;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.Caller;
import co.pump.icm.sandbox.state.ApplicationKind;
import co.pump.icm.sandbox.state.SandboxApplication;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxTokenIssuer;

/**
 * Finds the application or trusted token issuer a request names by its ARN alone (these operations
 * take no InstanceArn): the ARN's instance must be the one the caller administers (AccessDenied
 * otherwise, as for permission sets of another instance), the item must exist
 * (ResourceNotFound), and a delegated administrator, being a member account, may use only the items
 * its own account owns (AccessDenied). Applications made in the console accept only some changes
 * through the API. See docs/aws-behaviour.md, "sso-admin: applications and trusted token issuers".
 */
final class ApplicationAccess {

    /** Every sort: for reading, assignments, tags and deleting. */
    static final Set<ApplicationKind> ANY = Set.of(ApplicationKind.values());
    /** Changes only the applications the API creates accept. */
    static final Set<ApplicationKind> OAUTH_ONLY = Set.of(ApplicationKind.CUSTOMER_MANAGED_OAUTH);

    /** An application and the instance that holds it. */
    record Target(SandboxInstance instance, SandboxApplication application) {
    }

    private final InstanceAccess access;

    ApplicationAccess(InstanceAccess access) {
        this.access = access;
    }

    InstanceAccess instances() {
        return access;
    }

    /** The application, for reading or for a change every sort of application accepts. */
    Target application(Caller caller, String operation, String arn) {
        SandboxInstance instance = instanceOf(caller, operation, arn, "application/");
        SandboxApplication application = instance.applications.get(arn);
        if (application == null) {
            // The wording is the sandbox's own, in the style of AWS's observed application messages.
            throw AwsError.notFound("The application with arn '" + arn + "' does not exist.");
        }
        requireOwnAccount(caller, operation, instance, application.account, arn);
        return new Target(instance, application);
    }

    /**
     * The application, for a change only some sorts accept; the others are refused with the message
     * AWS answers PutApplicationAssignmentConfiguration with for such an application
     * (aws-ia/terraform-aws-iam-identity-center#71).
     */
    Target application(Caller caller, String operation, String arn, Set<ApplicationKind> accepted) {
        Target target = application(caller, operation, arn);
        if (!accepted.contains(target.application().kind())) {
            throw AwsError.validation("The application with arn '" + arn + "' is not supported for this action.");
        }
        return target;
    }

    /** The trusted token issuer and its instance. */
    SandboxTokenIssuer tokenIssuer(Caller caller, String operation, String arn) {
        SandboxInstance instance = instanceOf(caller, operation, arn, "trustedTokenIssuer/");
        SandboxTokenIssuer issuer = instance.trustedTokenIssuers.get(arn);
        if (issuer == null) {
            throw AwsError.notFound("The trusted token issuer with arn '" + arn + "' does not exist.");
        }
        requireOwnAccount(caller, operation, instance, issuer.account(), arn);
        return issuer;
    }

    /** The instance a trusted token issuer ARN names, when the caller administers it. */
    SandboxInstance tokenIssuerInstance(Caller caller, String operation, String arn) {
        return instanceOf(caller, operation, arn, "trustedTokenIssuer/");
    }

    /** True when the caller may see an item its account {@code owner} owns. */
    boolean mayUse(Caller caller, SandboxInstance instance, String owner) {
        return !access.isDelegatedAdministrator(caller, instance) || caller.accountId().equals(owner);
    }

    private void requireOwnAccount(Caller caller, String operation, SandboxInstance instance, String owner,
                                   String arn) {
        if (!mayUse(caller, instance, owner)) {
            throw InstanceAccess.denied(caller, operation, arn);
        }
    }

    private SandboxInstance instanceOf(Caller caller, String operation, String arn, String kind) {
        int start = arn.indexOf(kind) + kind.length();
        int end = arn.indexOf('/', start);
        String instanceId = end < 0 ? "" : arn.substring(start, end);
        return access.administered(caller).filter(i -> i.instanceId().equals(instanceId))
                .orElseThrow(() -> InstanceAccess.denied(caller, operation, arn));
    }
}
