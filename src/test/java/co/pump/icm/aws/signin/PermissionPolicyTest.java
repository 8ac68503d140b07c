package co.pump.icm.aws.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import co.pump.icm.apply.ApplyResult;
import co.pump.icm.aws.ApiFamily;
import co.pump.icm.aws.AwsCallRunner;
import co.pump.icm.aws.AwsProblems;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.aws.InstanceWriter;
import co.pump.icm.aws.RateSettings;
import co.pump.icm.model.Group;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.sandbox.CallRecord;
import co.pump.icm.sandbox.data.DemoData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The documented policies, enforced by the sandbox: the export works with the export policy and
 * cannot write; a whole import (with its preview read) and who-am-I work with the import policy,
 * and everything they called is in it.
 */
class PermissionPolicyTest {

    private final SignInSandbox sandbox = new SignInSandbox();

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void theExportPolicyReadsEverythingAndWritesNothing() {
        var source = sandbox.seeded.source();
        sandbox.restrict(source, PermissionPolicy.EXPORT.actions());
        IdentityCenterConfig exported = MigrationRun.export(sandbox.target(source, DemoData.SOURCE_REGION));
        assertThat(exported.users()).hasSize(40);
        assertThat(exported.accounts()).isNotEmpty();
        assertThat(new WhoAmI().check(sandbox.target(source, null)).ok()).isTrue();
        assertThat(denials()).isEmpty();

        try (var clients = AwsClients.open(sandbox.target(source, DemoData.SOURCE_REGION), 4)) {
            var writer = new InstanceWriter(clients, new AwsCallRunner(RateSettings.AWS_DEFAULTS),
                    sandbox.seeded.sourceInstanceArn(), sandbox.seeded.sourceIdentityStoreId());
            // The writer hands AWS's refusal to the import, which explains it; here, as the import would.
            assertThatThrownBy(() -> writer.createGroup(new Group("Intruders", null, java.util.List.of(), null)))
                    .isInstanceOfSatisfying(SdkException.class, e -> assertThat(AwsProblems.explain(e,
                            ApiFamily.IDENTITY_STORE, "CreateGroup", "group Intruders")).hasMessage("AWS denied "
                            + "identitystore:CreateGroup on group Intruders. Add identitystore:CreateGroup to the policy "
                            + "of the identity you signed in with (docs/permissions.md lists what the migrator needs)."));
            PermissionSet any = exported.permissionSets().get(0);
            assertThatThrownBy(() -> writer.createPermissionSet(any)).isInstanceOfSatisfying(SdkException.class,
                    e -> assertThat(e.getMessage()).contains("is not authorized to perform: sso:CreatePermissionSet"));
            assertThatThrownBy(() -> writer.provisionToAllAccounts(any.origin().id(), any.name()))
                    .isInstanceOfSatisfying(SdkException.class, e -> assertThat(AwsProblems.isAccessDenied(e)).isTrue());
        }
        assertThat(denials()).extracting(CallRecord::operation)
                .containsExactly("CreateGroup", "CreatePermissionSet", "ProvisionPermissionSet");
    }

    @Test
    void theImportPolicyIsEnoughForAWholeImportAndWhoAmI(@TempDir Path dir) {
        IdentityCenterConfig snapshot = MigrationRun.export(sandbox.target(sandbox.seeded.source(), DemoData.SOURCE_REGION));
        var target = sandbox.seeded.target();
        sandbox.restrict(target, PermissionPolicy.IMPORT.actions());
        assertThat(new WhoAmI().check(sandbox.target(target, null)).ok()).isTrue();

        ApplyResult result = MigrationRun.importInto(sandbox.target(target, DemoData.TARGET_REGION), snapshot,
                dir.resolve("journal.jsonl"));
        // Users, groups, memberships, permission sets and assignments were written; what failed
        // (DataEngineer's missing policy in dev) failed for another reason than permissions.
        assertThat(result.count(co.pump.icm.apply.Outcome.SUCCEEDED)).isGreaterThan(80);
        assertThat(result.failures()).allSatisfy(f -> assertThat(f.reason()).doesNotContain("denied"));
        assertThat(denials()).isEmpty();

        Set<String> called = new TreeSet<>();
        sandbox.sandbox.calls().records().stream().filter(r -> DemoData.TARGET_DELEGATED_ADMIN.equals(r.account()))
                .forEach(r -> called.add(iamPrefix(r.service()) + ":" + r.operation()));
        called.remove("sts:GetCallerIdentity");
        assertThat(PermissionPolicy.IMPORT.actions()).containsAll(called);
        assertThat(called).contains("identitystore:CreateUser", "sso:CreateAccountAssignment",
                "sso:DescribeAccountAssignmentCreationStatus");
    }

    @Test
    void theWhoAmIPolicyIsInBothOthersAndEveryPolicyIsDocumented() throws Exception {
        assertThat(PermissionPolicy.EXPORT.actions()).containsAll(PermissionPolicy.WHO_AM_I.actions());
        assertThat(PermissionPolicy.IMPORT.actions()).containsAll(PermissionPolicy.WHO_AM_I.actions())
                .containsAll(PermissionPolicy.EXPORT.actions());
        String doc = Files.readString(Path.of("docs/permissions.md"), StandardCharsets.UTF_8);
        for (PermissionPolicy policy : PermissionPolicy.values()) {
            assertThat(doc).contains(policy.json().strip());
        }
        assertThat(PermissionPolicy.WHO_AM_I.actions()).containsExactly("organizations:DescribeOrganization",
                "sso:ListInstances", "sso:DescribeInstance", "identitystore:ListUsers", "identitystore:ListGroups");
    }

    private java.util.List<CallRecord> denials() {
        return sandbox.sandbox.calls().records().stream().filter(r -> "AccessDeniedException".equals(r.error())).toList();
    }

    private static String iamPrefix(String service) {
        return "sso-admin".equals(service) ? "sso" : service;
    }
}
