package co.pump.icm.sandbox.state;

import java.util.LinkedHashSet;
import java.util.Set;

/** An AWS Organization in the sandbox. */
public final class SandboxOrganization {
    /** The service principal of IAM Identity Center, for delegated administration. */
    public static final String SSO_SERVICE_PRINCIPAL = "sso.amazonaws.com";

    public final String id;
    public final String managementAccountId;
    /** Member account IDs, including the management account, in the order they joined. */
    public final Set<String> accountIds = new LinkedHashSet<>();
    /** Accounts that are delegated administrators for IAM Identity Center. */
    public final Set<String> ssoDelegatedAdministrators = new LinkedHashSet<>();

    public SandboxOrganization(String id, String managementAccountId) {
        this.id = id;
        this.managementAccountId = managementAccountId;
        accountIds.add(managementAccountId);
    }

    public String arn() {
        return "arn:aws:organizations::" + managementAccountId + ":organization/" + id;
    }
}
