package co.pump.icm.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import co.pump.icm.compare.CompareOptions;
import co.pump.icm.kind.ConfigurationComparer;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.MigratorException;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InstanceReaderTest {

    static SandboxFixture fixture;

    @BeforeAll
    static void start() {
        fixture = SandboxFixture.demo();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    static ExportResult export(AwsTarget target, List<String> warnings) {
        try (var clients = AwsClients.open(target, 20)) {
            var reader = new InstanceReader(clients, new AwsCallRunner(RateSettings.AWS_DEFAULTS.withRate(500)),
                    new ExportListener() {
                        @Override
                        public void onProgress(ExportProgress progress) {
                        }

                        @Override
                        public void onWarning(String warning) {
                            warnings.add(warning);
                        }
                    });
            return reader.read(null);
        }
    }

    @Test
    void readsTheWholeDemoInstanceFieldForField() {
        var warnings = new ArrayList<String>();
        ExportResult result = export(fixture.source(), warnings);
        IdentityCenterConfig exported = result.config();
        IdentityCenterConfig expected = DemoData.scenario().sourceConfig();

        var comparison = ConfigurationComparer.compare(expected, exported, CompareOptions.defaults());
        assertThat(comparison.users().differences()).isEmpty();
        assertThat(comparison.groups().differences()).isEmpty();
        assertThat(comparison.memberships().differences()).isEmpty();
        assertThat(comparison.permissionSets().differences()).isEmpty();
        assertThat(comparison.assignments().differences()).isEmpty();
        assertThat(comparison.accessControl().differences()).isEmpty();
        assertThat(exported.users()).hasSize(expected.users().size());
        assertThat(exported.assignments()).hasSize(expected.assignments().size());
        // Every record carries its source ID.
        assertThat(exported.users()).allSatisfy(u -> assertThat(u.origin().id()).isNotBlank());
        assertThat(exported.permissionSets()).allSatisfy(p -> assertThat(p.origin().id()).startsWith("arn:aws:sso:::permissionSet/"));
        assertThat(exported.source().accountId()).isEqualTo(fixture.seeded().source().accountId());
        assertThat(exported.source().instanceArn()).isEqualTo(fixture.seeded().sourceInstanceArn());
        assertThat(exported.source().identityStoreId()).isEqualTo(fixture.seeded().sourceIdentityStoreId());
        assertThat(exported.source().organizationId()).isNotNull();
        assertThat(exported.source().callerArn()).isEqualTo(fixture.seeded().source().arn());
    }

    @Test
    void onlyReadsAndCallsEachListOnce() {
        var before = fixture.sandbox().calls().records().size();
        export(fixture.source(), new ArrayList<>());
        var calls = fixture.sandbox().calls().records().subList(before, fixture.sandbox().calls().records().size());
        assertThat(calls).isNotEmpty();
        assertThat(calls).allSatisfy(c -> assertThat(c.operation()).matches("(List|Describe|Get).*"));
        // AWS answers "not found" for a permission set without a boundary; nothing else fails.
        assertThat(calls).filteredOn(c -> c.error() != null).allSatisfy(c -> {
            assertThat(c.operation()).isEqualTo("GetPermissionsBoundaryForPermissionSet");
            assertThat(c.error()).isEqualTo("ResourceNotFoundException");
        });
        assertThat(fixture.sandbox().calls().anyWrite()).isFalse();
    }

    @Test
    void aMemberAccountThatAdministersNothingGetsASentence() {
        assertThatThrownBy(() -> export(fixture.member(), new ArrayList<>()))
                .isInstanceOf(MigratorException.class)
                .hasMessageStartingWith("Account " + fixture.seeded().member().accountId()
                        + " administers no IAM Identity Center instance in eu-west-1.");
    }

    @Test
    void theWrongRegionFindsNoInstance() {
        var source = fixture.source();
        var elsewhere = new AwsTarget(null, "ap-southeast-2", source.endpoint(), source.credentials(), null, System::getenv);
        assertThatThrownBy(() -> export(elsewhere, new ArrayList<>()))
                .isInstanceOf(MigratorException.class)
                .hasMessageContaining("administers no IAM Identity Center instance in ap-southeast-2");
    }

    @Test
    void unknownCredentialsAreExplained() {
        var bad = fixture.target(new co.pump.icm.sandbox.state.SandboxCredential("AKIAUNKNOWNKEY000000", "secret", null,
                "123456789012", "arn:aws:iam::123456789012:user/x"), "us-east-1");
        assertThatThrownBy(() -> export(bad, new ArrayList<>()))
                .isInstanceOf(MigratorException.class)
                .hasMessage("AWS did not accept the credentials (InvalidClientTokenId). Check the access key ID and "
                        + "secret access key, or choose another profile.");
    }

    @Test
    void namesOnlyReadOperationsInTheExportPolicy() throws Exception {
        var policy = new String(InstanceReaderTest.class.getResourceAsStream("/co/pump/icm/aws/policies/export.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        var before = fixture.sandbox().calls().records().size();
        export(fixture.source(), new ArrayList<>());
        var calls = fixture.sandbox().calls().records().subList(before, fixture.sandbox().calls().records().size());
        Set<String> needed = new java.util.TreeSet<>();
        for (var call : calls) {
            if (!call.service().equals("sts")) {
                String prefix = call.service().equals("sso-admin") ? "sso" : call.service();
                needed.add(prefix + ":" + call.operation());
            }
        }
        assertThat(needed).isNotEmpty().allSatisfy(action -> assertThat(policy).contains("\"" + action + "\""));
        String doc = java.nio.file.Files.readString(java.nio.file.Path.of("docs/permissions.md"));
        assertThat(doc).contains(policy.strip());
    }
}
