package co.pump.icm.aws.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import co.pump.icm.aws.ApiFamily;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsProblems;
import co.pump.icm.model.MigratorException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.sso.SsoClient;
import software.amazon.awssdk.services.sso.model.ListAccountRolesResponse;
import software.amazon.awssdk.services.sso.model.ListAccountsResponse;
import software.amazon.awssdk.services.sso.model.RoleCredentials;

/**
 * A signed-in IAM Identity Center user and the AWS access portal API: the accounts and roles the
 * user may use, and temporary credentials for one of them. Holds the sign-in's access token in
 * memory only; {@link #close()} forgets it.
 *
 * <pre>{@code
 * try (PortalSession session = new DeviceLogin(location).signIn(code -> show(code))) {
 *     List<PortalRole> roles = session.allRoles();
 *     PortalRoleCredentials credentials = session.credentials("111111111111", "AdministratorAccess");
 *     AwsTarget target = credentials.target("us-east-1");
 *     ...   // the session must stay open while the target is used: it renews the credentials
 * }
 * }</pre>
 */
public final class PortalSession implements AutoCloseable {

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    /** The portal's largest page. */
    static final int PAGE_SIZE = 100;

    private final PortalLocation location;
    private final SdkHttpClient http;
    private final SsoClient portal;
    private final AwsCallRunner runner;
    private final Instant expiresAt;
    private final Clock clock;
    private volatile String accessToken;
    private int pageSize = PAGE_SIZE;

    PortalSession(PortalLocation location, String accessToken, Instant expiresAt, AwsCallRunner runner, Clock clock) {
        this.location = location;
        this.accessToken = accessToken;
        this.expiresAt = expiresAt;
        this.runner = runner;
        this.clock = clock;
        this.http = SignInClients.http(4);
        this.portal = SignInClients.portal(http, location.region(), location.endpoint());
    }

    /** Where the user signed in. */
    public PortalLocation location() {
        return location;
    }

    /** When the sign-in ends; after that, sign in again. */
    public Instant expiresAt() {
        return expiresAt;
    }

    public boolean isExpired() {
        return !clock.instant().isBefore(expiresAt);
    }

    /**
     * Every account the user may use, in the portal's order (all pages).
     *
     * @throws MigratorException when the sign-in has expired or the portal cannot be reached
     */
    public List<PortalAccount> accounts() {
        var accounts = new ArrayList<PortalAccount>();
        String next = null;
        do {
            String current = next;
            ListAccountsResponse page = call("ListAccounts", "the accounts of the access portal",
                    () -> portal.listAccounts(r -> r.accessToken(token()).maxResults(pageSize).nextToken(current)));
            page.accountList().forEach(a -> accounts.add(new PortalAccount(a.accountId(), a.accountName(), a.emailAddress())));
            next = page.nextToken();
        } while (next != null && !next.isEmpty());
        return accounts;
    }

    /** The roles the user may take in one account (all pages), without the account's name. */
    public List<PortalRole> roles(String accountId) {
        return roles(checkAccountId(accountId), null);
    }

    /** Every role in every account, with the accounts' names: the choices the wizard lists. */
    public List<PortalRole> allRoles() {
        var roles = new ArrayList<PortalRole>();
        for (PortalAccount account : accounts()) {
            roles.addAll(roles(account.accountId(), account.accountName()));
        }
        return roles;
    }

    /**
     * Temporary credentials for a role in an account, fetched once now (so that a role the user
     * may not take is refused here) and renewed before they expire while the session lasts.
     *
     * @throws MigratorException when the user may not take the role, or the sign-in has expired
     */
    public PortalRoleCredentials credentials(String accountId, String roleName) {
        checkAccountId(accountId);
        if (roleName == null || roleName.isBlank()) {
            throw MigratorException.badInput("Choose a role (permission set) in account " + accountId + ".");
        }
        return new PortalRoleCredentials(this, accountId, roleName.trim(), clock);
    }

    /** Smaller pages, so that tests see the paging. */
    PortalSession withPageSize(int size) {
        this.pageSize = size;
        return this;
    }

    /** Forgets the access token and closes the connections. Credentials from it can no longer be renewed. */
    @Override
    public void close() {
        accessToken = null;
        portal.close();
        http.close();
    }

    /** The start URL, region and expiry; never the token. */
    @Override
    public String toString() {
        return "PortalSession[" + location.startUrl() + " in " + location.region() + ", until " + expiresAt
                + (accessToken == null ? ", closed" : "") + "]";
    }

    RoleCredentials fetch(String accountId, String roleName) {
        return call("GetRoleCredentials", "role " + roleName + " in account " + accountId,
                () -> portal.getRoleCredentials(r -> r.accessToken(token()).accountId(accountId).roleName(roleName)))
                .roleCredentials();
    }

    private List<PortalRole> roles(String accountId, String accountName) {
        var roles = new ArrayList<PortalRole>();
        String next = null;
        do {
            String current = next;
            ListAccountRolesResponse page = call("ListAccountRoles", "the roles in account " + accountId,
                    () -> portal.listAccountRoles(r -> r.accessToken(token()).accountId(accountId).maxResults(pageSize)
                            .nextToken(current)));
            page.roleList().forEach(r -> roles.add(new PortalRole(r.accountId(), accountName, r.roleName())));
            next = page.nextToken();
        } while (next != null && !next.isEmpty());
        return roles;
    }

    private String token() {
        String token = accessToken;
        if (token == null) {
            throw new MigratorException(MigratorException.Kind.AWS_ACCESS,
                    "The IAM Identity Center sign-in was closed. Sign in again.");
        }
        if (isExpired()) {
            throw new MigratorException(MigratorException.Kind.AWS_ACCESS,
                    "Your IAM Identity Center sign-in has expired. Sign in again.");
        }
        return token;
    }

    private <T> T call(String operation, String resource, java.util.function.Supplier<T> request) {
        try {
            return runner.call(ApiFamily.SSO_PORTAL, operation, resource, request);
        } catch (SdkException e) {
            throw AwsProblems.explain(e, ApiFamily.SSO_PORTAL, operation, resource);
        }
    }

    private static String checkAccountId(String accountId) {
        if (accountId == null || !ACCOUNT_ID.matcher(accountId.trim()).matches()) {
            throw MigratorException.badInput("An AWS account ID is 12 digits, such as 111111111111.");
        }
        return accountId.trim();
    }
}
