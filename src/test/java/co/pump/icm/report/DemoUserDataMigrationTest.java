package co.pump.icm.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import co.pump.icm.compare.Category;
import co.pump.icm.kind.UserKind;
import co.pump.icm.model.Face;
import co.pump.icm.plan.DisabledUsers;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.plan.PlanWarning;
import co.pump.icm.sandbox.AwsCli;
import co.pump.icm.sandbox.Clients;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.sandbox.state.SandboxCredential;
import co.pump.icm.testing.ImportExpectation;
import co.pump.icm.testing.SandboxFixture;
import co.pump.icm.verify.DriftCheck;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;
import software.amazon.awssdk.services.identitystore.model.User;
import software.amazon.awssdk.services.identitystore.model.UserStatus;

/**
 * The demo exported, imported and read back directly — through the AWS SDK and the AWS CLI, not
 * through the product's planner: every user's role and enterprise data is as in the source, each
 * manager is the same person (by name, through the new IDs), and the user disabled in the source
 * is absent by default, with the plan's reason, and so are their memberships and assignments;
 * imported with the option, that user is present and the report's first required action names
 * them. Verify finds no drift either way.
 */
class DemoUserDataMigrationTest {

    private static final String ENTERPRISE = "aws:identitystore:enterprise";
    private static final String ETHAN = "ethan.brooks@larkspur.example";
    private static final String CHLOE = "chloe.dubois@larkspur.example";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** A user's role and enterprise data as plain values, the manager by user name. */
    private static Map<String, Object> userData(Object roles, Object enterprise, Map<String, String> names) {
        var data = new TreeMap<String, Object>();
        data.put("roles", roles);
        if (enterprise instanceof Map<?, ?> map) {
            var document = new TreeMap<String, Object>();
            map.forEach((k, v) -> document.put(String.valueOf(k), v));
            if (document.get("manager") instanceof Map<?, ?> manager) {
                document.put("manager", names.getOrDefault(String.valueOf(manager.get("value")), "unknown ID"));
            }
            data.put("enterprise", document);
        }
        return data;
    }

    /** Every user's data, by user name, read with the AWS SDK (the extension asked for). */
    private static Map<String, Map<String, Object>> readWithSdk(SandboxFixture fixture, SandboxCredential credential,
                                                                String region, String store) {
        try (IdentitystoreClient client = Clients.identityStore(fixture.sandbox(), credential, region)) {
            List<User> users = client.listUsersPaginator(r -> r.identityStoreId(store).extensions(ENTERPRISE))
                    .users().stream().toList();
            var names = new HashMap<String, String>();
            users.forEach(u -> names.put(u.userId(), u.userName()));
            var result = new TreeMap<String, Map<String, Object>>();
            for (User u : users) {
                var roles = new ArrayList<Map<String, Object>>();
                u.roles().forEach(r -> roles.add(Map.of("Value", r.value(), "Type", r.type(), "Primary", r.primary())));
                Document extension = u.hasExtensions() ? u.extensions().get(ENTERPRISE) : null;
                result.put(u.userName(), userData(roles, extension == null ? null : extension.unwrap(), names));
            }
            return result;
        }
    }

    /** The same through the AWS CLI (botocore's own model), which must know the extension. */
    private Map<String, Map<String, Object>> readWithCli(AwsCli cli, SandboxCredential credential, String region,
                                                         String store) {
        JsonNode users = cli.run(credential, region, "identitystore", "list-users", "--identity-store-id", store,
                "--extensions", ENTERPRISE).json().path("Users");
        var names = new HashMap<String, String>();
        users.forEach(u -> names.put(u.path("UserId").asText(), u.path("UserName").asText()));
        var result = new TreeMap<String, Map<String, Object>>();
        for (JsonNode u : users) {
            Object roles = JSON.convertValue(u.path("Roles").isMissingNode() ? JSON.createArrayNode() : u.path("Roles"),
                    List.class);
            JsonNode extension = u.path("Extensions").path(ENTERPRISE);
            result.put(u.path("UserName").asText(), userData(roles,
                    extension.isMissingNode() ? null : JSON.convertValue(extension, Map.class), names));
        }
        return result;
    }

    @Test
    void rolesEnterpriseDataAndManagersArriveAsInTheSourceAndTheDisabledUserStaysOut() {
        try (var migrated = MigratedSandbox.start(DemoData.scenario(), dir, PlanOptions.defaults())) {
            SandboxFixture fixture = migrated.fixture();
            var seeded = fixture.seeded();
            var source = readWithSdk(fixture, seeded.source(), seeded.sourceRegion(), seeded.sourceIdentityStoreId());
            var target = readWithSdk(fixture, seeded.target(), seeded.targetRegion(), seeded.targetIdentityStoreId());

            assertThat(source).hasSize(40);
            assertThat(source.get(CHLOE)).extracting(d -> ((Map<?, ?>) d.get("enterprise")).get("manager"))
                    .isEqualTo(ETHAN);
            var expected = new TreeMap<>(source);
            expected.remove(ETHAN);
            // Chloé's manager is Ethan, who is not created: her manager is left out, the rest arrives.
            @SuppressWarnings("unchecked")
            var chloe = new TreeMap<>((Map<String, Object>) expected.get(CHLOE).get("enterprise"));
            chloe.remove("manager");
            expected.put(CHLOE, userData(expected.get(CHLOE).get("roles"), chloe, Map.of()));
            assertThat(target).isEqualTo(expected);

            var cli = new AwsCli(fixture.sandbox(), dir);
            cli.requireKnows("identitystore", "list-users", "--extensions");
            assertThat(readWithCli(cli, seeded.source(), seeded.sourceRegion(), seeded.sourceIdentityStoreId()))
                    .isEqualTo(source);
            assertThat(readWithCli(cli, seeded.target(), seeded.targetRegion(), seeded.targetIdentityStoreId()))
                    .isEqualTo(target);

            // The independent reader: the whole target as derived from the source by AWS's rules
            // (Ethan, his memberships and assignments left out, Chloé without a manager).
            ImportExpectation.assertMatches(fixture.readTarget(), fixture.expectedTarget(false), "The demo target");

            // The plan's words, in the journal: Ethan skipped for being disabled, and what depends on him.
            JournalRun run = JournalReader.run(migrated.journal(), null);
            String becauseOfEthan = "user " + ETHAN + " will not exist in the target (it is disabled in the source "
                    + "and not created)";
            assertThat(run.leftAlone()).filteredOn(i -> i.category() == Category.USERS && i.label().equals(ETHAN))
                    .singleElement().satisfies(i -> assertThat(i.reason()).isEqualTo(UserKind.DISABLED_SKIPPED));
            assertThat(run.leftAlone()).filteredOn(i -> i.label().contains(ETHAN) && i.category() != Category.USERS)
                    .extracting(ReportItem::category).contains(Category.MEMBERSHIPS, Category.ASSIGNMENTS);
            assertThat(run.leftAlone()).filteredOn(i -> i.label().contains(ETHAN) && i.category() != Category.USERS)
                    .allSatisfy(i -> assertThat(i.reason()).isEqualTo(becauseOfEthan));
            assertThat(run.items(ItemStatus.FAILED)).isEmpty();

            // Verify: nothing drifted, Ethan still left alone with the plan's reason.
            DriftCheck check = migrated.verify(PlanOptions.defaults());
            assertThat(check.drift()).isEmpty();
            assertThat(check.leftAlone()).filteredOn(i -> i.label().equals(ETHAN)).singleElement()
                    .satisfies(i -> assertThat(i.detail()).contains(UserKind.DISABLED_SKIPPED));

            assertThat(run.warnings()).extracting(PlanWarning::message).contains(CHLOE + ": enterprise.manager is "
                    + "left out, because user " + ETHAN + " will not exist in the target (it is disabled in the source "
                    + "and not created).");
            List<FollowUp> followUps = ReportAssembler.of(run, migrated.snapshot(), Face.COMMAND_LINE).assemble().followUps();
            assertThat(followUps).extracting(FollowUp::title).doesNotContain(DisabledUsers.DISABLE_TITLE)
                    .contains(DisabledUsers.LEFT_OUT_TITLE);
            assertThat(followUps).filteredOn(f -> f.title().equals(DisabledUsers.LEFT_OUT_TITLE)).singleElement()
                    .satisfies(f -> assertThat(f.items()).containsExactly(ETHAN));
        }
    }

    @Test
    void withTheOptionTheDisabledUserIsCreatedAndDisablingThemIsTheFirstThingToDo() {
        try (var migrated = MigratedSandbox.start(DemoData.scenario(), dir,
                PlanOptions.defaults().withIncludeDisabledUsers(true))) {
            SandboxFixture fixture = migrated.fixture();
            var seeded = fixture.seeded();
            var source = readWithSdk(fixture, seeded.source(), seeded.sourceRegion(), seeded.sourceIdentityStoreId());
            var target = readWithSdk(fixture, seeded.target(), seeded.targetRegion(), seeded.targetIdentityStoreId());
            assertThat(target).isEqualTo(source);
            ImportExpectation.assertMatches(fixture.readTarget(), fixture.expectedTarget(true), "The demo target");
            var cli = new AwsCli(fixture.sandbox(), dir);
            assertThat(readWithCli(cli, seeded.target(), seeded.targetRegion(), seeded.targetIdentityStoreId()))
                    .isEqualTo(source);
            assertThat(migrated.verify(PlanOptions.defaults().withIncludeDisabledUsers(true)).drift()).isEmpty();
            try (IdentitystoreClient client = Clients.identityStore(fixture.sandbox(), seeded.target(),
                    seeded.targetRegion())) {
                String store = seeded.targetIdentityStoreId();
                assertThat(client.listUsersPaginator(r -> r.identityStoreId(store)).users())
                        .filteredOn(u -> u.userName().equals(ETHAN)).singleElement()
                        .satisfies(u -> assertThat(u.userStatus()).isEqualTo(UserStatus.ENABLED));
            }

            ReportData data = ReportAssembler.of(JournalReader.run(migrated.journal(), null), migrated.snapshot(), Face.COMMAND_LINE)
                    .assemble();
            FollowUp first = data.followUps().get(0);
            assertThat(first.title()).isEqualTo("Disable these users in the IAM Identity Center console");
            assertThat(first.items()).containsExactly(ETHAN);
            assertThat(first.detail()).contains("AWS's API creates every user enabled")
                    .contains("Users → the user → Disable user access");
            assertThat(data.followUps()).extracting(FollowUp::title).doesNotContain(DisabledUsers.LEFT_OUT_TITLE);
        }
    }
}
