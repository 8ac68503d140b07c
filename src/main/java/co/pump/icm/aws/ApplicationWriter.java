package co.pump.icm.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.pump.icm.aws.AwsCallRunner.Retry;
import co.pump.icm.model.Application;
import co.pump.icm.model.ApplicationGrant;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.TrustedTokenIssuer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssoadmin.model.AuthenticationMethodType;
import software.amazon.awssdk.services.ssoadmin.model.ListApplicationsFilter;
import software.amazon.awssdk.services.ssoadmin.model.UpdateApplicationPortalOptions;

/**
 * Writes trusted token issuers, applications, their parts, access scopes and application
 * assignments to one instance, each request through the run's {@link AwsCallRunner}. Like
 * {@link InstanceWriter}, creating what already exists (an earlier request whose answer was lost
 * made it) finds it instead of failing, and deleting what an earlier attempt whose answer was lost
 * deleted is done ({@link UnsureWrite}), so a run can be repeated. Get one with
 * {@code writer.part(ApplicationWriter.class, ApplicationWriter::new)}.
 */
public final class ApplicationWriter {

    /** The only authentication method type AWS knows (model): an IAM actor policy. */
    private static final AuthenticationMethodType IAM = AuthenticationMethodType.IAM;

    private final InstanceWriter writer;
    private volatile String callerAccount;

    public ApplicationWriter(InstanceWriter writer) {
        this.writer = writer;
    }

    /** The instance written to: an access scope may name it as an authorized target. */
    public String instanceArn() {
        return writer.instanceArn();
    }

    // ---- Trusted token issuers

    /** Creates a trusted token issuer with its tags; returns its ARN (the existing one's if it is there). */
    public String createTrustedTokenIssuer(TrustedTokenIssuer t) {
        try {
            return writer.admin("CreateTrustedTokenIssuer", t.name(), Retry.TRANSIENT, () -> sso()
                    .createTrustedTokenIssuer(r -> r.instanceArn(instanceArn()).name(t.name())
                            .trustedTokenIssuerType(t.type())
                            .trustedTokenIssuerConfiguration(c -> c.oidcJwtConfiguration(o -> o
                                    .issuerUrl(t.issuerUrl()).claimAttributePath(t.claimAttributePath())
                                    .identityStoreAttributePath(t.identityStoreAttributePath())
                                    .jwksRetrievalOption(t.jwksRetrievalOption())))
                            .tags(ApplicationSdk.tags(t.tags())))
                    .trustedTokenIssuerArn());
        } catch (SdkException e) {
            String existing = InstanceWriter.isConflict(e) ? findTokenIssuer(t.name()) : null;
            if (existing == null) {
                throw e;
            }
            return existing;
        }
    }

    private String findTokenIssuer(String name) {
        var found = new ArrayList<String>();
        Pages.each(writer.runner(), ApiFamily.SSO_ADMIN, "ListTrustedTokenIssuers", "instance " + instanceArn(),
                token -> sso().listTrustedTokenIssuers(r -> r.instanceArn(instanceArn()).maxResults(100).nextToken(token)),
                page -> page.nextToken(),
                page -> page.trustedTokenIssuers().stream().filter(i -> name.equals(i.name()))
                        .forEach(i -> found.add(i.trustedTokenIssuerArn())));
        return found.isEmpty() ? null : found.get(0);
    }

    /** Sets the claim and attribute paths and the JWKS option (AWS cannot change the issuer URL). */
    public void updateTrustedTokenIssuer(String arn, TrustedTokenIssuer desired) {
        writer.admin("UpdateTrustedTokenIssuer", desired.name(), () -> sso().updateTrustedTokenIssuer(r -> r
                .trustedTokenIssuerArn(arn).trustedTokenIssuerConfiguration(c -> c.oidcJwtConfiguration(o -> o
                        .claimAttributePath(desired.claimAttributePath())
                        .identityStoreAttributePath(desired.identityStoreAttributePath())
                        .jwksRetrievalOption(desired.jwksRetrievalOption())))));
    }

    public void deleteTrustedTokenIssuer(String arn, String name) {
        writer.admin("DeleteTrustedTokenIssuer", name, UnsureWrite.delete(() -> sso().deleteTrustedTokenIssuer(r -> r
                .trustedTokenIssuerArn(arn))));
    }

    // ---- Applications

    /**
     * Creates a customer managed OAuth application with its description, status, portal options and
     * tags; returns its ARN (the existing one's when an application of that name is already there).
     * Its parts are put separately.
     */
    public String createApplication(Application a) {
        try {
            return writer.admin("CreateApplication", a.name(), Retry.TRANSIENT, () -> sso().createApplication(r -> r
                    .instanceArn(instanceArn()).applicationProviderArn(a.providerArn()).name(a.name())
                    .description(a.description()).status(a.status()).portalOptions(ApplicationSdk.portal(a))
                    .tags(ApplicationSdk.tags(a.tags()))).applicationArn());
        } catch (SdkException e) {
            String existing = InstanceWriter.isConflict(e) ? findApplication(a.name()) : null;
            if (existing == null) {
                throw e;
            }
            return existing;
        }
    }

    /**
     * The ARN of this account's application with that name, or null. A member account (the
     * delegated administrator) must filter ListApplications by its own account
     * (docs/aws-behaviour.md, "Member accounts must filter ListApplications").
     */
    public String findApplication(String name) {
        String account = callerAccount();
        var found = new ArrayList<String>();
        Pages.each(writer.runner(), ApiFamily.SSO_ADMIN, "ListApplications", "instance " + instanceArn(),
                token -> sso().listApplications(r -> r.instanceArn(instanceArn()).maxResults(50).nextToken(token)
                        .filter(ListApplicationsFilter.builder().applicationAccount(account).build())),
                page -> page.nextToken(),
                page -> page.applications().stream().filter(a -> name.equals(a.name()))
                        .forEach(a -> found.add(a.applicationArn())));
        return found.isEmpty() ? null : found.get(0);
    }

    private String callerAccount() {
        String account = callerAccount;
        if (account == null) {
            account = writer.runner().call(ApiFamily.STS, "GetCallerIdentity", "the signed-in identity",
                    () -> writer.clients().sts().getCallerIdentity()).account();
            callerAccount = account;
        }
        return account;
    }

    /**
     * Sets an application's description, status and where sign-in starts (AWS's API cannot change
     * its visibility in the portal, nor remove its description).
     */
    public void updateApplication(String arn, Application desired) {
        var signIn = ApplicationSdk.signIn(desired);
        var portal = signIn == null ? null : UpdateApplicationPortalOptions.builder().signInOptions(signIn).build();
        writer.admin("UpdateApplication", desired.name(), () -> sso().updateApplication(r -> r.applicationArn(arn)
                .description(desired.description()).status(desired.status()).portalOptions(portal)));
    }

    public void putAssignmentRequired(String arn, String name, boolean required) {
        writer.admin("PutApplicationAssignmentConfiguration", name, () -> sso().putApplicationAssignmentConfiguration(
                r -> r.applicationArn(arn).assignmentRequired(required)));
    }

    /**
     * Puts a grant, replacing the application's grant of that type.
     *
     * @param issuerArns token issuer name → ARN in this instance, for a JWT bearer grant
     */
    public void putGrant(String arn, String name, ApplicationGrant grant, Map<String, String> issuerArns) {
        writer.admin("PutApplicationGrant", name, () -> sso().putApplicationGrant(r -> r.applicationArn(arn)
                .grantType(grant.type()).grant(ApplicationSdk.grant(grant, issuerArns))));
    }

    public void deleteGrant(String arn, String name, String grantType) {
        writer.admin("DeleteApplicationGrant", name, UnsureWrite.delete(() -> sso().deleteApplicationGrant(r -> r
                .applicationArn(arn).grantType(grantType))));
    }

    /** Puts the IAM authentication method with its actor policy (a JSON document). */
    public void putActorPolicy(String arn, String name, String actorPolicy) {
        writer.admin("PutApplicationAuthenticationMethod", name, () -> sso().putApplicationAuthenticationMethod(r -> r
                .applicationArn(arn).authenticationMethodType(IAM)
                .authenticationMethod(m -> m.iam(i -> i.actorPolicy(ApplicationSdk.document(actorPolicy))))));
    }

    public void deleteActorPolicy(String arn, String name) {
        writer.admin("DeleteApplicationAuthenticationMethod", name, UnsureWrite.delete(() -> sso()
                .deleteApplicationAuthenticationMethod(r -> r.applicationArn(arn).authenticationMethodType(IAM))));
    }

    /** Turns user background sessions on (ENABLED) or off (DISABLED). */
    public void putUserBackgroundSessions(String arn, String name, String status) {
        writer.admin("PutApplicationSessionConfiguration", name, () -> sso().putApplicationSessionConfiguration(r -> r
                .applicationArn(arn).userBackgroundSessionApplicationStatus(status)));
    }

    /** Deletes an application with its parts and assignments. */
    public void deleteApplication(String arn, String name) {
        writer.admin("DeleteApplication", name, UnsureWrite.delete(() -> sso().deleteApplication(r -> r
                .applicationArn(arn))));
    }

    // ---- Access scopes

    /** Puts an access scope with its authorized targets (application or instance ARNs), replacing it if there. */
    public void putAccessScope(String applicationArn, String label, String scope, List<String> targets) {
        writer.admin("PutApplicationAccessScope", label, () -> sso().putApplicationAccessScope(r -> r
                .applicationArn(applicationArn).scope(scope).authorizedTargets(ModelToSdk.orNull(targets))));
    }

    public void deleteAccessScope(String applicationArn, String label, String scope) {
        writer.admin("DeleteApplicationAccessScope", label, UnsureWrite.delete(() -> sso()
                .deleteApplicationAccessScope(r -> r.applicationArn(applicationArn).scope(scope))));
    }

    // ---- Application assignments

    /** Assigns a user or group to an application; one already assigned (a lost answer) is done. */
    public void createAssignment(String applicationArn, PrincipalType type, String principalId, String label) {
        try {
            writer.admin("CreateApplicationAssignment", label, Retry.TRANSIENT, () -> sso()
                    .createApplicationAssignment(r -> r.applicationArn(applicationArn).principalType(type.name())
                            .principalId(principalId)));
        } catch (SdkException e) {
            if (!InstanceWriter.isConflict(e)) {
                throw e;
            }
        }
    }

    public void deleteAssignment(String applicationArn, PrincipalType type, String principalId, String label) {
        writer.admin("DeleteApplicationAssignment", label, UnsureWrite.delete(() -> sso()
                .deleteApplicationAssignment(r -> r.applicationArn(applicationArn).principalType(type.name())
                        .principalId(principalId))));
    }

    private software.amazon.awssdk.services.ssoadmin.SsoAdminClient sso() {
        return writer.clients().ssoAdmin();
    }
}
