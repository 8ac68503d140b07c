package co.pump.icm.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.pump.icm.aws.signin.Check;
import co.pump.icm.aws.signin.Identity;
import co.pump.icm.aws.signin.IdentityCenterInstance;

/** The who-am-I checklist on a terminal, and as JSON. */
final class IdentityText {

    private IdentityText() {
    }

    static void print(PrintWriter out, Identity identity) {
        for (Check check : identity.checks()) {
            out.printf("%-8s %-20s %s%n", check.status(), check.title(), check.message());
        }
        long problems = identity.problems().size();
        out.println(problems == 0 ? "All checks passed."
                : problems + (problems == 1 ? " problem" : " problems") + ": fix " + (problems == 1 ? "it" : "them")
                + " and run icm whoami again.");
    }

    static Map<String, Object> json(Identity identity) {
        var map = new LinkedHashMap<String, Object>();
        map.put("ok", identity.ok());
        map.put("accountId", identity.accountId());
        map.put("arn", identity.arn());
        map.put("region", identity.region());
        map.put("organization", identity.organization());
        map.put("managementAccount", identity.isManagementAccount());
        IdentityCenterInstance instance = identity.instance();
        if (instance == null) {
            map.put("instance", null);
        } else {
            var i = new LinkedHashMap<String, Object>();
            i.put("instanceArn", instance.instanceArn());
            i.put("identityStoreId", instance.identityStoreId());
            i.put("region", instance.region());
            i.put("regions", instance.regions());
            i.put("ownerAccountId", instance.ownerAccountId());
            i.put("role", instance.role());
            i.put("name", instance.name());
            i.put("portalUrl", instance.defaultPortalUrl());
            if (instance.encryption() != null) {
                var e = new LinkedHashMap<String, Object>();
                e.put("keyType", instance.encryption().keyType());
                e.put("kmsKeyArn", instance.encryption().kmsKeyArn());
                i.put("encryption", e);
            }
            map.put("instance", i);
        }
        map.put("users", identity.users());
        map.put("groups", identity.groups());
        List<Map<String, Object>> checks = identity.checks().stream().map(c -> {
            var m = new LinkedHashMap<String, Object>();
            m.put("title", c.title());
            m.put("status", c.status());
            m.put("message", c.message());
            return (Map<String, Object>) m;
        }).toList();
        map.put("checks", checks);
        return map;
    }
}
