package co.pump.icm.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import co.pump.icm.model.Application;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.sandbox.CallRecord;
import co.pump.icm.sandbox.data.ApplicationSeed;
import co.pump.icm.sandbox.data.ConsoleApplications;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.sandbox.state.ApplicationKind;
import co.pump.icm.sandbox.state.ApplicationPortal;
import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.api.Test;

/**
 * A delegated administrator lists the applications of its own account only (AWS requires a
 * member account to filter ListApplications by its account, and the sandbox refuses it
 * otherwise: see docs/aws-behaviour.md, applications); the management account lists them all.
 */
class ApplicationsAsDelegatedAdministratorTest {

    private static final RateSettings FAST = RateSettings.AWS_DEFAULTS.withRate(1000);

    @Test
    void theDelegatedAdministratorReadsTheApplicationsOfItsOwnAccountAndTheManagementAccountReadsAll() {
        try (var fixture = SandboxFixture.demo()) {
            String instance = fixture.seeded().targetInstanceArn();
            ConsoleApplications.recreate(fixture.world(), instance, seed("Payroll", ApplicationKind.CUSTOM_SAML_PROVIDER,
                    DemoData.TARGET_MANAGEMENT));
            ConsoleApplications.recreate(fixture.world(), instance, seed("Handbook", ApplicationKind.CUSTOM_OAUTH_PROVIDER,
                    DemoData.TARGET_DELEGATED_ADMIN));

            assertThat(names(read(fixture.target()))).as("as the delegated administrator").containsExactly("Handbook");
            List<CallRecord> lists = fixture.sandbox().calls().records(c -> c.operation().equals("ListApplications"));
            assertThat(lists).isNotEmpty().allSatisfy(c -> {
                assertThat(c.account()).isEqualTo(DemoData.TARGET_DELEGATED_ADMIN);
                assertThat(c.error()).as("answered, not refused").isNull();
            });

            assertThat(names(read(fixture.targetManagement()))).as("as the management account")
                    .containsExactlyInAnyOrder("Handbook", "Payroll");
        }
    }

    private static IdentityCenterConfig read(AwsTarget target) {
        try (var clients = AwsClients.open(target, 8)) {
            return new InstanceReader(clients, new AwsCallRunner(FAST), ExportListener.NONE).read(null).config();
        }
    }

    private static List<String> names(IdentityCenterConfig config) {
        return config.applications().stream().map(Application::name).toList();
    }

    private static ApplicationSeed seed(String name, String provider, String account) {
        return new ApplicationSeed(name, provider, account, "Made in the console", "ENABLED",
                new ApplicationPortal("ENABLED", "IDENTITY_CENTER", null), null, List.of(), null, List.of());
    }
}
