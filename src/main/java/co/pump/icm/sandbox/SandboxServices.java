package co.pump.icm.sandbox;

import java.util.List;

import co.pump.icm.sandbox.identitystore.IdentityStoreService;
import co.pump.icm.sandbox.organizations.OrganizationsService;
import co.pump.icm.sandbox.portal.SsoSettings;
import co.pump.icm.sandbox.portal.SsoSignIn;
import co.pump.icm.sandbox.ssoadmin.SsoAdminService;
import co.pump.icm.sandbox.state.SandboxWorld;
import co.pump.icm.sandbox.sts.StsService;

/** The services the sandbox serves. */
final class SandboxServices {
    private SandboxServices() {
    }

    /**
     * THE place where services are registered, one line each: {@link JsonService}s, the STS
     * {@link QueryService}, and {@link RestService}s (tried in list order for REST requests).
     */
    static List<Object> create(SandboxWorld world, SandboxOptions options) {
        var signIn = new SsoSignIn(world,
                SsoSettings.defaults().withDefaultPageSize(Math.min(options.pageSize(), 100)));
        return List.of(
                new IdentityStoreService(world, options.pageSize()),
                new OrganizationsService(world, options.pageSize()),
                new StsService(world),
                new SsoAdminService(world, options.assignmentDelay(), options.pageSize()),
                signIn.oidc(), signIn.approvalPage(), signIn.portal()
        );
    }
}
