package co.pump.icm.compare;

import java.util.List;

import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.ManagedPolicy;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.Tag;
import co.pump.icm.model.TestConfigs;
import co.pump.icm.model.User;

/** A small pair of configurations with a difference of every kind, for the renderer tests. */
final class RenderScenario {

    static final String BIG_POLICY = """
            {"Version":"2012-10-17","Statement":[
              {"Sid":"One","Effect":"Allow","Action":["s3:GetObject","s3:ListBucket"],"Resource":"*"},
              {"Sid":"Two","Effect":"Deny","Action":"iam:CreateUser","Resource":"*"},
              {"Sid":"Three","Effect":"Allow","Action":"ec2:Describe*","Resource":"*"},
              {"Sid":"Four","Effect":"Allow","Action":"logs:Get*","Resource":"*"}]}""";

    private RenderScenario() {
    }

    static IdentityCenterConfig left() {
        IdentityCenterConfig full = TestConfigs.full();
        PermissionSet admin = Records.with(TestConfigs.adminPermissionSet(), "inlinePolicy", BIG_POLICY);
        return Records.with(Records.with(full, "permissionSets", List.of(admin, TestConfigs.readOnlyPermissionSet())),
                "users", List.of(full.users().get(0), full.users().get(2)));
    }

    static IdentityCenterConfig right() {
        IdentityCenterConfig full = Records.deepCopy(TestConfigs.full());
        User alice = Records.with(full.users().get(0), "displayName", "Alice Q. Smith");
        User bob = full.users().get(1);
        PermissionSet admin = Records.with(Records.with(Records.with(full.permissionSets().get(0), "inlinePolicy",
                                BIG_POLICY.replace("iam:CreateUser", "iam:DeleteUser")),
                        "managedPolicies", List.of(full.permissionSets().get(0).managedPolicies().get(0),
                                new ManagedPolicy("arn:aws:iam::aws:policy/ReadOnlyAccess", "ReadOnlyAccess"))),
                "tags", List.of(new Tag("team", "security"), new Tag("cost-center", "")));
        PermissionSet readOnly = Records.with(full.permissionSets().get(1), "description", "x".repeat(300));
        return Records.with(Records.with(Records.with(full, "users", List.of(alice, bob)),
                "permissionSets", List.of(admin, readOnly)), "accounts", full.accounts().subList(0, 2));
    }
}
