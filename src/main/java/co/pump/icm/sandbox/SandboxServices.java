package co.pump.icm.sandbox;

import java.util.List;

import co.pump.icm.sandbox.identitystore.IdentityStoreService;
import co.pump.icm.sandbox.organizations.OrganizationsService;
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
        return List.of(
                new IdentityStoreService(world, options.pageSize()),
                new OrganizationsService(world, options.pageSize()),
                new StsService()
                // new SsoAdminService(world, options.assignmentDelay()),
                // the sso-oidc and sso portal RestServices
        );
    }
}
