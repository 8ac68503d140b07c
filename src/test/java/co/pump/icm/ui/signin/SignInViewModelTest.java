package co.pump.icm.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import co.pump.icm.aws.AwsTarget;
import co.pump.icm.aws.signin.CheckStatus;
import co.pump.icm.aws.signin.MigrationRoles;
import co.pump.icm.aws.signin.WhoAmI;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.sandbox.data.SeededWorld;
import co.pump.icm.sandbox.state.SandboxCredential;
import co.pump.icm.ui.state.AccountIdentity;
import co.pump.icm.ui.state.DemoSandbox;
import co.pump.icm.ui.tasks.ImmediateTaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both sign-in steps' logic against the running demo sandbox, without a screen. */
class SignInViewModelTest {

    private static DemoSandbox demo;
    private static SeededWorld world;

    private final ImmediateTaskExecutor tasks = new ImmediateTaskExecutor();
    private final SignInSteps steps = new SignInSteps(tasks, SignInServices.defaults());

    @BeforeAll
    static void startDemo() {
        demo = DemoSandbox.start();
        world = demo.world();
    }

    @AfterAll
    static void stopDemo() {
        demo.close();
    }

    @AfterEach
    void close() {
        steps.close();
    }

    private void enterDemo() {
        steps.state.demoModeProperty().set(true);
        steps.state.demoSandboxProperty().set(demo);
    }

    private void type(SignInViewModel step, SandboxCredential keys, String region) {
        step.keys().fill(keys.accessKeyId(), keys.secretAccessKey(), keys.sessionToken(), region);
        step.endpointUrlProperty().set(demo.endpoint().toString());
    }

    @Test
    void theDemoFillsInTheSourceKeysAndSignsInOnEnter() {
        enterDemo();

        steps.source.onEnter();

        var step = steps.source;
        assertThat(step.methodProperty().get()).isEqualTo(SignInMethod.ACCESS_KEYS);
        assertThat(step.keys().accessKeyIdProperty().get()).isEqualTo(world.source().accessKeyId());
        assertThat(step.keys().regionProperty().get()).isEqualTo("us-east-1");
        assertThat(step.endpointUrlProperty().get()).isEqualTo(demo.endpoint().toString());
        assertThat(step.checklist()).extracting(ChecklistLine::status, ChecklistLine::title).containsExactly(
                tuple(CheckStatus.OK, WhoAmI.CREDENTIALS), tuple(CheckStatus.OK, WhoAmI.ORGANIZATION),
                tuple(CheckStatus.OK, WhoAmI.IDENTITY_CENTER), tuple(CheckStatus.OK, WhoAmI.DIRECTORY),
                tuple(CheckStatus.OK, MigrationRoles.SOURCE));
        assertThat(step.checklist()).extracting(ChecklistLine::mark).containsOnly("✓");
        assertThat(step.verdictProperty().get())
                .isEqualTo("✓ Ready: you can export from account 111111111111 (larkspur-management).");
        assertThat(step.isValid()).isTrue();
        assertThat(step.errorProperty().get()).isNull();
        assertThat(tasks.titles()).containsExactly("Checking the access keys");

        var state = steps.state;
        assertThat(state.sourceProperty().get())
                .isEqualTo(new AccountIdentity(DemoData.MANAGEMENT, "larkspur-management", "us-east-1", true));
        assertThat(state.sourceProperty().get().display()).isEqualTo("111111111111 (larkspur-management) · us-east-1 ✓");
        AwsTarget aws = state.sourceAwsProperty().get();
        assertThat(aws.region()).isEqualTo("us-east-1");
        assertThat(aws.endpoint()).isEqualTo(demo.endpoint());
        assertThat(aws.credentials().resolveCredentials().accessKeyId()).isEqualTo(world.source().accessKeyId());
        assertThat(state.sourceIdentityProperty().get().instance().instanceArn()).isEqualTo(world.sourceInstanceArn());
        assertThat(state.targetProperty().get()).isNull();
    }

    @Test
    void enteringAgainDoesNotCheckAgain() {
        enterDemo();
        steps.source.onEnter();
        steps.source.onLeave();
        steps.source.onEnter();

        assertThat(tasks.titles()).hasSize(1);
        assertThat(steps.source.isValid()).isTrue();
    }

    @Test
    void theDemoTargetIsTheNewDelegatedAdministratorInAnotherOrganization() {
        enterDemo();
        steps.source.onEnter();

        steps.target.onEnter();

        var step = steps.target;
        assertThat(step.keys().accessKeyIdProperty().get()).isEqualTo(world.target().accessKeyId());
        assertThat(step.checklist()).extracting(ChecklistLine::status).containsOnly(CheckStatus.OK);
        assertThat(step.checklist().get(step.checklist().size() - 1).message()).isEqualTo("Account 888888888888 can "
                + "import into the instance " + world.targetInstanceArn() + " in eu-west-1, as delegated administrator.");
        assertThat(step.verdictProperty().get())
                .isEqualTo("✓ Ready: you can import into account 888888888888 (larkspur-identity).");
        assertThat(step.isValid()).isTrue();
        assertThat(steps.state.targetProperty().get().display()).isEqualTo("888888888888 (larkspur-identity) · eu-west-1 ✓");
        assertThat(steps.state.targetAwsProperty().get().region()).isEqualTo("eu-west-1");
        assertThat(steps.state.targetIdentityProperty().get().instance().defaultPortalUrl())
                .isEqualTo("https://" + world.targetIdentityStoreId() + ".awsapps.com/start");
    }

    @Test
    void theTargetRefusesTheSourceKeysWithTheReason() {
        enterDemo();
        steps.source.onEnter();
        steps.target.onEnter();

        type(steps.target, world.source(), "us-east-1");
        steps.target.checkAccessKeys();

        var step = steps.target;
        assertThat(step.isValid()).isFalse();
        assertThat(step.checklist()).filteredOn(line -> line.status() == CheckStatus.PROBLEM)
                .extracting(ChecklistLine::title, ChecklistLine::message)
                .containsExactly(tuple(MigrationRoles.TARGET, "You signed in to account 111111111111 for both the current "
                        + "and the new organization. Sign in to the delegated administrator account of the new "
                        + "organization, which Pump gave you."));
        assertThat(step.verdictProperty().get()).isEqualTo("✗ Signed in to account 111111111111 (larkspur-management), "
                + "but one problem needs fixing before you go on.");
        assertThat(steps.state.targetProperty().get()).isNull();
        assertThat(steps.state.targetAwsProperty().get()).isNull();
        assertThat(steps.state.targetIdentityProperty().get()).isNull();
        assertThat(steps.state.sourceProperty().get()).as("the source is untouched").isNotNull();
    }

    @Test
    void theTargetRefusesAnAccountOfTheSameOrganizationAsTheSource() {
        // The first step was signed in to the new organization's management account by mistake.
        type(steps.source, world.targetManagement(), "eu-west-1");
        steps.source.checkAccessKeys();
        assertThat(steps.source.isValid()).isTrue();

        type(steps.target, world.target(), "eu-west-1");
        steps.target.checkAccessKeys();

        assertThat(steps.target.isValid()).isFalse();
        assertThat(steps.target.checklist()).filteredOn(line -> line.title().equals(MigrationRoles.TARGET))
                .extracting(ChecklistLine::mark, ChecklistLine::message)
                .containsExactly(tuple("✗", "Account 888888888888 is in the same organization as account 999999999999 "
                        + "(organization o-pump000001). The import goes to a different organization: sign in to the "
                        + "delegated administrator account of the new organization, which Pump gave you."));
        assertThat(steps.state.targetAwsProperty().get()).isNull();
    }

    @Test
    void theNewOrganizationsManagementAccountIsAllowedWithAWarning() {
        enterDemo();
        steps.source.onEnter();
        steps.target.onEnter();

        type(steps.target, world.targetManagement(), "eu-west-1");
        steps.target.checkAccessKeys();

        assertThat(steps.target.isValid()).isTrue();
        assertThat(steps.target.checklist()).filteredOn(line -> line.status() == CheckStatus.WARNING)
                .extracting(ChecklistLine::word, ChecklistLine::title).containsExactly(tuple("Warning", MigrationRoles.TARGET));
        assertThat(steps.target.verdictProperty().get()).isEqualTo("⚠ Ready: you can import into account 999999999999 "
                + "(pump-management). Read the warning below.");
        assertThat(steps.state.targetProperty().get().display()).isEqualTo("999999999999 (pump-management) · eu-west-1 ⚠");
    }

    @Test
    void wrongKeysShowAwsRefusalAsASentenceAndAreNotKept() {
        String secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYWRONGKEY99";
        steps.source.keys().fill("AKIAIOSFODNN7EXAMPLE", secret, "", "us-east-1");
        steps.source.endpointUrlProperty().set(demo.endpoint().toString());

        steps.source.checkAccessKeys();

        var step = steps.source;
        assertThat(step.isValid()).isFalse();
        assertThat(step.checklist()).extracting(ChecklistLine::status).containsExactly(CheckStatus.PROBLEM,
                CheckStatus.SKIPPED, CheckStatus.SKIPPED, CheckStatus.SKIPPED);
        ChecklistLine refused = step.checklist().get(0);
        assertThat(refused.message()).startsWith("AWS did not accept the credentials").doesNotContain(secret);
        assertThat(step.verdictProperty().get()).isEqualTo("✗ AWS did not accept this sign-in. The first line below says why.");
        assertThat(step.checklist()).allSatisfy(line -> assertThat(line.text()).doesNotContain(secret));
        assertThat(steps.state.sourceProperty().get()).isNull();
        assertThat(step.keys().secretAccessKeyProperty().get()).as("the field keeps what was typed, to correct it")
                .isEqualTo(secret);
    }

    @Test
    void anEndpointThatCannotBeReachedSaysSoInTheVerdictNotThatAwsRefused() throws Exception {
        int closed;
        try (var socket = new java.net.ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        steps.source.keys().fill("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "", "us-east-1");
        steps.source.endpointUrlProperty().set("http://127.0.0.1:" + closed);

        steps.source.checkAccessKeys();

        assertThat(steps.source.verdictProperty().get()).isEqualTo("✗ AWS could not be reached: the connection was "
                + "refused (the endpoint URL, or a proxy or firewall). Nothing was checked yet; the first line below "
                + "says more.");
        assertThat(steps.source.checklist().get(0).message()).startsWith("Could not reach AWS for sts:GetCallerIdentity: "
                + "the connection was refused.").doesNotContain("SDK Attempt Count");
    }

    @Test
    void anErrorOfOneWayToSignInGoesWhenAnotherTabIsChosen() {
        var step = steps.source;
        step.methodProperty().set(SignInMethod.ACCESS_KEYS);
        step.keys().fill("", "secret", "", "us-east-1");
        step.checkAccessKeys();
        assertThat(step.errorProperty().get()).isNotNull();

        step.methodProperty().set(SignInMethod.IDENTITY_CENTER);

        assertThat(step.errorProperty().get()).isNull();
    }

    @Test
    void keysThatCannotBeKeysAreRefusedBeforeAnythingIsSent() {
        var step = steps.source;
        step.keys().fill("", "secret", "", "us-east-1");
        step.checkAccessKeys();
        assertThat(step.errorProperty().get().sentence()).isEqualTo("Enter the access key ID.");

        step.keys().fill("AKIAIOSFODNN7EXAMPLE", "", "", "us-east-1");
        step.checkAccessKeys();
        assertThat(step.errorProperty().get().sentence()).isEqualTo("Enter the secret access key.");

        step.keys().fill("ASIAIOSFODNN7EXAMPLE", "secret", "", "us-east-1");
        step.checkAccessKeys();
        assertThat(step.errorProperty().get().sentence()).isEqualTo("An access key ID that starts with ASIA is "
                + "temporary and needs its session token. Paste the session token too.");

        step.keys().fill("AKIAIOSFODNN7EXAMPLE", "secret", "", "Ireland");
        step.checkAccessKeys();
        assertThat(step.errorProperty().get().sentence()).isEqualTo("'Ireland' is not an AWS region name (the Region "
                + "field); use one such as us-east-1 or eu-west-1.");

        step.keys().fill("AKIAIOSFODNN7EXAMPLE", "secret", "", "us-east-1");
        step.endpointUrlProperty().set("localhost:4566");
        step.checkAccessKeys();
        assertThat(step.errorProperty().get().sentence()).isEqualTo("The endpoint URL 'localhost:4566' is not a URL "
                + "such as https://host:port. Leave it empty to sign in to AWS itself.");

        assertThat(tasks.titles()).isEmpty();
        assertThat(step.isValid()).isFalse();
    }

    @Test
    void closingTheWizardClearsTheKeysFromMemory() {
        enterDemo();
        steps.source.onEnter();
        AwsTarget aws = steps.state.sourceAwsProperty().get();
        assertThat(aws.credentials().resolveCredentials()).isNotNull();

        steps.source.onClose();

        assertThatThrownBy(() -> aws.credentials().resolveCredentials())
                .hasMessage("The access keys were cleared from memory. Type them in again.");
    }

    @Test
    void aNewSignInReleasesTheKeysOfTheOldOne() {
        enterDemo();
        steps.source.onEnter();
        AwsTarget first = steps.state.sourceAwsProperty().get();

        steps.source.checkAccessKeys();

        assertThat(steps.state.sourceAwsProperty().get()).isNotSameAs(first);
        assertThatThrownBy(() -> first.credentials().resolveCredentials())
                .hasMessage("The access keys were cleared from memory. Type them in again.");
        assertThat(steps.state.sourceAwsProperty().get().credentials().resolveCredentials()).isNotNull();
    }

    @Test
    void theTargetIsJudgedAgainWhenTheSourceChanged() {
        enterDemo();
        steps.source.onEnter();
        steps.target.onEnter();
        assertThat(steps.target.isValid()).isTrue();

        // Back on the source step, the user signs in with the new organization's administrator by mistake.
        type(steps.source, world.target(), "eu-west-1");
        steps.source.checkAccessKeys();
        assertThat(steps.source.isValid()).as("it administers an instance, so it could be a source").isTrue();
        steps.target.onEnter();

        assertThat(steps.target.isValid()).isFalse();
        assertThat(steps.state.targetProperty().get()).isNull();
        assertThat(steps.target.checklist().get(steps.target.checklist().size() - 1).message())
                .startsWith("You signed in to account 888888888888 for both the current and the new organization.");
    }

    @Test
    void leavingTheDemoEmptiesTheStep() {
        enterDemo();
        steps.source.onEnter();
        AwsTarget aws = steps.state.sourceAwsProperty().get();

        steps.state.demoModeProperty().set(false);
        steps.state.demoSandboxProperty().set(null);

        var step = steps.source;
        assertThat(step.keys().accessKeyIdProperty().get()).isEmpty();
        assertThat(step.keys().secretAccessKeyProperty().get()).isEmpty();
        assertThat(step.keys().sessionTokenProperty().get()).isEmpty();
        assertThat(step.endpointUrlProperty().get()).isEmpty();
        assertThat(step.checklist()).isEmpty();
        assertThat(step.isValid()).isFalse();
        assertThat(step.methodProperty().get()).isEqualTo(SignInMethod.PROFILE);
        assertThat(steps.state.sourceProperty().get()).isNull();
        assertThat(steps.state.sourceAwsProperty().get()).isNull();
        assertThatThrownBy(() -> aws.credentials().resolveCredentials()).hasMessageContaining("cleared from memory");
    }

    @Test
    void theWrongRegionIsAProblemThatNamesTheRightOne() {
        type(steps.source, world.source(), "eu-west-1");
        steps.source.checkAccessKeys();

        assertThat(steps.source.isValid()).isFalse();
        assertThat(steps.source.checklist()).filteredOn(line -> line.status() == CheckStatus.PROBLEM)
                .extracting(ChecklistLine::message).containsExactly("Account 111111111111 administers no IAM Identity "
                        + "Center instance in eu-west-1, but it does in us-east-1. Choose the region us-east-1.");
    }

    @Test
    void withoutARegionTheInstanceIsFoundAndItsRegionIsUsed() {
        type(steps.target, world.target(), "");
        steps.target.checkAccessKeys();

        assertThat(steps.target.isValid()).isTrue();
        assertThat(steps.state.targetAwsProperty().get().region()).isEqualTo("eu-west-1");
        assertThat(steps.state.targetProperty().get().region()).isEqualTo("eu-west-1");
    }

    @Test
    void nothingLoggedHoldsASecret() {
        var records = new java.util.concurrent.CopyOnWriteArrayList<String>();
        var handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                records.add(String.valueOf(new java.util.logging.SimpleFormatter().format(record)));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        var root = java.util.logging.Logger.getLogger("");
        var level = root.getLevel();
        // The level the app logs at (AppLogging): what reaches the log file.
        root.setLevel(java.util.logging.Level.INFO);
        root.addHandler(handler);
        try {
            enterDemo();
            steps.source.onEnter();
            steps.target.onEnter();
            type(steps.target, world.source(), "us-east-1");
            steps.target.checkAccessKeys();
            steps.source.keys().fill(world.source().accessKeyId(), "not-the-secret-but-secret-anyway", null, "us-east-1");
            steps.source.checkAccessKeys();
        } finally {
            root.removeHandler(handler);
            root.setLevel(level);
        }

        assertThat(records).anyMatch(r -> r.contains("sign-in checked"));
        for (SandboxCredential keys : java.util.List.of(world.source(), world.target())) {
            assertThat(records).noneMatch(r -> r.contains(keys.secretAccessKey()));
            assertThat(records).noneMatch(r -> keys.sessionToken() != null && r.contains(keys.sessionToken()));
        }
        assertThat(records).noneMatch(r -> r.contains("not-the-secret-but-secret-anyway"));
    }
}
