package co.pump.icm.ui.preview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import co.pump.icm.model.Account;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.SourceInfo;
import co.pump.icm.model.User;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.sandbox.data.SandboxScenario;
import co.pump.icm.snapshot.DigestState;
import co.pump.icm.snapshot.Snapshot;

/** The demo company as a snapshot and the new organization as read, without a sandbox: for ViewModel tests. */
final class PreviewFixtures {

    static final SourceInfo TARGET_SOURCE = new SourceInfo(DemoData.TARGET_DELEGATED_ADMIN, DemoData.TARGET_ORGANIZATION,
            DemoData.TARGET_MANAGEMENT, DemoData.TARGET_REGION, "arn:aws:sso:::instance/ssoins-8888888888888888",
            "d-8888888888", null, "arn:aws:iam::888888888888:role/Admin");

    private PreviewFixtures() {
    }

    static Snapshot snapshot(IdentityCenterConfig config) {
        return new Snapshot(Snapshot.FORMAT_VERSION, Instant.parse("2026-11-27T10:00:00Z"), "test", null, config,
                DigestState.VALID);
    }

    /** The demo company's configuration. */
    static IdentityCenterConfig demo() {
        return DemoData.scenario().sourceConfig();
    }

    /** The new organization: its accounts (the moved ones included), an empty instance. */
    static IdentityCenterConfig emptyTarget() {
        return target(List.of());
    }

    /** The new organization with these users already in it. */
    static IdentityCenterConfig target(List<User> users) {
        SandboxScenario scenario = DemoData.scenario();
        var accounts = new ArrayList<Account>(scenario.targetOrganization().accounts());
        for (Account account : scenario.sourceOrganization().accounts()) {
            if (scenario.movedAccountIds().contains(account.id())) {
                accounts.add(account);
            }
        }
        return new IdentityCenterConfig(TARGET_SOURCE, accounts, users, List.of(), List.of(), List.of(), List.of(),
                null, List.of());
    }
}
