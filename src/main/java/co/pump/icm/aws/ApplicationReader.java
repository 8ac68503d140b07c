package co.pump.icm.aws;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

import co.pump.icm.model.Application;
import co.pump.icm.model.ApplicationAccessScope;
import co.pump.icm.model.ApplicationAssignment;
import co.pump.icm.model.ApplicationGrant;
import co.pump.icm.model.Group;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Origin;
import co.pump.icm.model.PrincipalType;
import co.pump.icm.model.Tag;
import co.pump.icm.model.TrustedTokenIssuer;
import co.pump.icm.model.User;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ssoadmin.model.ListApplicationsFilter;

/**
 * Reads the instance's trusted token issuers and applications with everything set up on them:
 * for each issuer DescribeTrustedTokenIssuer and its tags; each application as ListApplications
 * lists it, then its tags, assignment configuration, assignments, grants, access scopes,
 * authentication methods and session configuration; and the display name of each AWS managed
 * provider (DescribeApplicationProvider). As a delegated administrator, only the applications of
 * its own account are listed (docs/aws-behaviour.md, "Member accounts must filter
 * ListApplications"). A denied read is a warning, and what it would have told is left out.
 */
final class ApplicationReader implements PartReader {

    private record RawScope(String applicationArn, String scope, List<String> targets) {
    }

    private record RawAssignment(String applicationArn, String principalType, String principalId) {
    }

    private final Map<String, TrustedTokenIssuer> issuers = new ConcurrentHashMap<>();
    private final Map<String, Application> applications = new ConcurrentHashMap<>();
    private final Map<String, String> providerNames = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<RawScope> scopes = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<RawAssignment> assignments = new ConcurrentLinkedQueue<>();
    private Reading reading;

    @Override
    public void start(Reading reading) {
        this.reading = reading;
        reading.tasks().submit(ApiFamily.SSO_ADMIN, this::listTokenIssuers);
        reading.tasks().submit(ApiFamily.SSO_ADMIN, this::listApplications);
    }

    private void listTokenIssuers() {
        String resource = "instance " + reading.instanceArn();
        try {
            Pages.each(reading.runner(), ApiFamily.SSO_ADMIN, "ListTrustedTokenIssuers", resource,
                    token -> sso().listTrustedTokenIssuers(r -> r.instanceArn(reading.instanceArn()).maxResults(100)
                            .nextToken(token)),
                    page -> page.nextToken(),
                    page -> page.trustedTokenIssuers().forEach(i -> reading.tasks().submit(ApiFamily.SSO_ADMIN,
                            () -> readTokenIssuer(i.trustedTokenIssuerArn()))));
        } catch (SdkException e) {
            denied(e, "ListTrustedTokenIssuers", resource, "The trusted token issuers could not be listed "
                    + "(sso:ListTrustedTokenIssuers was denied); they are left out, and so are the JWT bearer grants "
                    + "that trust them.");
        }
    }

    private void readTokenIssuer(String arn) {
        String resource = "trusted token issuer " + arn;
        AwsProblems.guard(ApiFamily.SSO_ADMIN, "DescribeTrustedTokenIssuer", resource, () -> {
            var described = reading.runner().call(ApiFamily.SSO_ADMIN, "DescribeTrustedTokenIssuer", resource,
                    () -> sso().describeTrustedTokenIssuer(r -> r.trustedTokenIssuerArn(arn)));
            issuers.put(arn, ApplicationSdk.tokenIssuer(described, tags(arn)));
        });
    }

    private void listApplications() {
        String resource = "instance " + reading.instanceArn();
        String account = reading.memberAccount();
        try {
            Pages.each(reading.runner(), ApiFamily.SSO_ADMIN, "ListApplications", resource,
                    token -> sso().listApplications(r -> r.instanceArn(reading.instanceArn()).maxResults(50)
                            .nextToken(token).filter(account == null ? null
                                    : ListApplicationsFilter.builder().applicationAccount(account).build())),
                    page -> page.nextToken(),
                    page -> page.applications().forEach(a -> {
                        Application listed = ApplicationSdk.application(a);
                        applications.put(listed.arn(), listed);
                        String provider = listed.providerArn();
                        if (provider != null && !listed.madeByApi() && providerNames.putIfAbsent(provider, "") == null) {
                            reading.tasks().submit(ApiFamily.SSO_ADMIN, () -> readProvider(provider));
                        }
                        reading.tasks().submit(ApiFamily.SSO_ADMIN, () -> readSetUp(listed));
                    }));
        } catch (SdkException e) {
            denied(e, "ListApplications", resource, "The applications could not be listed (sso:ListApplications "
                    + "was denied); they are left out.");
        }
    }

    /** The provider's display name (e.g. Amazon Q Business), for the person who makes the application again. */
    private void readProvider(String provider) {
        try {
            var described = reading.runner().call(ApiFamily.SSO_ADMIN, "DescribeApplicationProvider",
                    "application provider " + provider,
                    () -> sso().describeApplicationProvider(r -> r.applicationProviderArn(provider)));
            if (described.displayData() != null && described.displayData().displayName() != null) {
                providerNames.put(provider, described.displayData().displayName());
            }
        } catch (SdkException e) {
            // Only a label for a person: the provider's ARN says the same to AWS.
            if (!AwsProblems.isAccessDenied(e) && !InstanceLookup.isNotFound(e)) {
                throw AwsProblems.explain(e, ApiFamily.SSO_ADMIN, "DescribeApplicationProvider", provider);
            }
        }
    }

    /** Everything set up on one application; on a denied read its setup is left unrecorded. */
    private void readSetUp(Application listed) {
        String arn = listed.arn();
        String resource = "application " + listed.name();
        String step = "ListTagsForResource";
        try {
            List<Tag> tags = tags(arn);
            step = "GetApplicationAssignmentConfiguration";
            boolean required = call(step, resource, () -> sso().getApplicationAssignmentConfiguration(r -> r
                    .applicationArn(arn)).assignmentRequired());
            step = "ListApplicationAssignments";
            var assigned = new ArrayList<RawAssignment>();
            Pages.each(reading.runner(), ApiFamily.SSO_ADMIN, step, resource,
                    token -> sso().listApplicationAssignments(r -> r.applicationArn(arn).maxResults(100).nextToken(token)),
                    page -> page.nextToken(),
                    page -> page.applicationAssignments().forEach(a -> assigned.add(new RawAssignment(arn,
                            a.principalTypeAsString(), a.principalId()))));
            step = "ListApplicationGrants";
            var grants = new ArrayList<software.amazon.awssdk.services.ssoadmin.model.GrantItem>();
            Pages.each(reading.runner(), ApiFamily.SSO_ADMIN, step, resource,
                    token -> sso().listApplicationGrants(r -> r.applicationArn(arn).nextToken(token)),
                    page -> page.nextToken(), page -> grants.addAll(page.grants()));
            step = "ListApplicationAccessScopes";
            var scoped = new ArrayList<RawScope>();
            Pages.each(reading.runner(), ApiFamily.SSO_ADMIN, step, resource,
                    token -> sso().listApplicationAccessScopes(r -> r.applicationArn(arn).maxResults(10).nextToken(token)),
                    page -> page.nextToken(),
                    page -> page.scopes().forEach(s -> scoped.add(new RawScope(arn, s.scope(),
                            s.hasAuthorizedTargets() ? s.authorizedTargets() : List.of()))));
            step = "ListApplicationAuthenticationMethods";
            var policies = new ArrayList<String>();
            Pages.each(reading.runner(), ApiFamily.SSO_ADMIN, step, resource,
                    token -> sso().listApplicationAuthenticationMethods(r -> r.applicationArn(arn).nextToken(token)),
                    page -> page.nextToken(),
                    page -> page.authenticationMethods().forEach(m -> {
                        if (m.authenticationMethod() != null && m.authenticationMethod().iam() != null) {
                            policies.add(ApplicationSdk.json(m.authenticationMethod().iam().actorPolicy()));
                        }
                    }));
            step = "GetApplicationSessionConfiguration";
            String sessions = call(step, resource, () -> sso().getApplicationSessionConfiguration(r -> r
                    .applicationArn(arn)).userBackgroundSessionApplicationStatusAsString());
            assignments.addAll(assigned);
            scopes.addAll(scoped);
            applications.put(arn, new SetUp(listed, tags, required, grants, policies.isEmpty() ? null : policies.get(0),
                    sessions).application());
        } catch (SdkException e) {
            denied(e, step, resource, "How application " + listed.name() + " is set up could not be read (sso:" + step
                    + " was denied); an import will leave it as it is in the new organization.");
        }
    }

    /** An application as listed with what was read about its setup; grants keep issuer ARNs until {@link #finish}. */
    private record SetUp(Application listed, List<Tag> tags, boolean required,
                         List<software.amazon.awssdk.services.ssoadmin.model.GrantItem> grants, String actorPolicy,
                         String sessions) {
        Application application() {
            var named = grants.stream().map(g -> ApplicationSdk.grant(g, Map.of())).toList();
            Application a = listed;
            return new Application(a.arn(), a.name(), a.description(), a.status(), a.applicationAccount(),
                    a.providerArn(), a.visibility(), a.signInOrigin(), a.signInUrl(), a.createdAt(), null, tags,
                    required, named, actorPolicy, sessions);
        }
    }

    private List<Tag> tags(String arn) {
        var tags = new ArrayList<Tag>();
        Pages.each(reading.runner(), ApiFamily.SSO_ADMIN, "ListTagsForResource", arn,
                token -> sso().listTagsForResource(r -> r.instanceArn(reading.instanceArn()).resourceArn(arn)
                        .nextToken(token)),
                page -> page.nextToken(), page -> page.tags().forEach(t -> tags.add(SdkToModel.tag(t))));
        return tags;
    }

    @Override
    public IdentityCenterConfig finish(IdentityCenterConfig config, Consumer<String> warn) {
        Map<String, String> issuerNames = new HashMap<>();
        issuers.forEach((arn, issuer) -> issuerNames.put(arn, issuer.name()));
        Map<String, String> applicationNames = new HashMap<>();
        applications.forEach((arn, application) -> applicationNames.put(arn, application.name()));

        var named = new ArrayList<Application>();
        for (Application a : applications.values()) {
            String provider = a.providerArn() == null ? null : providerNames.get(a.providerArn());
            named.add(new Application(a.arn(), a.name(), a.description(), a.status(), a.applicationAccount(),
                    a.providerArn(), a.visibility(), a.signInOrigin(), a.signInUrl(), a.createdAt(),
                    provider == null || provider.isEmpty() ? null : provider, a.tags(), a.assignmentRequired(),
                    grants(a, issuerNames, warn), a.iamActorPolicy(), a.userBackgroundSessions()));
        }
        return new IdentityCenterConfig(config.source(), config.accounts(), config.users(), config.groups(),
                config.memberships(), config.permissionSets(), config.assignments(), config.accessControl(), named,
                config.more())
                .withMore(TrustedTokenIssuer.class, new ArrayList<>(issuers.values()))
                .withMore(ApplicationAccessScope.class, scopes(applicationNames, warn))
                .withMore(ApplicationAssignment.class, assignments(config, applicationNames, warn));
    }

    /** The grants with their token issuers named; an issuer that was not read is left out, with a warning. */
    private static List<ApplicationGrant> grants(Application a, Map<String, String> issuerNames, Consumer<String> warn) {
        var result = new ArrayList<ApplicationGrant>();
        for (ApplicationGrant g : a.grants()) {
            var issuers = new ArrayList<ApplicationGrant.AuthorizedTokenIssuer>();
            for (ApplicationGrant.AuthorizedTokenIssuer i : g.authorizedTokenIssuers()) {
                String name = issuerNames.get(i.trustedTokenIssuer());
                if (name == null) {
                    warn.accept("The JWT bearer grant of application " + a.name() + " trusts a token issuer that was "
                            + "not read (" + i.trustedTokenIssuer() + "); it is left out of the grant.");
                } else {
                    issuers.add(new ApplicationGrant.AuthorizedTokenIssuer(name, i.authorizedAudiences()));
                }
            }
            if (!g.authorizedTokenIssuers().isEmpty() && issuers.isEmpty()) {
                continue; // a JWT bearer grant needs an issuer: without any, AWS would refuse it
            }
            result.add(new ApplicationGrant(g.type(), g.redirectUris(), issuers));
        }
        return result;
    }

    private List<ApplicationAccessScope> scopes(Map<String, String> applicationNames, Consumer<String> warn) {
        var result = new ArrayList<ApplicationAccessScope>();
        for (RawScope s : scopes) {
            String application = applicationNames.get(s.applicationArn());
            var targets = new ArrayList<String>();
            boolean instance = false;
            for (String target : s.targets()) {
                if (target.equals(reading.instanceArn())) {
                    instance = true;
                } else if (applicationNames.containsKey(target)) {
                    targets.add(applicationNames.get(target));
                } else {
                    warn.accept("Access scope " + s.scope() + " of application " + application + " authorizes an "
                            + "application that was not read (" + target + "); it is left out of the scope.");
                }
            }
            result.add(new ApplicationAccessScope(application, s.scope(), targets, instance));
        }
        return result;
    }

    private List<ApplicationAssignment> assignments(IdentityCenterConfig config, Map<String, String> applicationNames,
                                                    Consumer<String> warn) {
        Map<String, String> users = new HashMap<>();
        for (User u : config.users()) {
            if (u.origin() != null) {
                users.put(u.origin().id(), u.userName());
            }
        }
        Map<String, String> groups = new HashMap<>();
        for (Group g : config.groups()) {
            if (g.origin() != null) {
                groups.put(g.origin().id(), g.displayName());
            }
        }
        var result = new ArrayList<ApplicationAssignment>();
        for (RawAssignment a : assignments) {
            PrincipalType type = "GROUP".equals(a.principalType()) ? PrincipalType.GROUP : PrincipalType.USER;
            String name = (type == PrincipalType.GROUP ? groups : users).get(a.principalId());
            String application = applicationNames.get(a.applicationArn());
            if (name == null) {
                warn.accept("An assignment to application " + application + " refers to a " + type.name()
                        .toLowerCase(java.util.Locale.ROOT) + " that is not in the identity store (" + a.principalId()
                        + "); it is left out.");
                continue;
            }
            result.add(new ApplicationAssignment(application, type, name, Origin.of(a.principalId())));
        }
        return result;
    }

    private void denied(SdkException e, String operation, String resource, String warning) {
        if (!AwsProblems.isAccessDenied(e)) {
            throw AwsProblems.explain(e, ApiFamily.SSO_ADMIN, operation, resource);
        }
        reading.warn().accept(warning);
    }

    private <T> T call(String operation, String resource, java.util.function.Supplier<T> request) {
        return reading.runner().call(ApiFamily.SSO_ADMIN, operation, resource, request);
    }

    private software.amazon.awssdk.services.ssoadmin.SsoAdminClient sso() {
        return reading.clients().ssoAdmin();
    }
}
