package co.pump.icm.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import co.pump.icm.apply.ApplyListener;
import co.pump.icm.apply.ImportSession;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.ExportListener;
import co.pump.icm.aws.InstanceReader;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.data.DemoData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.identitystore.IdentitystoreClient;
import software.amazon.awssdk.services.ssoadmin.SsoAdminClient;

/**
 * The test-side reader sees what it must: after the demo import the target matches the source,
 * and each kind of damage a faulty import could do — a field changed, an item missing, an item
 * twice — makes the comparison fail with a line naming it.
 */
class InventoryReaderTest {

    @TempDir
    static Path dir;

    static SandboxFixture fixture;
    static IdentitystoreClient identityStore;
    static SsoAdminClient ssoAdmin;
    static String storeId;
    static String instanceArn;

    @BeforeAll
    static void importTheDemo() {
        fixture = SandboxFixture.demo();
        var rates = RateSettings.AWS_DEFAULTS.withRate(1000);
        try (var clients = AwsClients.open(fixture.source(), 16)) {
            var snapshot = new InstanceReader(clients, new AwsCallRunner(rates), ExportListener.NONE).read(null).config();
            try (var target = AwsClients.open(fixture.target(), 16)) {
                var session = new ImportSession(target, new AwsCallRunner(rates));
                var plan = session.plan(snapshot, PlanOptions.defaults(), ExportListener.NONE);
                assertThat(session.apply(plan, dir.resolve("j.jsonl"), ApplyListener.NONE, null).failures()).isEmpty();
            }
        }
        var credentials = SandboxFixture.credentials(fixture.seeded().target());
        var region = Region.of(fixture.seeded().targetRegion());
        identityStore = IdentitystoreClient.builder().endpointOverride(fixture.sandbox().endpoint()).region(region)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
        ssoAdmin = SsoAdminClient.builder().endpointOverride(fixture.sandbox().endpoint()).region(region)
                .credentialsProvider(credentials).httpClient(UrlConnectionHttpClient.create()).build();
        storeId = fixture.seeded().targetIdentityStoreId();
        instanceArn = fixture.seeded().targetInstanceArn();
    }

    @AfterAll
    static void stop() {
        identityStore.close();
        ssoAdmin.close();
        fixture.close();
    }

    private static void assertTargetMatches() {
        ImportExpectation.assertMatches(fixture.readTarget(), fixture.expectedTarget(), "The target");
    }

    private static String userId(String userName) {
        return identityStore.getUserId(r -> r.identityStoreId(storeId).alternateIdentifier(a -> a.uniqueAttribute(u -> u
                .attributePath("userName").attributeValue(Document.fromString(userName))))).userId();
    }

    private static String permissionSet(String name) {
        return ssoAdmin.listPermissionSetsPaginator(r -> r.instanceArn(instanceArn)).permissionSets().stream()
                .filter(a -> ssoAdmin.describePermissionSet(r -> r.instanceArn(instanceArn).permissionSetArn(a))
                        .permissionSet().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theImportedDemoMatchesItsSource() {
        assertTargetMatches();
        Inventory target = fixture.readTarget();
        // The demo's 40 people but Ethan Brooks, disabled in the source and left out by default.
        assertThat(fixture.readSource().items(InventoryKinds.USERS)).hasSize(40);
        assertThat(target.items(InventoryKinds.USERS)).hasSize(39);
        assertThat(target.keys(InventoryKinds.USERS)).doesNotContain("ethan.brooks@larkspur.example");
        assertThat(target.keys(InventoryKinds.MEMBERSHIPS)).noneMatch(k -> k.endsWith(" ∋ ethan.brooks@larkspur.example"));
        assertThat(target.items(InventoryKinds.PERMISSION_SETS)).hasSize(12);
        assertThat(target.keys(InventoryKinds.ACCESS_CONTROL)).containsExactlyInAnyOrder("Department", "CostCenter",
                "Division");
        assertThat(target.items(InventoryKinds.ASSIGNMENTS)).isNotEmpty()
                .allSatisfy(a -> assertThat(InventoryKinds.Assignments.account(a))
                        .isIn(DemoData.PROD, DemoData.STAGING, DemoData.DEV, DemoData.SECURITY));
    }

    @Test
    void aChangedFieldIsSeen() {
        String user = userId("maya.okafor@larkspur.example");
        var title = identityStore.describeUser(r -> r.identityStoreId(storeId).userId(user)).title();
        identityStore.updateUser(r -> r.identityStoreId(storeId).userId(user).operations(o -> o.attributePath("title")
                .attributeValue(Document.fromString("Chief Everything Officer"))));
        try {
            assertThatThrownBy(InventoryReaderTest::assertTargetMatches).hasMessageContaining(
                    "users: maya.okafor@larkspur.example differs: Title expected " + title
                            + " but found Chief Everything Officer");
        } finally {
            identityStore.updateUser(r -> r.identityStoreId(storeId).userId(user).operations(o -> o
                    .attributePath("title").attributeValue(Document.fromString(title))));
        }
        assertTargetMatches();
    }

    @Test
    void aChangedRoleDepartmentOrManagerIsSeen() {
        String maya = userId("maya.okafor@larkspur.example");
        var before = identityStore.describeUser(r -> r.identityStoreId(storeId).userId(maya)
                .extensions(InventoryKinds.ENTERPRISE));
        String department = InventoryKinds.ENTERPRISE + ".department";
        String manager = InventoryKinds.ENTERPRISE + ".manager.value";
        var enterprise = before.extensions().get(InventoryKinds.ENTERPRISE).asMap();
        String managerId = enterprise.get("manager").asMap().get("value").asString();
        assertThat(identityStore.describeUser(r -> r.identityStoreId(storeId).userId(managerId)).userName())
                .isEqualTo("george.harris@larkspur.example");
        String expected = "users: maya.okafor@larkspur.example differs: Extensions expected ";

        update(maya, "roles", Document.listBuilder().addDocument(Document.mapBuilder().putString("Value", "Intern")
                .putString("Type", "work").putBoolean("Primary", true).build()).build());
        try {
            assertThatThrownBy(InventoryReaderTest::assertTargetMatches).hasMessageContaining(
                    "users: maya.okafor@larkspur.example differs: Roles expected [{Primary=true, Type=work, Value="
                            + before.roles().get(0).value() + "}] but found [{Primary=true, Type=work, Value=Intern}]");
        } finally {
            update(maya, "roles", Document.listBuilder().addDocument(Document.mapBuilder()
                    .putString("Value", before.roles().get(0).value()).putString("Type", before.roles().get(0).type())
                    .putBoolean("Primary", before.roles().get(0).primary()).build()).build());
        }
        update(maya, department, Document.fromString("Catering"));
        try {
            assertThatThrownBy(InventoryReaderTest::assertTargetMatches).hasMessageContaining(expected)
                    .hasMessageContaining("department=Platform Engineering")
                    .hasMessageContaining("department=Catering");
        } finally {
            update(maya, department, enterprise.get("department"));
        }
        // Another person of the target as her manager: seen by name, as the source names George.
        update(maya, manager, Document.fromString(userId("wei.chen@larkspur.example")));
        try {
            assertThatThrownBy(InventoryReaderTest::assertTargetMatches).hasMessageContaining(expected)
                    .hasMessageContaining("manager={value=george.harris@larkspur.example}")
                    .hasMessageContaining("manager={value=wei.chen@larkspur.example}");
        } finally {
            update(maya, manager, Document.fromString(managerId));
        }
        assertTargetMatches();
    }

    private static void update(String userId, String path, Document value) {
        identityStore.updateUser(r -> r.identityStoreId(storeId).userId(userId).operations(o -> o.attributePath(path)
                .attributeValue(value)));
    }

    @Test
    void aMissingMembershipIsSeen() {
        String user = userId("wei.chen@larkspur.example");
        String group = identityStore.getGroupId(r -> r.identityStoreId(storeId).alternateIdentifier(a -> a
                .uniqueAttribute(u -> u.attributePath("displayName").attributeValue(Document.fromString("Developers")))))
                .groupId();
        String membership = identityStore.getGroupMembershipId(r -> r.identityStoreId(storeId).groupId(group)
                .memberId(m -> m.userId(user))).membershipId();
        identityStore.deleteGroupMembership(r -> r.identityStoreId(storeId).membershipId(membership));
        try {
            assertThatThrownBy(InventoryReaderTest::assertTargetMatches)
                    .hasMessageContaining("memberships: missing Developers ∋ wei.chen@larkspur.example");
        } finally {
            identityStore.createGroupMembership(r -> r.identityStoreId(storeId).groupId(group).memberId(m -> m.userId(user)));
        }
        assertTargetMatches();
    }

    @Test
    void anAssignmentMadeTwiceIsCountedTwice() throws Exception {
        String sarah = userId("sarah.obrien@larkspur.example");
        // ListAccountAssignmentsForPrincipal is for the management account only: look where she is assigned.
        var assignment = ssoAdmin.listAccountAssignmentsPaginator(r -> r.instanceArn(instanceArn)
                        .accountId(DemoData.PROD).permissionSetArn(permissionSet("DatabaseAdmin")))
                .accountAssignments().stream().filter(a -> a.principalId().equals(sarah)).findFirst().orElseThrow();
        var request = ssoAdmin.createAccountAssignment(r -> r.instanceArn(instanceArn).targetId(assignment.accountId())
                .targetType("AWS_ACCOUNT").permissionSetArn(assignment.permissionSetArn())
                .principalType(assignment.principalType()).principalId(assignment.principalId()));
        assertThat(request.accountAssignmentCreationStatus().statusAsString()).isIn("IN_PROGRESS", "SUCCEEDED");
        try {
            assertThatThrownBy(InventoryReaderTest::assertTargetMatches)
                    .hasMessageContaining("is there 2 times, expected 1")
                    .hasMessageContaining("twin: assignments: " + assignment.accountId() + " / ");
        } finally {
            ssoAdmin.deleteAccountAssignment(r -> r.instanceArn(instanceArn).targetId(assignment.accountId())
                    .targetType("AWS_ACCOUNT").permissionSetArn(assignment.permissionSetArn())
                    .principalType(assignment.principalType()).principalId(assignment.principalId()));
        }
        assertTargetMatches();
    }

    @Test
    void aChangedPolicyIsSeen() {
        String arn = permissionSet("DataEngineer");
        String policy = ssoAdmin.getInlinePolicyForPermissionSet(r -> r.instanceArn(instanceArn).permissionSetArn(arn))
                .inlinePolicy();
        ssoAdmin.putInlinePolicyToPermissionSet(r -> r.instanceArn(instanceArn).permissionSetArn(arn).inlinePolicy(
                policy.replace("s3:GetObject", "s3:DeleteBucket")));
        try {
            assertThatThrownBy(InventoryReaderTest::assertTargetMatches)
                    .hasMessageContaining("permission sets: DataEngineer differs: InlinePolicy expected");
        } finally {
            ssoAdmin.putInlinePolicyToPermissionSet(r -> r.instanceArn(instanceArn).permissionSetArn(arn)
                    .inlinePolicy(policy));
        }
        assertTargetMatches();
    }
}
