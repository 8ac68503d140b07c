package co.pump.icm.rollback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.ItemResult;
import co.pump.icm.apply.Outcome;
import co.pump.icm.compare.CompareOptions;
import co.pump.icm.kind.ConfigurationComparer;
import co.pump.icm.model.Email;
import co.pump.icm.model.EnterpriseExtension;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.Name;
import co.pump.icm.model.TestConfigs;
import co.pump.icm.model.User;
import co.pump.icm.plan.Change;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.Clients;
import co.pump.icm.testing.SandboxFixture;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;

/**
 * Managers against the sandbox, read back through the AWS SDK: chains, cycles and people who
 * manage themselves are all set, each pointing at the person's new ID; a manager whose creation
 * fails leaves the user created without one, and an undo takes the user back.
 */
class ManagersImportAndRollbackTest {

    private static final String ENTERPRISE = "aws:identitystore:enterprise";

    @TempDir
    Path dir;

    private static User person(String name, String manager) {
        return new User(name, name + " Example", new Name(null, "Example", name, null, null, null), null, null,
                List.of(new Email(name + "@example.com", "work", true)), List.of(), List.of(), null, null, null, null,
                null, "ENABLED", List.of(), null, null, List.of(),
                new EnterpriseExtension(null, "CC-9", null, null, "Research", manager), List.of(), null);
    }

    private static IdentityCenterConfig snapshot(User... users) {
        IdentityCenterConfig full = TestConfigs.full();
        return new IdentityCenterConfig(full.source(), full.accounts(), List.of(users), List.of(), List.of(), List.of(),
                List.of(), null, List.of());
    }

    /** Each user of the target by name: the manager's user name as AWS has it (through the ID), or "-". */
    private static Map<String, String> managers(SandboxFixture fixture) {
        var result = new HashMap<String, String>();
        try (IdentitystoreClient client = Clients.identityStore(fixture.sandbox(), fixture.seeded().target(),
                fixture.seeded().targetRegion())) {
            String store = fixture.seeded().targetIdentityStoreId();
            var users = client.listUsersPaginator(r -> r.identityStoreId(store).extensions(ENTERPRISE)).users().stream()
                    .toList();
            var names = new HashMap<String, String>();
            users.forEach(u -> names.put(u.userId(), u.userName()));
            for (var u : users) {
                Document extension = u.hasExtensions() ? u.extensions().get(ENTERPRISE) : null;
                Document manager = extension == null ? null : extension.asMap().get("manager");
                result.put(u.userName(), manager == null ? "-"
                        : names.getOrDefault(manager.asMap().get("value").asString(), "? " + manager));
            }
        }
        return result;
    }

    @Test
    void chainsCyclesAndSelfManagersAreSetAndASecondImportWritesNothing() {
        try (var fixture = SandboxFixture.demo()) {
            // Ann and Ben manage each other, Cid manages himself, Dee reports to Ann and Eve to Dee.
            var snapshot = snapshot(person("ann", "ben"), person("ben", "ann"), person("cid", "cid"),
                    person("dee", "ann"), person("eve", "dee"));
            ApplyResult result = Rollbacks.importInto(fixture.target(), snapshot, PlanOptions.defaults(),
                    dir.resolve("j.jsonl"));
            assertThat(result.failures()).isEmpty();
            assertThat(result.count(Outcome.SUCCEEDED)).isEqualTo(5);
            assertThat(managers(fixture)).containsExactlyInAnyOrderEntriesOf(
                    Map.of("ann", "ben", "ben", "ann", "cid", "cid", "dee", "ann", "eve", "dee"));
            assertThat(fixture.sandbox().calls().records()).filteredOn(c -> c.operation().equals("UpdateUser"))
                    .hasSize(5);

            int writes = fixture.sandbox().calls().writes().size();
            ApplyResult again = Rollbacks.importInto(fixture.target(), snapshot, PlanOptions.defaults(),
                    dir.resolve("j.jsonl"));
            assertThat(again.items()).isEmpty();
            assertThat(fixture.sandbox().calls().writes()).hasSize(writes);

            // A new manager for Eve is set on its own, with the rest of her data as it was.
            var moved = snapshot(person("ann", "ben"), person("ben", "ann"), person("cid", "cid"),
                    person("dee", "ann"), person("eve", "cid"));
            assertThat(Rollbacks.importInto(fixture.target(), moved, PlanOptions.defaults(), dir.resolve("j.jsonl"))
                    .failures()).isEmpty();
            assertThat(managers(fixture)).containsEntry("eve", "cid");
        }
    }

    @Test
    void aManagerWhoCannotBeCreatedLeavesTheUserWithoutOneAndTheUndoTakesTheUserBack() throws Exception {
        try (var fixture = SandboxFixture.demo()) {
            // Zed already uses Ben's email address in the target, so AWS refuses to create Ben.
            var zed = person("zed", null);
            zed = new User(zed.userName(), zed.displayName(), zed.name(), null, null,
                    List.of(new Email("ben@example.com", "work", true)), List.of(), List.of(), null, null, null, null,
                    null, null, List.of(), null, null, List.of(), null, List.of(), null);
            assertThat(Rollbacks.importInto(fixture.target(), snapshot(zed), PlanOptions.defaults(),
                    dir.resolve("zed.jsonl")).failures()).isEmpty();
            Path before = Rollbacks.snapshotOf(fixture.target(), dir.resolve("before.json"));

            Path journal = dir.resolve("j.jsonl");
            ApplyResult result = Rollbacks.importInto(fixture.target(), snapshot(zed, person("ann", "ben"),
                    person("ben", null)), PlanOptions.defaults(), journal);
            assertThat(result.failures()).extracting(ItemResult::changeId).containsExactlyInAnyOrder("user:ann", "user:ben");
            ItemResult ann = result.failures().stream().filter(f -> f.changeId().equals("user:ann")).findFirst()
                    .orElseThrow();
            assertThat(ann.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(ann.reason()).startsWith("created, but enterprise.manager was not set: user ben was not created "
                    + "or updated (");
            assertThat(managers(fixture)).containsEntry("ann", "-").doesNotContainKey("ben");
            // The journal has Ann's ID on record, though her change failed.
            assertThat(Files.readAllLines(journal)).anySatisfy(line -> assertThat(line)
                    .contains("\"changeId\":\"user:ann\"").contains("\"status\":\"FAILED\"").contains("\"userId\":"));

            RollbackPlan undo = Rollbacks.plan(fixture.target(), journal, null);
            assertThat(undo.plan().changes()).extracting(Change::id, Change::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("user:ann", ChangeKind.DELETE));
            assertThat(Rollbacks.apply(fixture.target(), undo).failures()).isEmpty();
            assertThat(Files.readString(Rollbacks.snapshotOf(fixture.target(), dir.resolve("after.json"))))
                    .isEqualTo(Files.readString(before));
        }
    }

    @Test
    void anUndoOfAnUpdatedManagerPointsItBackAtTheEarlierOne() {
        try (var fixture = SandboxFixture.demo()) {
            Rollbacks.importInto(fixture.target(), snapshot(person("ann", "ben"), person("ben", null),
                    person("cid", null)), PlanOptions.defaults(), dir.resolve("first.jsonl"));
            IdentityCenterConfig before = Rollbacks.export(fixture.target());
            Path journal = dir.resolve("second.jsonl");
            // The second import gives Ann a manager it creates, Dee.
            assertThat(Rollbacks.importInto(fixture.target(), snapshot(person("ann", "dee"), person("ben", null),
                    person("cid", null), person("dee", null)), PlanOptions.defaults(), journal).failures()).isEmpty();
            assertThat(managers(fixture)).containsEntry("ann", "dee");

            RollbackPlan undo = Rollbacks.plan(fixture.target(), journal, null);
            // Dee can go: Ann, who names her, is put back to Ben by the same undo.
            assertThat(undo.plan().changes()).extracting(Change::id, Change::kind).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("user:ann", ChangeKind.UPDATE),
                    org.assertj.core.groups.Tuple.tuple("user:dee", ChangeKind.DELETE));
            assertThat(Rollbacks.apply(fixture.target(), undo).failures()).isEmpty();
            assertThat(managers(fixture)).containsEntry("ann", "ben");
            // As before, but for the audit fields of Ann, whom the undo updated.
            assertThat(ConfigurationComparer.compare(before, Rollbacks.export(fixture.target()),
                    CompareOptions.migratedOnly()).hasDifferences()).isFalse();
        }
    }
}
