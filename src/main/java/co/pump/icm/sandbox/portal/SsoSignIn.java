package co.pump.icm.sandbox.portal;

import java.util.List;

import co.pump.icm.sandbox.RestService;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * Signing in with IAM Identity Center in the sandbox: the sso-oidc service, the device approval
 * page and the access portal API, sharing one set of clients, device codes and sessions.
 *
 * <p>The running {@code Sandbox} registers the three services (see {@code SandboxServices}); a
 * person approves device codes on its {@code /device} page. In-process tests can skip the page:
 * <pre>{@code
 * var signIn = new SsoSignIn(world, SsoSettings.defaults());
 * ... StartDeviceAuthorization through signIn.oidc().handle(...) ...
 * signIn.oidc().approve("ABCD-EFGH", "alice");   // what the page's Approve button does
 * }</pre>
 */
public final class SsoSignIn {
    private final OidcService oidc;
    private final DeviceApprovalPage approvalPage;
    private final PortalService portal;

    public SsoSignIn(SandboxWorld world, SsoSettings settings) {
        var sessions = new SsoSessions();
        var codes = new OpaqueCodes();
        this.oidc = new OidcService(world, sessions, settings, codes);
        this.approvalPage = new DeviceApprovalPage(oidc.approvals());
        this.portal = new PortalService(world, sessions, settings, codes);
    }

    public SsoSignIn(SandboxWorld world) {
        this(world, SsoSettings.defaults());
    }

    public OidcService oidc() {
        return oidc;
    }

    public DeviceApprovalPage approvalPage() {
        return approvalPage;
    }

    public PortalService portal() {
        return portal;
    }

    /** The three REST services, for the sandbox's HTTP server. */
    public List<RestService> services() {
        return List.of(oidc, approvalPage, portal);
    }
}
