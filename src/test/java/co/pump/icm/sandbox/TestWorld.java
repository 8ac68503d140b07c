package co.pump.icm.sandbox;

import co.pump.icm.sandbox.state.SandboxAccount;
import co.pump.icm.sandbox.state.SandboxCredential;
import co.pump.icm.sandbox.state.SandboxIds;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.sandbox.state.SandboxOrganization;
import co.pump.icm.sandbox.state.SandboxWorld;

/**
 * A small hand-made world for sandbox tests: one organization with a management account that owns
 * an Identity Center instance in us-east-1, a delegated administrator, a plain member account, an
 * account outside any organization, and one access key for each (plus a temporary key with a
 * session token for the management account).
 */
public final class TestWorld {
    public static final String REGION = "us-east-1";

    public final SandboxWorld world;
    public final SandboxOrganization organization;
    public final SandboxInstance instance;
    public final SandboxCredential management;
    public final SandboxCredential delegatedAdmin;
    public final SandboxCredential member;
    public final SandboxCredential outsider;
    public final SandboxCredential temporary;

    public TestWorld() {
        world = new SandboxWorld(42, () -> 1_700_000_000_000L);
        SandboxIds ids = world.ids();
        SandboxAccount mgmt = account(ids.accountId(), "Management", "root@example.com");
        SandboxAccount admin = account(ids.accountId(), "Identity", "identity@example.com");
        SandboxAccount workload = account(ids.accountId(), "Workload", "workload@example.com");
        SandboxAccount lonely = account(ids.accountId(), "Lonely", "lonely@example.com");
        organization = new SandboxOrganization(ids.organizationId(), mgmt.id);
        world.organizations.put(organization.id, organization);
        for (SandboxAccount a : new SandboxAccount[] {mgmt, admin, workload}) {
            a.organizationId = organization.id;
            organization.accountIds.add(a.id);
        }
        organization.ssoDelegatedAdministrators.add(admin.id);
        instance = new SandboxInstance(ids.instanceArn(), ids.identityStoreId(), mgmt.id, REGION);
        instance.name = "test";
        world.instances.put(instance.arn, instance);
        management = credential(ids, mgmt.id, "arn:aws:iam::" + mgmt.id + ":user/admin", null);
        delegatedAdmin = credential(ids, admin.id, "arn:aws:sts::" + admin.id + ":assumed-role/Admin/alice", null);
        member = credential(ids, workload.id, "arn:aws:iam::" + workload.id + ":user/dev", null);
        outsider = credential(ids, lonely.id, "arn:aws:iam::" + lonely.id + ":root", null);
        temporary = credential(ids, mgmt.id, "arn:aws:sts::" + mgmt.id + ":assumed-role/Admin/bob", "session-token-" + ids.alnum(20));
    }

    public String storeId() {
        return instance.identityStoreId;
    }

    private SandboxAccount account(String id, String name, String email) {
        var account = new SandboxAccount(id, name, email);
        account.joinedTimestamp = 1_600_000_000.5;
        world.accounts.put(id, account);
        return account;
    }

    private SandboxCredential credential(SandboxIds ids, String accountId, String arn, String sessionToken) {
        var credential = new SandboxCredential(ids.accessKeyId(), ids.secret(), sessionToken, accountId, arn);
        world.credentials.put(credential.accessKeyId(), credential);
        return credential;
    }
}
