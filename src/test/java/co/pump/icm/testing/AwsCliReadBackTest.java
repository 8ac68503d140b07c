package co.pump.icm.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import co.pump.icm.apply.ApplyListener;
import co.pump.icm.apply.ImportSession;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.InstanceReader;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.AwsCli;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second independent reader: after the demo import, the AWS CLI lists the target's users and
 * groups, and the largest group's members, and finds each name exactly as often as the
 * expectation derived from the source (once), and as many permission sets. Uses only operations
 * and members the Debian 12 CLI (2.9) knows. (A CLI call costs about a second, so this reads what
 * a few calls return whole; {@link InventoryReader} reads everything.)
 */
class AwsCliReadBackTest {

    @TempDir
    Path dir;

    @Test
    void theCliFindsTheImportedDemoWholeAndNothingTwice() {
        try (var fixture = SandboxFixture.demo()) {
            var cli = new AwsCli(fixture.sandbox(), dir);
            var rates = RateSettings.AWS_DEFAULTS.withRate(1000);
            try (var source = AwsClients.open(fixture.source(), 16); var target = AwsClients.open(fixture.target(), 16)) {
                var snapshot = new InstanceReader(source, new AwsCallRunner(rates), ExportListener.NONE).read(null).config();
                var session = new ImportSession(target, new AwsCallRunner(rates));
                var plan = session.plan(snapshot, PlanOptions.defaults(), ExportListener.NONE);
                assertThat(session.apply(plan, dir.resolve("j.jsonl"), ApplyListener.NONE, null).failures()).isEmpty();
            }
            String store = fixture.seeded().targetIdentityStoreId();
            Function<String[], JsonNode> call = command -> cli.run(fixture.seeded().target(),
                    fixture.seeded().targetRegion(), command).json();

            var users = new HashMap<String, String>();
            call.apply(new String[] {"identitystore", "list-users", "--identity-store-id", store}).path("Users")
                    .forEach(u -> users.put(u.path("UserId").asText(), u.path("UserName").asText()));
            var groups = new HashMap<String, String>();
            call.apply(new String[] {"identitystore", "list-groups", "--identity-store-id", store}).path("Groups")
                    .forEach(g -> groups.put(g.path("GroupId").asText(), g.path("DisplayName").asText()));
            // One group's memberships: a call each, so the largest group stands for the rest.
            String developers = groups.entrySet().stream().filter(g -> g.getValue().equals("Developers"))
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            var memberships = new ArrayList<String>();
            call.apply(new String[] {"identitystore", "list-group-memberships", "--identity-store-id", store,
                            "--group-id", developers}).path("GroupMemberships")
                    .forEach(m -> memberships.add(InventoryKinds.Memberships.key("Developers",
                            users.get(m.path("MemberId").path("UserId").asText()))));
            JsonNode permissionSets = call.apply(new String[] {"sso-admin", "list-permission-sets", "--instance-arn",
                    fixture.seeded().targetInstanceArn()}).path("PermissionSets");

            Inventory expected = fixture.expectedTarget();
            String through = "through " + cli.version();
            assertThat(users.values()).as("users %s", through)
                    .containsExactlyInAnyOrderElementsOf(keys(expected, InventoryKinds.USERS));
            assertThat(groups.values()).as("groups %s", through)
                    .containsExactlyInAnyOrderElementsOf(keys(expected, InventoryKinds.GROUPS));
            assertThat(memberships).as("the Developers' memberships %s", through)
                    .containsExactlyInAnyOrderElementsOf(keys(expected, InventoryKinds.MEMBERSHIPS).stream()
                            .filter(k -> k.startsWith("Developers ∋ ")).toList());
            assertThat(permissionSets).as("permission sets %s", through)
                    .hasSize(expected.items(InventoryKinds.PERMISSION_SETS).size());
        }
    }

    private static List<String> keys(Inventory inventory, String kind) {
        return inventory.items(kind).stream().map(Inventory.Item::key).toList();
    }
}
