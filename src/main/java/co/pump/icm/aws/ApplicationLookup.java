package co.pump.icm.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import co.pump.icm.model.Application;
import co.pump.icm.model.TrustedTokenIssuer;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssoadmin.model.ListApplicationsFilter;

/**
 * Single-item reads of applications and trusted token issuers: the cheap look the rollback takes
 * right before it writes. "Not found" answers null or an empty list. Get one with
 * {@code lookup.part(ApplicationLookup.class, ApplicationLookup::new)}.
 */
public final class ApplicationLookup {

    private final InstanceLookup lookup;
    private volatile String callerAccount;

    public ApplicationLookup(InstanceLookup lookup) {
        this.lookup = lookup;
    }

    /** One principal assigned to an application, by ID. */
    public record Assignee(String principalType, String principalId) {
    }

    /** The application's fields as DescribeApplication returns them (its setup not read), or null when it is gone. */
    public Application application(String arn) {
        return orNull(() -> {
            var a = call("DescribeApplication", "application " + arn, () -> lookup.clients().ssoAdmin()
                    .describeApplication(r -> r.applicationArn(arn)));
            var portal = a.portalOptions();
            var signIn = portal == null ? null : portal.signInOptions();
            return new Application(a.applicationArn(), a.name(), a.description(), a.statusAsString(),
                    a.applicationAccount(), a.applicationProviderArn(),
                    portal == null ? null : portal.visibilityAsString(),
                    signIn == null ? null : signIn.originAsString(), signIn == null ? null : signIn.applicationUrl(),
                    SdkToModel.iso(a.createdDate()));
        });
    }

    /** The ARN of this account's application with that name, or null. */
    public String applicationArn(String name) {
        String account = callerAccount();
        var found = new ArrayList<String>();
        Pages.each(lookup.runner(), ApiFamily.SSO_ADMIN, "ListApplications", "instance " + lookup.instanceArn(),
                token -> lookup.clients().ssoAdmin().listApplications(r -> r.instanceArn(lookup.instanceArn())
                        .maxResults(50).nextToken(token)
                        .filter(ListApplicationsFilter.builder().applicationAccount(account).build())),
                page -> page.nextToken(),
                page -> page.applications().stream().filter(a -> name.equals(a.name()))
                        .forEach(a -> found.add(a.applicationArn())));
        return found.isEmpty() ? null : found.get(0);
    }

    /** Who is assigned to an application; empty when it is gone. */
    public List<Assignee> assignees(String applicationArn) {
        var result = new ArrayList<Assignee>();
        try {
            Pages.each(lookup.runner(), ApiFamily.SSO_ADMIN, "ListApplicationAssignments",
                    "application " + applicationArn,
                    token -> lookup.clients().ssoAdmin().listApplicationAssignments(r -> r
                            .applicationArn(applicationArn).maxResults(100).nextToken(token)),
                    page -> page.nextToken(),
                    page -> page.applicationAssignments().forEach(a -> result.add(
                            new Assignee(a.principalTypeAsString(), a.principalId()))));
        } catch (SdkException e) {
            if (!InstanceLookup.isNotFound(e)) {
                throw e;
            }
        }
        return result;
    }

    /** An access scope's authorized targets (ARNs), or null when the scope or its application is gone. */
    public List<String> accessScopeTargets(String applicationArn, String scope) {
        var found = new ArrayList<List<String>>();
        try {
            Pages.each(lookup.runner(), ApiFamily.SSO_ADMIN, "ListApplicationAccessScopes",
                    "application " + applicationArn,
                    token -> lookup.clients().ssoAdmin().listApplicationAccessScopes(r -> r
                            .applicationArn(applicationArn).maxResults(10).nextToken(token)),
                    page -> page.nextToken(),
                    page -> page.scopes().stream().filter(s -> scope.equals(s.scope()))
                            .forEach(s -> found.add(s.hasAuthorizedTargets() ? s.authorizedTargets() : List.of())));
        } catch (SdkException e) {
            if (!InstanceLookup.isNotFound(e)) {
                throw e;
            }
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /** The trusted token issuer (without its tags), or null when it is gone. */
    public TrustedTokenIssuer tokenIssuer(String arn) {
        return orNull(() -> ApplicationSdk.tokenIssuer(call("DescribeTrustedTokenIssuer", "trusted token issuer " + arn,
                () -> lookup.clients().ssoAdmin().describeTrustedTokenIssuer(r -> r.trustedTokenIssuerArn(arn))),
                List.of()));
    }

    /** The ARN of the trusted token issuer with that name, or null. */
    public String tokenIssuerArn(String name) {
        var found = new ArrayList<String>();
        Pages.each(lookup.runner(), ApiFamily.SSO_ADMIN, "ListTrustedTokenIssuers", "instance " + lookup.instanceArn(),
                token -> lookup.clients().ssoAdmin().listTrustedTokenIssuers(r -> r.instanceArn(lookup.instanceArn())
                        .maxResults(100).nextToken(token)),
                page -> page.nextToken(),
                page -> page.trustedTokenIssuers().stream().filter(i -> name.equals(i.name()))
                        .forEach(i -> found.add(i.trustedTokenIssuerArn())));
        return found.isEmpty() ? null : found.get(0);
    }

    private String callerAccount() {
        String account = callerAccount;
        if (account == null) {
            account = lookup.runner().call(ApiFamily.STS, "GetCallerIdentity", "the signed-in identity",
                    () -> lookup.clients().sts().getCallerIdentity()).account();
            callerAccount = account;
        }
        return account;
    }

    private <T> T call(String operation, String resource, Supplier<T> request) {
        return lookup.runner().call(ApiFamily.SSO_ADMIN, operation, resource, request);
    }

    private static <T> T orNull(Supplier<T> read) {
        try {
            return read.get();
        } catch (SdkException e) {
            if (InstanceLookup.isNotFound(e)) {
                return null;
            }
            throw e;
        }
    }
}
