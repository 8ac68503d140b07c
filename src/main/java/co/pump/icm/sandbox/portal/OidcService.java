package co.pump.icm.sandbox.portal;

import java.time.Duration;

import co.pump.icm.sandbox.AwsError;
import co.pump.icm.sandbox.RestRequest;
import co.pump.icm.sandbox.RestResponse;
import co.pump.icm.sandbox.RestService;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxWorld;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The sandbox's sso-oidc service: RegisterClient, StartDeviceAuthorization and CreateToken, with
 * the device code's verification URI pointing at the sandbox's own {@link DeviceApprovalPage}.
 * The three operations are unsigned, as in AWS; clients authenticate with their client secret.
 * Get one from {@link SsoSignIn}, which shares its sessions with the portal.
 */
public final class OidcService implements RestService {
    static final String REGISTER_CLIENT = "/client/register";
    static final String DEVICE_AUTHORIZATION = "/device_authorization";
    static final String TOKEN = "/token";
    /** AWS lets a registered client's secret live 90 days. */
    private static final Duration CLIENT_SECRET_LIFETIME = Duration.ofDays(90);

    private final SandboxWorld world;
    private final SsoSessions sessions;
    private final SsoSettings settings;
    private final OpaqueCodes codes;
    private final StartUrls startUrls = new StartUrls();
    private final DeviceApprovals approvals;
    private final TokenGrants grants;

    OidcService(SandboxWorld world, SsoSessions sessions, SsoSettings settings, OpaqueCodes codes) {
        this.world = world;
        this.sessions = sessions;
        this.settings = settings;
        this.codes = codes;
        this.approvals = new DeviceApprovals(world, sessions);
        this.grants = new TokenGrants(world, sessions, settings, codes);
    }

    @Override
    public String serviceName() {
        return "sso-oidc";
    }

    @Override
    public boolean handles(String method, String path) {
        return "POST".equals(method)
                && (REGISTER_CLIENT.equals(path) || DEVICE_AUTHORIZATION.equals(path) || TOKEN.equals(path));
    }

    @Override
    public String operationName(RestRequest request) {
        return switch (request.path()) {
            case REGISTER_CLIENT -> "RegisterClient";
            case DEVICE_AUTHORIZATION -> "StartDeviceAuthorization";
            default -> "CreateToken";
        };
    }

    @Override
    public RestResponse handle(RestRequest request) {
        try {
            ObjectNode input = RestJson.readObject(request.body(), OidcErrors::invalidRequest);
            ObjectNode output;
            synchronized (world) {
                output = switch (request.path()) {
                    case REGISTER_CLIENT -> registerClient(input);
                    case DEVICE_AUTHORIZATION -> startDeviceAuthorization(input, DeviceApprovalPage.pageUrl(request));
                    default -> grants.createToken(input, authenticate(input));
                };
            }
            return RestResponse.json(200, output.toString());
        } catch (AwsError e) {
            return error(e);
        }
    }

    @Override
    public RestResponse error(AwsError error) {
        return OidcErrors.encode(error);
    }

    /**
     * Lets {@code https://<alias>.awsapps.com/start} sign in to the instance of the given identity
     * store, as a customer's renamed access portal does.
     */
    public void registerStartUrlAlias(String alias, String identityStoreId) {
        synchronized (world) {
            startUrls.register(alias, identityStoreId);
        }
    }

    /**
     * Approves a user code as the named Identity Store user, as the approval page's Approve button
     * does. The application's next poll receives its token.
     *
     * @return the user name as the identity store holds it
     * @throws ApprovalRefusedException when the code is unknown, expired or used, or the user is
     *                                  unknown or disabled in the code's instance
     */
    public String approve(String userCode, String userName) {
        return approvals.approve(userCode, userName);
    }

    /**
     * Denies a user code, as the page's Deny button does; the next poll gets {@code access_denied}.
     *
     * @throws ApprovalRefusedException when the code is unknown, expired or already used
     */
    public void deny(String userCode) {
        approvals.deny(userCode);
    }

    DeviceApprovals approvals() {
        return approvals;
    }

    private ObjectNode registerClient(ObjectNode input) {
        String clientName = RestJson.requiredString(input, "clientName", OidcErrors::invalidRequest);
        String clientType = RestJson.requiredString(input, "clientType", OidcErrors::invalidRequest);
        if (!"public".equals(clientType)) {
            throw OidcErrors.invalidClientMetadata("Invalid client type: " + clientType
                    + "; only public clients can register");
        }
        for (String list : new String[] {"scopes", "grantTypes", "redirectUris"}) {
            requireStringList(input, list);
        }
        long issuedAt = world.now() / 1000;
        var client = new RegisteredClient(codes.clientId(), codes.clientSecret(), clientName, issuedAt,
                issuedAt + CLIENT_SECRET_LIFETIME.toSeconds());
        sessions.addClient(client);
        ObjectNode out = RestJson.newObject();
        out.put("clientId", client.clientId());
        out.put("clientSecret", client.clientSecret());
        out.put("clientIdIssuedAt", client.issuedAt());
        out.put("clientSecretExpiresAt", client.secretExpiresAt());
        return out;
    }

    private ObjectNode startDeviceAuthorization(ObjectNode input, String pageUrl) {
        RegisteredClient client = authenticate(input);
        String startUrl = RestJson.requiredString(input, "startUrl", OidcErrors::invalidRequest);
        SandboxInstance instance = startUrls.resolve(world, startUrl).orElseThrow(() -> OidcErrors.invalidRequest(
                "The start URL " + startUrl + " does not belong to any IAM Identity Center instance;"
                        + " use https://<identity store ID>.awsapps.com/start or a registered alias"));
        String userCode = codes.userCode();
        while (sessions.userCodeInUse(userCode)) {
            userCode = codes.userCode();
        }
        var authorization = new DeviceAuthorization(codes.deviceCode(), userCode, client.clientId(), instance.arn,
                world.now() + settings.codeLifetime().toMillis());
        sessions.addAuthorization(authorization);
        ObjectNode out = RestJson.newObject();
        out.put("deviceCode", authorization.deviceCode);
        out.put("userCode", userCode);
        out.put("verificationUri", pageUrl);
        out.put("verificationUriComplete", pageUrl + "?user_code=" + userCode);
        out.put("expiresIn", (int) settings.codeLifetime().toSeconds());
        out.put("interval", settings.reportedIntervalSeconds());
        return out;
    }

    /** The client named by clientId, when clientSecret is its current secret. */
    private RegisteredClient authenticate(ObjectNode input) {
        String clientId = RestJson.requiredString(input, "clientId", OidcErrors::invalidRequest);
        String secret = RestJson.requiredString(input, "clientSecret", OidcErrors::invalidRequest);
        RegisteredClient client = sessions.client(clientId).filter(c -> c.hasSecret(secret))
                .orElseThrow(() -> OidcErrors.invalidClient("Invalid client id or client secret"));
        if (world.now() / 1000 >= client.secretExpiresAt()) {
            throw OidcErrors.invalidClient("The client secret has expired; register the client again");
        }
        return client;
    }

    private static void requireStringList(ObjectNode input, String member) {
        JsonNode value = input.get(member);
        if (value == null || value.isNull()) {
            return;
        }
        boolean strings = value.isArray();
        for (JsonNode element : value) {
            strings &= element.isTextual();
        }
        if (!strings) {
            throw OidcErrors.invalidRequest("The member '" + member + "' must be a list of strings");
        }
    }
}
