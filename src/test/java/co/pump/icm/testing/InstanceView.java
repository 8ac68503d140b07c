package co.pump.icm.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.identitystore.IdentitystoreClient;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;

/**
 * One IAM Identity Center instance as the test-side reader sees it: plain AWS SDK clients, the
 * instance's ARN and identity store, and the names its items are known by (user ID → user name,
 * group ID → display name, permission set ARN → name), read once on first use.
 */
public final class InstanceView {

    private final IdentitystoreClient identityStore;
    private final SsoAdminClient ssoAdmin;
    private final OrganizationsClient organizations;
    private final String instanceArn;
    private final String identityStoreId;
    private Map<String, String> userNames;
    private Map<String, String> groupNames;
    private Map<String, String> permissionSetNames;
    private List<String> accountIds;

    InstanceView(IdentitystoreClient identityStore, SsoAdminClient ssoAdmin, OrganizationsClient organizations,
                 String instanceArn, String identityStoreId) {
        this.identityStore = identityStore;
        this.ssoAdmin = ssoAdmin;
        this.organizations = organizations;
        this.instanceArn = instanceArn;
        this.identityStoreId = identityStoreId;
    }

    public IdentitystoreClient identityStore() {
        return identityStore;
    }

    public SsoAdminClient ssoAdmin() {
        return ssoAdmin;
    }

    public String instanceArn() {
        return instanceArn;
    }

    public String identityStoreId() {
        return identityStoreId;
    }

    /** User name by user ID. */
    public synchronized Map<String, String> userNames() {
        if (userNames == null) {
            userNames = new HashMap<>();
            identityStore.listUsersPaginator(r -> r.identityStoreId(identityStoreId).maxResults(100)).users()
                    .forEach(u -> userNames.put(u.userId(), u.userName()));
        }
        return userNames;
    }

    /** Group display name by group ID. */
    public synchronized Map<String, String> groupNames() {
        if (groupNames == null) {
            groupNames = new HashMap<>();
            identityStore.listGroupsPaginator(r -> r.identityStoreId(identityStoreId).maxResults(100)).groups()
                    .forEach(g -> groupNames.put(g.groupId(), g.displayName()));
        }
        return groupNames;
    }

    /** Permission set name by ARN. */
    public synchronized Map<String, String> permissionSetNames() {
        if (permissionSetNames == null) {
            permissionSetNames = new HashMap<>();
            ssoAdmin.listPermissionSetsPaginator(r -> r.instanceArn(instanceArn).maxResults(100)).permissionSets()
                    .forEach(arn -> permissionSetNames.put(arn, ssoAdmin.describePermissionSet(r -> r
                            .instanceArn(instanceArn).permissionSetArn(arn)).permissionSet().name()));
        }
        return permissionSetNames;
    }

    /** The IDs of every account in the caller's organization. */
    public synchronized List<String> accountIds() {
        if (accountIds == null) {
            accountIds = new ArrayList<>();
            String token = null;
            do {
                String page = token;
                var answer = organizations.listAccounts(r -> r.nextToken(page).maxResults(20));
                answer.accounts().forEach(a -> accountIds.add(a.id()));
                token = answer.nextToken();
            } while (token != null);
        }
        return accountIds;
    }

    /** The organization's management account. */
    public String managementAccountId() {
        return organizations.describeOrganization().organization().masterAccountId();
    }

    /** The name of a principal by its type ({@code USER} or {@code GROUP}) and ID; the ID itself when unknown. */
    public String principalName(String type, String id) {
        String name = "USER".equals(type) ? userNames().get(id) : groupNames().get(id);
        return name == null ? "unknown " + type.toLowerCase(java.util.Locale.ROOT) + " " + id : name;
    }
}
