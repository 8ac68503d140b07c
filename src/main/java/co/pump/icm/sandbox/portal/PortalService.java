package co.pump.icm.sandbox.portal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.RestRequest;
import co.pump.icm.sandbox.RestResponse;
import co.pump.icm.sandbox.RestService;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxWorld;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The sandbox's AWS access portal API ({@code sso}): ListAccounts, ListAccountRoles,
 * GetRoleCredentials and Logout, for the user signed in with the bearer token in
 * {@code x-amz-sso_bearer_token}. A user sees the accounts and permission sets assigned to them
 * directly and through their groups. Get one from {@link SsoSignIn}.
 */
public final class PortalService implements RestService {
    static final String BEARER_TOKEN = "x-amz-sso_bearer_token";
    static final String ACCOUNTS = "/assignment/accounts";
    static final String ROLES = "/assignment/roles";
    static final String CREDENTIALS = "/federation/credentials";
    static final String LOGOUT = "/logout";

    private final SandboxWorld world;
    private final SsoSessions sessions;
    private final SsoSettings settings;
    private final FederatedCredentials credentials;

    PortalService(SandboxWorld world, SsoSessions sessions, SsoSettings settings, OpaqueCodes codes) {
        this.world = world;
        this.sessions = sessions;
        this.settings = settings;
        this.credentials = new FederatedCredentials(world, codes);
    }

    @Override
    public String serviceName() {
        return "sso-portal";
    }

    @Override
    public boolean handles(String method, String path) {
        return ("GET".equals(method) && (ACCOUNTS.equals(path) || ROLES.equals(path) || CREDENTIALS.equals(path)))
                || ("POST".equals(method) && LOGOUT.equals(path));
    }

    @Override
    public String operationName(RestRequest request) {
        return switch (request.path()) {
            case ACCOUNTS -> "ListAccounts";
            case ROLES -> "ListAccountRoles";
            case CREDENTIALS -> "GetRoleCredentials";
            default -> "Logout";
        };
    }

    @Override
    public RestResponse handle(RestRequest request) {
        try {
            ObjectNode output;
            synchronized (world) {
                SsoSession session = authenticate(request);
                output = switch (request.path()) {
                    case ACCOUNTS -> listAccounts(session, request.query());
                    case ROLES -> listAccountRoles(session, request.query());
                    case CREDENTIALS -> getRoleCredentials(session, request.query());
                    default -> logout(session);
                };
            }
            return RestResponse.json(200, output.toString());
        } catch (AwsError e) {
            return error(e);
        }
    }

    @Override
    public RestResponse error(AwsError error) {
        return PortalErrors.encode(error);
    }

    /** The live session of the request's bearer token, whose user still exists. */
    private SsoSession authenticate(RestRequest request) {
        SsoSession session = sessions.byAccessToken(request.header(BEARER_TOKEN))
                .filter(s -> !s.expiredAt(world.now()))
                .orElseThrow(PortalErrors::unauthorized);
        boolean userExists = world.instance(session.instanceArn()).map(i -> i.users.containsKey(session.userId()))
                .orElse(false);
        if (!userExists) {
            throw PortalErrors.unauthorized();
        }
        return session;
    }

    private List<Entitlement> entitlements(SsoSession session) {
        world.settle(world.now());
        SandboxInstance instance = world.instance(session.instanceArn()).orElseThrow(PortalErrors::unauthorized);
        return Entitlement.of(world, instance, session.userId());
    }

    private ObjectNode listAccounts(SsoSession session, Map<String, String> query) {
        List<Entitlement> accounts = entitlements(session).stream()
                .filter(distinctAccount()).toList();
        var page = Paging.page(accounts, query.get("next_token"), query.get("max_result"),
                settings.defaultPageSize());
        ObjectNode out = RestJson.newObject();
        ArrayNode list = out.putArray("accountList");
        for (Entitlement e : page.items()) {
            ObjectNode account = list.addObject().put("accountId", e.accountId());
            account.put("accountName", e.account().name);
            account.put("emailAddress", e.account().email);
        }
        return withNextToken(out, page.nextToken());
    }

    private ObjectNode listAccountRoles(SsoSession session, Map<String, String> query) {
        String accountId = required(query, "account_id");
        List<Entitlement> roles = entitlements(session).stream()
                .filter(e -> e.accountId().equals(accountId)).toList();
        var page = Paging.page(roles, query.get("next_token"), query.get("max_result"), settings.defaultPageSize());
        ObjectNode out = RestJson.newObject();
        ArrayNode list = out.putArray("roleList");
        for (Entitlement e : page.items()) {
            list.addObject().put("roleName", e.roleName()).put("accountId", e.accountId());
        }
        return withNextToken(out, page.nextToken());
    }

    private ObjectNode getRoleCredentials(SsoSession session, Map<String, String> query) {
        String roleName = required(query, "role_name");
        String accountId = required(query, "account_id");
        Entitlement entitlement = entitlements(session).stream()
                .filter(e -> e.accountId().equals(accountId) && e.roleName().equals(roleName))
                .findFirst().orElseThrow(PortalErrors::forbidden);
        FederatedCredentials.Issued issued = credentials.issue(entitlement, session.userName());
        ObjectNode out = RestJson.newObject();
        out.putObject("roleCredentials")
                .put("accessKeyId", issued.credential().accessKeyId())
                .put("secretAccessKey", issued.credential().secretAccessKey())
                .put("sessionToken", issued.credential().sessionToken())
                .put("expiration", issued.expiration());
        return out;
    }

    private ObjectNode logout(SsoSession session) {
        sessions.removeSession(session);
        return RestJson.newObject();
    }

    private static String required(Map<String, String> query, String name) {
        String value = query.get(name);
        if (value == null || value.isBlank()) {
            throw PortalErrors.invalidRequest("The query parameter " + name + " is required");
        }
        return value;
    }

    private static Predicate<Entitlement> distinctAccount() {
        var seen = new HashSet<String>();
        return e -> seen.add(e.accountId());
    }

    private static ObjectNode withNextToken(ObjectNode out, String nextToken) {
        if (nextToken != null) {
            out.put("nextToken", nextToken);
        }
        return out;
    }
}
