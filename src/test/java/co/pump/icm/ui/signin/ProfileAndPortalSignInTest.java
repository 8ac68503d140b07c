package co.pump.icm.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;

import co.pump.icm.aws.signin.AwsProfile;
import co.pump.icm.aws.signin.CheckStatus;
import co.pump.icm.aws.signin.PortalAccount;
import co.pump.icm.aws.signin.PortalRole;
import co.pump.icm.aws.signin.ProfileKind;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.testing.SandboxFixture;
import co.pump.icm.ui.tasks.ImmediateTaskExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "AWS profile" and "IAM Identity Center sign-in" tabs, without a screen, against the sandbox. */
class ProfileAndPortalSignInTest {

    private static SandboxFixture fixture;

    @TempDir
    Path dir;

    private AwsFiles files;
    private final ImmediateTaskExecutor tasks = new ImmediateTaskExecutor();
    private SignInSteps steps;

    @BeforeAll
    static void startSandbox() {
        fixture = SandboxFixture.demo();
    }

    @AfterAll
    static void stopSandbox() {
        fixture.close();
    }

    @BeforeEach
    void writeFiles() {
        files = new AwsFiles(dir, fixture.sandbox().endpoint(), fixture.seeded());
        steps = new SignInSteps(tasks, SignInServices.defaults().withProfiles(files::signIn));
    }

    @AfterEach
    void close() {
        steps.close();
    }

    private AwsProfile profile(String name) {
        return steps.source.profile().profiles().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /** Approves each code as soon as the step shows it, as the user would in the browser. */
    private void approveCodesAs(String user) {
        steps.source.device().codeProperty().addListener((obs, was, code) -> {
            if (code != null) {
                assertThat(AwsFiles.approve(fixture.sandbox().endpoint(), code.userCode(), user)).isEqualTo(200);
            }
        });
    }

    @Test
    void theProfilesAreListedWithTheirKindAndRegion() {
        steps.source.onEnter();

        assertThat(steps.source.profile().profiles())
                .extracting(AwsProfile::name, AwsProfile::kind, AwsProfile::region)
                .containsExactly(
                        tuple("default", ProfileKind.UNKNOWN, "us-east-1"),
                        tuple("auditor", ProfileKind.ASSUME_ROLE, null),
                        tuple("larkspur", ProfileKind.STATIC_KEYS, "us-east-1"),
                        tuple("larkspur-sso", ProfileKind.IDENTITY_CENTER, "us-east-1"),
                        tuple("pump-admin", ProfileKind.STATIC_KEYS, "eu-west-1"),
                        tuple("region-only", ProfileKind.UNKNOWN, "eu-west-1"));
        assertThat(steps.source.profile().noticeProperty().get()).isEmpty();
        assertThat(tasks.titles()).containsExactly("Reading the AWS profiles");
    }

    @Test
    void choosingAProfileFillsItsRegionAndCheckSignsIn() {
        steps.source.onEnter();
        var form = steps.source.profile();

        form.selectedProperty().set(profile("pump-admin"));
        assertThat(form.regionProperty().get()).isEqualTo("eu-west-1");
        form.selectedProperty().set(profile("larkspur"));
        assertThat(form.regionProperty().get()).isEqualTo("us-east-1");
        form.check();

        assertThat(steps.source.isValid()).isTrue();
        assertThat(steps.source.checklist()).extracting(ChecklistLine::status).containsOnly(CheckStatus.OK);
        assertThat(steps.state.sourceProperty().get().display()).isEqualTo("111111111111 (larkspur-management) · us-east-1 ✓");
        assertThat(steps.state.sourceAwsProperty().get().endpoint()).isEqualTo(fixture.sandbox().endpoint());
    }

    @Test
    void aProfileWithoutCredentialsIsExplained() {
        steps.source.onEnter();
        steps.source.profile().selectedProperty().set(profile("region-only"));

        steps.source.profile().check();

        assertThat(steps.source.errorProperty().get().sentence()).isEqualTo("The profile "
                + "'region-only' cannot be used to sign in: it has no access keys, role, IAM Identity Center or credential_process settings "
                + "(no credentials). Choose another profile.");
        assertThat(steps.source.isValid()).isFalse();
    }

    @Test
    void refreshReadsTheFilesAgainAndKeepsTheChoice() {
        steps.source.onEnter();
        steps.source.profile().selectedProperty().set(profile("larkspur"));
        files.append("[profile zeta]\nregion = ap-southeast-2\n");

        steps.source.profile().refresh();

        assertThat(steps.source.profile().profiles()).extracting(AwsProfile::name).contains("zeta");
        assertThat(steps.source.profile().selectedProperty().get().name()).isEqualTo("larkspur");
    }

    @Test
    void noFilesMeansNoProfilesAndSaysWhatElseToUse() throws Exception {
        Files.delete(files.config);
        Files.delete(files.credentials);

        steps.source.onEnter();

        assertThat(steps.source.profile().profiles()).isEmpty();
        assertThat(steps.source.profile().noticeProperty().get()).startsWith("No AWS profiles were found on this computer");
    }

    @Test
    void aBrokenConfigFileIsASentence() throws Exception {
        Files.writeString(files.config, "[profile broken\nregion = us-east-1\n");

        steps.source.onEnter();

        assertThat(steps.source.errorProperty().get().sentence()).isEqualTo("The AWS config file " + files.config
                + " could not be read. Check it with 'aws configure list-profiles'.");
    }

    @Test
    void anIdentityCenterProfileWithoutASignInLeadsToTheInAppSignIn() {
        steps.source.onEnter();
        steps.source.profile().selectedProperty().set(profile("larkspur-sso"));

        steps.source.profile().check();

        var device = steps.source.device();
        assertThat(steps.source.methodProperty().get()).isEqualTo(SignInMethod.IDENTITY_CENTER);
        assertThat(device.startUrlProperty().get()).isEqualTo(AwsFiles.startUrl(fixture.seeded()));
        assertThat(device.regionProperty().get()).isEqualTo("us-east-1");
        assertThat(device.noticeProperty().get()).isEqualTo("You have not signed in to IAM Identity Center with the "
                + "profile 'larkspur-sso' on this computer. Sign in with IAM Identity Center here, or run: "
                + "aws sso login --profile larkspur-sso");
        assertThat(steps.source.isValid()).isFalse();

        approveCodesAs(AwsFiles.ADMIN_USER);
        device.start();

        assertThat(steps.source.isValid()).as("the profile's account and role are taken at once").isTrue();
        assertThat(steps.state.sourceProperty().get().display()).isEqualTo("111111111111 (larkspur-management) · us-east-1 ✓");
        assertThat(device.phaseProperty().get()).isEqualTo(DeviceSignInForm.Phase.SIGNED_IN);
        assertThat(device.noticeProperty().get()).isEmpty();
    }

    @Test
    void theInAppSignInShowsACodeThenTheAccountsAndRolesToChooseFrom() {
        var device = steps.source.device();
        device.startUrlProperty().set(AwsFiles.startUrl(fixture.seeded()));
        device.regionProperty().set("us-east-1");
        steps.source.endpointUrlProperty().set(fixture.sandbox().endpoint().toString());
        var shown = new java.util.ArrayList<String>();
        device.codeProperty().addListener((obs, was, code) -> {
            if (code != null) {
                shown.add(code.userCode());
                device.openBrowser();
            }
        });
        approveCodesAs(AwsFiles.ADMIN_USER);

        device.start();

        assertThat(shown).singleElement().asString().matches("[A-Z]{4}-[A-Z]{4}");
        assertThat(steps.opened).singleElement().asString()
                .isEqualTo(fixture.sandbox().endpoint() + "/device?user_code=" + shown.get(0));
        assertThat(device.phaseProperty().get()).isEqualTo(DeviceSignInForm.Phase.SIGNED_IN);
        assertThat(device.codeProperty().get()).isNull();
        assertThat(device.choice().accounts()).extracting(PortalAccount::accountId).contains(DemoData.MANAGEMENT);
        assertThat(steps.source.isValid()).isFalse();

        device.choice().accountProperty().set(device.choice().accounts().stream()
                .filter(a -> a.accountId().equals(DemoData.MANAGEMENT)).findFirst().orElseThrow());
        assertThat(device.choice().roles()).extracting(PortalRole::roleName).contains("AdministratorAccess");
        device.choice().roleProperty().set(device.choice().roles().stream()
                .filter(r -> r.roleName().equals("AdministratorAccess")).findFirst().orElseThrow());
        device.useRole();

        assertThat(steps.source.isValid()).isTrue();
        assertThat(steps.state.sourceProperty().get().display()).isEqualTo("111111111111 (larkspur-management) · us-east-1 ✓");
        assertThat(fixture.sandbox().calls().count("sso-portal", "GetRoleCredentials")).isPositive();
    }

    @Test
    void aBadStartUrlIsRefusedBeforeAnythingIsSent() {
        var device = steps.source.device();
        device.startUrlProperty().set("http://d-1234567890.awsapps.com/start");
        device.regionProperty().set("us-east-1");

        device.start();

        assertThat(steps.source.errorProperty().get().sentence()).isEqualTo("'http://d-1234567890.awsapps.com/start' "
                + "is not an AWS access portal URL. It looks like https://d-1234567890.awsapps.com/start (IAM Identity "
                + "Center shows it on its Dashboard).");
        assertThat(device.phaseProperty().get()).isEqualTo(DeviceSignInForm.Phase.IDLE);
        assertThat(tasks.titles()).isEmpty();
    }

    @Test
    void choosingAProfileAfterKeysClearsTheTypedSecret() {
        var source = fixture.seeded().source();
        steps.source.keys().fill(source.accessKeyId(), source.secretAccessKey(), source.sessionToken(), "us-east-1");
        steps.source.endpointUrlProperty().set(fixture.sandbox().endpoint().toString());
        steps.source.checkAccessKeys();
        var keysTarget = steps.state.sourceAwsProperty().get();
        steps.source.endpointUrlProperty().set("");
        steps.source.onEnter();

        steps.source.profile().selectedProperty().set(profile("larkspur"));
        steps.source.profile().check();

        assertThat(steps.source.isValid()).isTrue();
        assertThat(steps.source.keys().secretAccessKeyProperty().get()).isEmpty();
        assertThat(steps.source.keys().sessionTokenProperty().get()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> keysTarget.credentials().resolveCredentials())
                .hasMessageContaining("cleared from memory");
    }

    @Test
    void thePortalSessionIsClosedWhenAnotherSignInIsChosenOrTheWizardCloses() {
        var device = steps.source.device();
        device.startUrlProperty().set(AwsFiles.startUrl(fixture.seeded()));
        device.regionProperty().set("us-east-1");
        steps.source.endpointUrlProperty().set(fixture.sandbox().endpoint().toString());
        approveCodesAs(AwsFiles.ADMIN_USER);
        device.start();
        device.choice().accountProperty().set(device.choice().accounts().stream()
                .filter(a -> a.accountId().equals(DemoData.MANAGEMENT)).findFirst().orElseThrow());
        device.useRole();
        var first = device.session();
        assertThat(steps.source.isValid()).isTrue();

        // Keys replace the portal sign-in: its session is closed.
        var source = fixture.seeded().source();
        steps.source.keys().fill(source.accessKeyId(), source.secretAccessKey(), source.sessionToken(), "us-east-1");
        steps.source.checkAccessKeys();
        assertThat(steps.source.isValid()).isTrue();
        assertThat(first.toString()).endsWith(", closed]");
        assertThat(device.phaseProperty().get()).isEqualTo(DeviceSignInForm.Phase.IDLE);

        // Signed in with the portal again, the session stays open while the state uses it, until the wizard closes.
        device.start();
        device.choice().accountProperty().set(device.choice().accounts().stream()
                .filter(a -> a.accountId().equals(DemoData.MANAGEMENT)).findFirst().orElseThrow());
        device.useRole();
        var second = device.session();
        assertThat(second.toString()).doesNotContain("closed");
        assertThat(steps.source.keys().secretAccessKeyProperty().get()).isEmpty();

        steps.source.onClose();

        assertThat(second.toString()).endsWith(", closed]");
    }
}
