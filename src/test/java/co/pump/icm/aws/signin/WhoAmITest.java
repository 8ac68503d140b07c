package co.pump.icm.aws.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Set;

import co.pump.icm.aws.AwsTarget;
import co.pump.icm.sandbox.data.DemoData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The who-am-I checklist for each demo identity, against the sandbox. */
class WhoAmITest {

    static SignInSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = new SignInSandbox();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void theSourceManagementAccountHoldsItsInstance() {
        Identity me = new WhoAmI().check(sandbox.target(sandbox.seeded.source(), DemoData.SOURCE_REGION));
        assertThat(me.ok()).isTrue();
        assertThat(me.accountId()).isEqualTo(DemoData.MANAGEMENT);
        assertThat(me.arn()).isEqualTo(sandbox.seeded.source().arn());
        assertThat(me.organization()).isEqualTo(new AwsOrganization(DemoData.SOURCE_ORGANIZATION, DemoData.MANAGEMENT));
        assertThat(me.isManagementAccount()).isTrue();
        assertThat(me.instance()).isEqualTo(new IdentityCenterInstance(sandbox.seeded.sourceInstanceArn(),
                sandbox.seeded.sourceIdentityStoreId(), "us-east-1", DemoData.MANAGEMENT, AdminRole.MANAGEMENT_ACCOUNT,
                "larkspur", java.util.List.of("us-east-1"), new InstanceEncryption("AWS_OWNED_KMS_KEY", null)));
        assertThat(me.instance().defaultPortalUrl()).isEqualTo(sandbox.sourceStartUrl());
        assertThat(me.users()).isEqualTo(new VisibleCount(40, false));
        assertThat(me.groups()).isEqualTo(new VisibleCount(8, false));
        assertThat(me.checks()).extracting(Check::title, Check::status, Check::message).containsExactly(
                tuple(WhoAmI.CREDENTIALS, CheckStatus.OK, "Signed in to account 111111111111 as "
                        + sandbox.seeded.source().arn() + "."),
                tuple(WhoAmI.ORGANIZATION, CheckStatus.OK,
                        "Account 111111111111 is the management account of the organization o-larkspur01."),
                tuple(WhoAmI.IDENTITY_CENTER, CheckStatus.OK, "Account 111111111111 administers the instance "
                        + sandbox.seeded.sourceInstanceArn() + " (identity store " + sandbox.seeded.sourceIdentityStoreId()
                        + ") in us-east-1 as the management account."),
                tuple(WhoAmI.DIRECTORY, CheckStatus.OK, "40 users and 8 groups are visible in the identity store "
                        + sandbox.seeded.sourceIdentityStoreId() + "."));
    }

    @Test
    void withoutARegionTheTargetInstanceIsFoundInEuWest1() {
        Identity me = new WhoAmI().check(sandbox.target(sandbox.seeded.target(), null));
        assertThat(me.ok()).isTrue();
        assertThat(me.region()).isEqualTo("eu-west-1");
        assertThat(me.isManagementAccount()).isFalse();
        assertThat(me.instance().role()).isEqualTo(AdminRole.DELEGATED_ADMINISTRATOR);
        assertThat(me.instance().ownerAccountId()).isEqualTo(DemoData.TARGET_MANAGEMENT);
        assertThat(me.checks().get(1).message()).isEqualTo("Account 888888888888 is a member of the organization "
                + "o-pump000001 (management account 999999999999).");
        assertThat(me.checks().get(2).message()).isEqualTo("Account 888888888888 administers the instance "
                + sandbox.seeded.targetInstanceArn() + " (identity store " + sandbox.seeded.targetIdentityStoreId()
                + ") in eu-west-1 (found by searching " + IdentityCenterRegions.ALL.size()
                + " regions) as delegated administrator.");
        assertThat(me.checks().get(3).message()).isEqualTo("The identity store "
                + sandbox.seeded.targetIdentityStoreId() + " has no users or groups yet.");
    }

    @Test
    void inTheWrongRegionItSaysWhichRegionToChoose() {
        Identity me = new WhoAmI().check(sandbox.target(sandbox.seeded.target(), "us-west-2"));
        assertThat(me.ok()).isFalse();
        assertThat(me.problems()).extracting(Check::message).containsExactly("Account 888888888888 administers no "
                + "IAM Identity Center instance in us-west-2, but it does in eu-west-1. Choose the region eu-west-1.");
        assertThat(me.instance().region()).isEqualTo("eu-west-1");
        assertThat(me.region()).isEqualTo("eu-west-1");
    }

    @Test
    void aMemberAccountAdministersNothing() {
        Identity me = new WhoAmI(java.util.List.of("us-east-1", "eu-west-1")).check(
                sandbox.target(sandbox.seeded.member(), null));
        assertThat(me.signedIn()).isTrue();
        assertThat(me.instance()).isNull();
        assertThat(me.checks()).extracting(Check::status).containsExactly(CheckStatus.OK, CheckStatus.OK,
                CheckStatus.PROBLEM, CheckStatus.SKIPPED);
        assertThat(me.problems().get(0).message()).isEqualTo("Account " + sandbox.seeded.member().accountId()
                + " administers no IAM Identity Center instance in any of the 2 regions searched. Sign in to the "
                + "organization's management account, or to its delegated administrator for IAM Identity Center.");
        assertThat(me.checks().get(3).message()).isEqualTo("Not checked: there is no IAM Identity Center instance to read.");
    }

    @Test
    void unknownKeysAreAProblemAndNothingElseIsChecked() {
        AwsTarget stranger = AwsTarget.withCredentials(StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")),
                "us-east-1", sandbox.endpoint());
        Identity me = new WhoAmI().check(stranger);
        assertThat(me.signedIn()).isFalse();
        assertThat(me.checks()).extracting(Check::status).containsExactly(CheckStatus.PROBLEM, CheckStatus.SKIPPED,
                CheckStatus.SKIPPED, CheckStatus.SKIPPED);
        assertThat(me.problems().get(0).message()).isEqualTo("AWS did not accept the credentials "
                + "(InvalidClientTokenId). Check the access key ID and secret access key, or choose another profile.");
        assertThat(me.toString()).doesNotContain("wJalrXUtnFEMI");
    }

    @Test
    void deniedReadsAreExplainedNamingTheAction() {
        var member = sandbox.seeded.targetManagement();
        sandbox.restrict(member, Set.of("sso:ListInstances"));
        try {
            Identity me = new WhoAmI().check(sandbox.target(member, DemoData.TARGET_REGION));
            assertThat(me.checks()).extracting(Check::status).containsExactly(CheckStatus.OK, CheckStatus.WARNING,
                    CheckStatus.OK, CheckStatus.WARNING, CheckStatus.PROBLEM);
            assertThat(me.checks().get(1).message()).isEqualTo("AWS denied organizations:DescribeOrganization, so "
                    + "the organization could not be checked. Add it to the policy of the identity you signed in with "
                    + "(docs/permissions.md) to have it checked.");
            assertThat(me.checks().get(3).message()).isEqualTo("Could not read which KMS key encrypts the instance: "
                    + "AWS denied sso:DescribeInstance on instance " + sandbox.seeded.targetInstanceArn() + ". Add "
                    + "sso:DescribeInstance to the policy of the identity you signed in with (docs/permissions.md "
                    + "lists what the migrator needs).");
            assertThat(me.instance().encryption()).isNull();
            assertThat(me.instance().role()).isEqualTo(AdminRole.MANAGEMENT_ACCOUNT);
            assertThat(me.isManagementAccount()).isTrue();
            assertThat(me.problems().get(0).message()).isEqualTo("AWS denied identitystore:ListUsers on identity store "
                    + sandbox.seeded.targetIdentityStoreId() + ". Add identitystore:ListUsers to the policy of the "
                    + "identity you signed in with (docs/permissions.md lists what the migrator needs).");

            sandbox.restrict(member, Set.of());
            Identity none = new WhoAmI().check(sandbox.target(member, DemoData.TARGET_REGION));
            assertThat(none.problems()).extracting(Check::message).containsExactly("AWS denied sso:ListInstances on "
                    + "region eu-west-1. Add sso:ListInstances to the policy of the identity you signed in with "
                    + "(docs/permissions.md lists what the migrator needs).");
        } finally {
            synchronized (sandbox.world) {
                sandbox.world.policies.remove(member.accessKeyId());
            }
        }
    }

    @Test
    void theWhoAmIPolicyIsEnough() {
        var target = sandbox.seeded.target();
        sandbox.restrict(target, PermissionPolicy.WHO_AM_I.actions());
        try {
            assertThat(new WhoAmI().check(sandbox.target(target, null)).ok()).isTrue();
        } finally {
            synchronized (sandbox.world) {
                sandbox.world.policies.remove(target.accessKeyId());
            }
        }
    }
}
