package co.pump.icm.aws.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.sandbox.state.KmsRefusal;
import co.pump.icm.sandbox.state.SandboxInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who am I for a multi-Region target instance encrypted with a customer managed KMS key. */
class WhoAmIRegionsAndKeyTest {

    private static final String KEY = "arn:aws:kms:eu-west-1:999999999999:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    private SignInSandbox sandbox;
    private SandboxInstance target;

    @BeforeEach
    void start() {
        sandbox = new SignInSandbox();
        target = sandbox.world.instance(sandbox.seeded.targetInstanceArn()).orElseThrow();
        synchronized (sandbox.world) {
            target.additionalRegions.put("eu-central-1", 1_767_225_600.0);
            target.additionalRegions.put("ap-southeast-2", 1_767_225_600.0);
            target.kmsKeyArn = KEY;
        }
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void itShowsTheRegionsAndTheKeyAndWorksInThePrimaryRegion() {
        Identity me = new WhoAmI().check(sandbox.target(sandbox.seeded.target(), "eu-central-1"));
        assertThat(me.ok()).isTrue();
        assertThat(me.region()).isEqualTo(DemoData.TARGET_REGION);
        assertThat(me.instance().region()).isEqualTo("eu-west-1");
        assertThat(me.instance().regions()).containsExactly("eu-west-1", "eu-central-1", "ap-southeast-2");
        assertThat(me.instance().encryption()).isEqualTo(new InstanceEncryption("CUSTOMER_MANAGED_KEY", KEY));
        assertThat(me.checks()).extracting(Check::title, Check::status).containsExactly(
                tuple(WhoAmI.CREDENTIALS, CheckStatus.OK), tuple(WhoAmI.ORGANIZATION, CheckStatus.OK),
                tuple(WhoAmI.IDENTITY_CENTER, CheckStatus.OK), tuple(WhoAmI.ENCRYPTION, CheckStatus.OK),
                tuple(WhoAmI.DIRECTORY, CheckStatus.OK));
        assertThat(me.checks().get(2).message()).isEqualTo("Account 888888888888 administers the instance "
                + sandbox.seeded.targetInstanceArn() + " (identity store " + sandbox.seeded.targetIdentityStoreId()
                + ") in eu-west-1 (its primary Region; also in eu-central-1, ap-southeast-2) as delegated "
                + "administrator. eu-central-1 is one of its additional Regions: the migrator works in the primary Region "
                + "eu-west-1, the only one where AWS accepts changes to users, groups, permission sets and "
                + "assignments.");
        assertThat(me.checks().get(3).message()).isEqualTo("The instance's data is encrypted with the customer "
                + "managed KMS key " + KEY + " of account 999999999999. Its key policy must let the identity you "
                + "signed in with use the key through IAM Identity Center (docs/permissions.md); reading the users "
                + "and groups shows whether it does.");
    }

    @Test
    void aKeyAwsKmsRefusesIsAProblemNamingTheKeyAndWhoCanFixIt() {
        synchronized (sandbox.world) {
            target.kmsRefusal = KmsRefusal.ACCESS_DENIED;
        }
        Identity me = new WhoAmI(List.of("eu-west-1")).check(sandbox.target(sandbox.seeded.target(), "eu-west-1"));
        assertThat(me.problems()).extracting(Check::title, Check::message).containsExactly(tuple(WhoAmI.DIRECTORY,
                "identitystore:ListUsers on identity store " + sandbox.seeded.targetIdentityStoreId() + " failed: AWS "
                        + "KMS denied the use of the instance's customer managed KMS key " + KEY + ". Someone in "
                        + "account 999999999999, which owns the IAM Identity Center instance and its key, must change "
                        + "the key policy so that it lets the identity you signed in with use the key through IAM "
                        + "Identity Center (docs/permissions.md lists what the key policy must allow)."));
    }
}
