package co.pump.icm.ui.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import co.pump.icm.apply.ApplyListener;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.model.IdentityCenterConfig;
import co.pump.icm.model.PermissionSet;
import co.pump.icm.model.User;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.testing.SandboxFixture;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.importing.Migrations;
import co.pump.icm.ui.importing.TargetSession;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.ImmediateTaskExecutor;
import co.pump.icm.verify.AccessCheck;
import co.pump.icm.verify.AccessStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ssoadmin.model.PrincipalType;
import software.amazon.awssdk.services.ssoadmin.model.TargetType;

/**
 * "Sign in as a user" against the sandbox after the demo import, without a screen: the code is
 * approved on the demo sandbox's page as soon as it shows, as the demo's button does.
 */
class SignInCardTest {

    static final String SARAH = "sarah.obrien@larkspur.example";

    @TempDir
    Path dir;

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();
    private final RecordingLinks links = new RecordingLinks();

    @AfterEach
    void cleanUp() {
        settings.remove();
    }

    private MigrationState imported(SandboxFixture fixture) {
        MigrationState state = Migrations.confirmed(fixture, dir, PlanOptions.defaults());
        state.applyResultProperty().set(new TargetSession(fixture.target(), Migrations.FAST)
                .apply(state.planProperty().get(), dir.resolve("acme.journal.jsonl"), ApplyListener.NONE, null));
        state.demoModeProperty().set(true);
        return state;
    }

    /** The step, entered, with every code approved in the demo as soon as it shows. */
    private AccessViewModel enter(MigrationState state) {
        var model = new AccessViewModel(Migrations.context(state, new ImmediateTaskExecutor(),
                new TestFiles.QueuedFilePicker(), settings.app()), Migrations.FAST, links);
        model.onEnter();
        model.signIn().codeProperty().addListener((obs, was, code) -> {
            if (code != null) {
                model.signIn().openBrowser();
                model.signIn().approveInDemo();
            }
        });
        return model;
    }

    @Test
    void aUserSeesWhatTheSnapshotGivesThemAndTheTestIsKeptForTheReport() {
        try (var fixture = SandboxFixture.demo()) {
            MigrationState state = imported(fixture);
            AccessViewModel model = enter(state);
            var disabled = state.getSnapshot().config().users().stream()
                    .filter(u -> "DISABLED".equals(u.userStatus())).map(User::userName).toList();
            assertThat(disabled).as("the demo has a disabled user, who cannot sign in").isNotEmpty();
            assertThat(model.signIn().users()).hasSize(40 - disabled.size()).contains(SARAH)
                    .doesNotContainAnyElementsOf(disabled);

            model.signIn().userProperty().set(SARAH);
            model.startSignIn();

            SignInCard card = model.signIn();
            assertThat(card.errorProperty().get()).isNull();
            assertThat(card.stateProperty().get()).isEqualTo(SignInCard.State.DONE);
            assertThat(card.headlineProperty().get())
                    .isEqualTo("✓ " + SARAH + " sees exactly what the snapshot gives them: 6 roles in 4 accounts.");
            assertThat(card.checks()).hasSize(6).allSatisfy(c -> assertThat(c.status()).isEqualTo(AccessStatus.PRESENT));
            assertThat(card.checks()).extracting(SignInCard::line)
                    .contains("✓ Present · " + DemoData.PROD + " (larkspur-prod) · DatabaseAdmin · direct");
            assertThat(card.feedbackProperty().get()).isEqualTo("✓ Approved as " + SARAH + ". Reading what they see…");
            assertThat(links.opened()).singleElement().asString().contains("/device?user_code=");
            assertThat(state.accessTests()).singleElement().satisfies(r -> assertThat(r.userName()).isEqualTo(SARAH));
            assertThat(fixture.sandbox().calls().records()).anyMatch(c -> "ListAccountRoles".equals(c.operation()));
        }
    }

    @Test
    void anAssignmentDeletedInTheTargetIsMissing() {
        try (var fixture = SandboxFixture.demo()) {
            MigrationState state = imported(fixture);
            deleteAssignment(fixture, DemoData.PROD, "DatabaseAdmin", SARAH);
            AccessViewModel model = enter(state);

            model.signIn().userProperty().set(SARAH);
            model.startSignIn();

            SignInCard card = model.signIn();
            assertThat(card.headlineProperty().get()).isEqualTo("✗ " + SARAH + ": 1 missing, 0 unexpected.");
            assertThat(card.checks()).filteredOn(c -> c.status() != AccessStatus.PRESENT).extracting(SignInCard::line)
                    .containsExactly("✗ Missing · " + DemoData.PROD + " (larkspur-prod) · DatabaseAdmin · direct");
            assertThat(state.accessTests()).singleElement().satisfies(r -> assertThat(r.passed()).isFalse());
        }
    }

    @Test
    void aPortalAddressOfNoInstanceIsRefusedWithASentence() {
        try (var fixture = SandboxFixture.demo()) {
            MigrationState state = imported(fixture);
            AccessViewModel model = enter(state);
            model.portal().urlProperty().set("https://d-0000000000.awsapps.com/start");

            model.signIn().userProperty().set(SARAH);
            model.startSignIn();

            assertThat(model.signIn().stateProperty().get()).isEqualTo(SignInCard.State.FAILED);
            assertThat(model.signIn().errorProperty().get().sentence())
                    .contains("did not accept the start URL https://d-0000000000.awsapps.com/start");
            assertThat(state.accessTests()).isEmpty();
        }
    }

    @Test
    void withoutAChosenUserNothingStarts() {
        try (var fixture = SandboxFixture.demo()) {
            AccessViewModel model = enter(imported(fixture));

            model.startSignIn();

            assertThat(model.signIn().errorProperty().get().sentence()).isEqualTo("Choose a user of the snapshot to sign in as.");
            assertThat(fixture.sandbox().calls().records()).noneMatch(c -> "StartDeviceAuthorization".equals(c.operation()));
        }
    }

    @Test
    void aCheckReadsAsALine() {
        var unexpected = new AccessCheck(DemoData.DEV, null, "AdministratorAccess", AccessStatus.UNEXPECTED,
                java.util.List.of());
        var viaGroups = new AccessCheck(DemoData.STAGING, "larkspur-staging", "ReadOnly", AccessStatus.PRESENT,
                java.util.List.of("direct", "group Developers"));

        assertThat(SignInCard.line(unexpected)).isEqualTo("! Unexpected · " + DemoData.DEV + " · AdministratorAccess");
        assertThat(SignInCard.line(viaGroups))
                .isEqualTo("✓ Present · " + DemoData.STAGING + " (larkspur-staging) · ReadOnly · direct, group Developers");
    }

    /** Deletes one assignment in the target through the SDK, as someone in the console would. */
    static void deleteAssignment(SandboxFixture fixture, String accountId, String permissionSetName, String userName) {
        IdentityCenterConfig target = Migrations.export(fixture.target());
        String arn = target.permissionSets().stream().filter(p -> p.name().equals(permissionSetName))
                .map(PermissionSet::origin).findFirst().orElseThrow().id();
        String userId = target.users().stream().filter(u -> u.userName().equals(userName)).map(User::origin)
                .findFirst().orElseThrow().id();
        try (var clients = AwsClients.open(fixture.target(), 4)) {
            String requestId = clients.ssoAdmin().deleteAccountAssignment(r -> r.instanceArn(target.source().instanceArn())
                    .targetId(accountId).targetType(TargetType.AWS_ACCOUNT).permissionSetArn(arn)
                    .principalType(PrincipalType.USER).principalId(userId))
                    .accountAssignmentDeletionStatus().requestId();
            for (int i = 0; i < 100; i++) {
                var status = clients.ssoAdmin().describeAccountAssignmentDeletionStatus(r -> r
                        .instanceArn(target.source().instanceArn()).accountAssignmentDeletionRequestId(requestId))
                        .accountAssignmentDeletionStatus().statusAsString();
                if (!"IN_PROGRESS".equals(status)) {
                    return;
                }
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
