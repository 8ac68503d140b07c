package co.pump.icm.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import co.pump.icm.apply.ApplyListener;
import co.pump.icm.apply.ApplyResult;
import co.pump.icm.apply.ImportSession;
import co.pump.icm.apply.ItemResult;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.MigratorException;
import co.pump.icm.plan.Plan;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.sandbox.state.KmsRefusal;
import co.pump.icm.sandbox.state.SandboxInstance;
import co.pump.icm.testing.SandboxFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export and import against a multi-Region target found through one of its additional Regions,
 * and against a target whose customer managed KMS key AWS KMS refuses.
 */
class InstanceRegionsAndKeyTest {

    private static final RateSettings FAST = RateSettings.AWS_DEFAULTS.withRate(1000);
    private static final String ADDITIONAL = "eu-central-1";
    private static final String KEY = "arn:aws:kms:eu-west-1:999999999999:key/mrk-1234567890abcdef1234567890abcdef";

    @TempDir
    Path dir;

    private static SandboxInstance target(SandboxFixture fixture) {
        return fixture.world().instance(fixture.seeded().targetInstanceArn()).orElseThrow();
    }

    private static ExportResult read(AwsTarget target) {
        try (var clients = AwsClients.open(target, 16)) {
            return new InstanceReader(clients, new AwsCallRunner(FAST), ExportListener.NONE).read(null);
        }
    }

    @Test
    void aMultiRegionInstanceIsReadAndWrittenInItsPrimaryRegionAndTheRunSaysSo() {
        try (var fixture = SandboxFixture.demo()) {
            synchronized (fixture.world()) {
                target(fixture).additionalRegions.put(ADDITIONAL, 1_767_225_600.0);
            }
            AwsTarget throughAdditional = fixture.target(fixture.seeded().target(), ADDITIONAL);
            IdentityCenterConfig snapshot = read(fixture.source()).config();

            ExportResult before = read(throughAdditional);
            assertThat(before.config().source().region()).isEqualTo(DemoData.TARGET_REGION);
            assertThat(before.warnings()).contains("The IAM Identity Center instance "
                    + fixture.seeded().targetInstanceArn() + " is a multi-Region instance whose primary Region is "
                    + "eu-west-1; eu-central-1 is one of its additional Regions. The migrator reads and writes in eu-west-1, "
                    + "the only Region where AWS accepts changes to users, groups, permission sets and assignments.");

            try (var clients = AwsClients.open(throughAdditional, 32)) {
                var session = new ImportSession(clients, new AwsCallRunner(FAST));
                Plan plan = session.plan(snapshot, PlanOptions.defaults(), ExportListener.NONE);
                ApplyResult result = session.apply(plan, dir.resolve("journal.jsonl"), ApplyListener.NONE, null);
                // The sandbox refuses every write outside the primary Region: none failed, so none went there.
                assertThat(result.failures()).isEmpty();
                assertThat(result.items()).hasSizeGreaterThan(100);
            }
            // Every user of the snapshot but those disabled in the source, which an import leaves out by default.
            assertThat(read(fixture.target()).config().users()).extracting(u -> u.userName())
                    .containsExactlyInAnyOrderElementsOf(snapshot.users().stream()
                            .filter(u -> !"DISABLED".equals(u.userStatus())).map(u -> u.userName()).toList())
                    .hasSize(snapshot.users().size() - 1);
        }
    }

    @Test
    void aKeyAwsKmsRefusesIsNamedWithTheAccountThatCanFixIt() {
        try (var fixture = SandboxFixture.demo()) {
            IdentityCenterConfig snapshot = read(fixture.source()).config();
            synchronized (fixture.world()) {
                target(fixture).kmsKeyArn = KEY;
                target(fixture).kmsRefusal = KmsRefusal.ACCESS_DENIED;
            }
            var refused = catchThrowableOfType(MigratorException.class, () -> read(fixture.target()));
            // The export's reads run side by side: whichever AWS refused first is named.
            assertThat(refused.getMessage()).matches("(identitystore|sso):\\w+ on .+ failed: .*")
                    .endsWith(" failed: AWS KMS denied the use of the instance's "
                    + "customer managed KMS key " + KEY + ". Someone in account 999999999999, which owns the IAM "
                    + "Identity Center instance and its key, must change the key policy so that it lets the identity "
                    + "you signed in with use the key through IAM Identity Center (docs/permissions.md lists what the "
                    + "key policy must allow).");

            // Planned while the key worked, imported after it was disabled: every item says why, never a bare error.
            synchronized (fixture.world()) {
                target(fixture).kmsRefusal = null;
            }
            try (var clients = AwsClients.open(fixture.target(), 32)) {
                var session = new ImportSession(clients, new AwsCallRunner(FAST));
                Plan plan = session.plan(snapshot, PlanOptions.defaults(), ExportListener.NONE);
                synchronized (fixture.world()) {
                    target(fixture).kmsRefusal = KmsRefusal.DISABLED;
                }
                ApplyResult result = session.apply(plan, dir.resolve("journal.jsonl"), ApplyListener.NONE, null);
                assertThat(result.failures()).isNotEmpty();
                ItemResult user = result.items().stream().filter(i -> i.changeId().equals("user:"
                        + "maya.okafor@larkspur.example")).findFirst().orElseThrow();
                assertThat(user.reason()).isEqualTo("identitystore:CreateUser on user maya.okafor@larkspur.example "
                        + "failed: the instance's customer managed KMS key " + KEY + " is disabled. Someone in "
                        + "account 999999999999, which owns the IAM Identity Center instance and its key, must enable "
                        + "it in AWS KMS.");
                assertThat(result.failures()).allSatisfy(f -> assertThat(f.reason()).contains(KEY));
            }
        }
    }
}
