package co.pump.icm.ui.importing;

import java.util.List;

import co.pump.icm.follow.AwaitedAccount;
import co.pump.icm.follow.AwaitedAccounts;
import co.pump.icm.plan.Plan;
import co.pump.icm.sandbox.organizations.AccountMoves;
import co.pump.icm.ui.state.DemoSandbox;

/**
 * The demo's "join now": the accounts a plan awaits accept the new organization's invitation in the
 * demo sandbox, as they would during the call, so that following can be shown without waiting.
 */
final class DemoArrivals {

    private DemoArrivals() {
    }

    /** What "join now" does in this demo, or null when there is no demo sandbox. */
    static Runnable joinNow(DemoSandbox demo, Plan plan) {
        if (demo == null) {
            return null;
        }
        List<String> awaited = AwaitedAccounts.of(plan).accounts().stream().map(AwaitedAccount::accountId).toList();
        return () -> {
            var world = demo.sandbox().world();
            synchronized (world) {
                String organization = AccountMoves.organizationOwning(world, demo.world().targetInstanceArn());
                awaited.forEach(id -> AccountMoves.join(world, id, organization));
            }
        };
    }
}
