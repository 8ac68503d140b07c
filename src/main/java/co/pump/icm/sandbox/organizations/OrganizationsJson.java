package co.pump.icm.sandbox.organizations;

import co.pump.icm.sandbox.AwsJson;
import co.pump.icm.sandbox.state.SandboxAccount;
import co.pump.icm.sandbox.state.SandboxOrganization;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The Organizations shapes in JSON: Organization, Account, DelegatedAdministrator, Root. */
final class OrganizationsJson {
    private OrganizationsJson() {
    }

    static String accountArn(SandboxOrganization org, String accountId) {
        return "arn:aws:organizations::" + org.managementAccountId + ":account/" + org.id + "/" + accountId;
    }

    /** The root's ID, derived from the organization's so it is stable: {@code r-} and 4 characters. */
    static String rootId(SandboxOrganization org) {
        return "r-" + org.id.substring(2, Math.min(org.id.length(), 6));
    }

    static ObjectNode organization(SandboxOrganization org, SandboxAccount management) {
        ObjectNode json = AwsJson.object();
        json.put("Id", org.id);
        json.put("Arn", org.arn());
        json.put("FeatureSet", "ALL");
        json.put("MasterAccountArn", accountArn(org, org.managementAccountId));
        json.put("MasterAccountId", org.managementAccountId);
        if (management != null && management.email != null) {
            json.put("MasterAccountEmail", management.email);
        }
        // Deprecated member (the API reference says to use ListRoots); kept for old clients.
        json.putArray("AvailablePolicyTypes").addObject()
                .put("Type", "SERVICE_CONTROL_POLICY").put("Status", "ENABLED");
        return json;
    }

    static ObjectNode account(SandboxOrganization org, SandboxAccount account) {
        ObjectNode json = AwsJson.object();
        json.put("Id", account.id);
        json.put("Arn", accountArn(org, account.id));
        if (account.email != null) {
            json.put("Email", account.email);
        }
        if (account.name != null) {
            json.put("Name", account.name);
        }
        json.put("Status", account.status);
        json.put("State", account.status);
        json.put("JoinedMethod", account.joinedMethod);
        json.put("JoinedTimestamp", AwsJson.epochSeconds(account.joinedTimestamp));
        return json;
    }

    /**
     * A DelegatedAdministrator. The sandbox does not keep when delegation was enabled, so
     * DelegationEnabledDate is the date the account joined.
     */
    static ObjectNode delegatedAdministrator(SandboxOrganization org, SandboxAccount account) {
        ObjectNode json = account(org, account);
        json.put("DelegationEnabledDate", AwsJson.epochSeconds(account.joinedTimestamp));
        return json;
    }

    static ObjectNode root(SandboxOrganization org) {
        ObjectNode json = AwsJson.object();
        String rootId = rootId(org);
        json.put("Id", rootId);
        json.put("Arn", "arn:aws:organizations::" + org.managementAccountId + ":root/" + org.id + "/" + rootId);
        json.put("Name", "Root");
        json.putArray("PolicyTypes").addObject().put("Type", "SERVICE_CONTROL_POLICY").put("Status", "ENABLED");
        return json;
    }
}
