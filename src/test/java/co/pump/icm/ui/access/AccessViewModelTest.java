package co.pump.icm.ui.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;

import co.pump.icm.apply.ApplyListener;
import co.pump.icm.aws.AwsClients;
import co.pump.icm.model.User;
import co.pump.icm.plan.ChangeKind;
import co.pump.icm.plan.IdentitySource;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.testing.SandboxFixture;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.importing.Migrations;
import co.pump.icm.ui.importing.TargetSession;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.ImmediateTaskExecutor;
import co.pump.icm.verify.IdentityProviderChecklist;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Test step's logic against the sandbox, without a screen. */
class AccessViewModelTest {

    @TempDir
    Path dir;

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();
    private final RecordingLinks links = new RecordingLinks();

    @AfterEach
    void cleanUp() {
        settings.remove();
    }

    private AccessViewModel model(MigrationState state, LinkActions links) {
        return new AccessViewModel(Migrations.context(state, new ImmediateTaskExecutor(),
                new TestFiles.QueuedFilePicker(), settings.app()), Migrations.FAST, links);
    }

    /** The Import step's work: the confirmed plan applied. */
    private MigrationState imported(SandboxFixture fixture, PlanOptions options) {
        MigrationState state = Migrations.confirmed(fixture, dir, options);
        var result = new TargetSession(fixture.target(), Migrations.FAST)
                .apply(state.planProperty().get(), dir.resolve("acme.journal.jsonl"), ApplyListener.NONE, null);
        state.applyResultProperty().set(result);
        state.writesStartedProperty().set(true);
        return state;
    }

    private static String storeId(MigrationState state) {
        return state.planProperty().get().target().source().identityStoreId();
    }

    @Test
    void after_a_complete_import_there_is_no_drift() {
        try (var fixture = SandboxFixture.demo()) {
            MigrationState state = imported(fixture, PlanOptions.defaults());
            AccessViewModel model = model(state, links);

            model.onEnter();

            assertThat(model.drift().stateProperty().get()).isEqualTo(DriftCard.State.NO_DRIFT);
            assertThat(state.verificationProperty().get().noDrift()).isTrue();
            assertThat(model.drift().headlineProperty().get())
                    .startsWith("✓ No drift: the new organization holds everything the import intended (")
                    .endsWith(" items checked).");
            assertThat(model.drift().drift()).isEmpty();
            assertThat(model.drift().noteProperty().get()).contains("left alone by the import on purpose");
            assertThat(model.isValid()).isTrue();
            assertThat(model.externalIdentityProviderProperty().get()).isFalse();
        }
    }

    @Test
    void something_deleted_in_the_target_shows_as_drift() {
        try (var fixture = SandboxFixture.demo()) {
            MigrationState state = imported(fixture, PlanOptions.defaults());
            AccessViewModel model = model(state, links);
            model.onEnter();
            User gone = state.getSnapshot().config().users().get(0);
            try (var clients = AwsClients.open(fixture.target(), 4)) {
                String id = clients.identityStore().getUserId(r -> r.identityStoreId(storeId(state))
                        .alternateIdentifier(a -> a.uniqueAttribute(u -> u.attributePath("userName")
                                .attributeValue(software.amazon.awssdk.core.document.Document.fromString(gone.userName())))))
                        .userId();
                clients.identityStore().deleteUser(r -> r.identityStoreId(storeId(state)).userId(id));
            }

            model.compare();

            assertThat(model.drift().stateProperty().get()).isEqualTo(DriftCard.State.DRIFT);
            assertThat(model.drift().headlineProperty().get()).startsWith("✗ ").contains("differences from what the import intended");
            assertThat(model.drift().drift()).extracting(DriftLine::text)
                    .contains("✗ Users · " + gone.userName() + " — missing in the new organization");
            assertThat(model.drift().drift()).allSatisfy(line -> assertThat(line.kind()).isEqualTo(ChangeKind.CREATE));
        }
    }

    @Test
    void the_comparison_runs_again_on_entering_after_another_import_only() {
        try (var fixture = SandboxFixture.demo()) {
            MigrationState state = imported(fixture, PlanOptions.defaults());
            AccessViewModel model = model(state, links);
            model.onEnter();
            model.onLeave();
            int calls = fixture.sandbox().calls().records().size();

            model.onEnter();
            assertThat(fixture.sandbox().calls().records()).hasSize(calls);

            state.applyResultProperty().set(new TargetSession(fixture.target(), Migrations.FAST)
                    .apply(state.planProperty().get(), dir.resolve("again.jsonl"), ApplyListener.NONE, null));
            model.onLeave();
            model.onEnter();
            assertThat(fixture.sandbox().calls().records().size()).isGreaterThan(calls);
        }
    }

    @Test
    void the_portal_url_is_the_instances_and_can_be_copied_opened_and_edited() {
        try (var fixture = SandboxFixture.demo()) {
            MigrationState state = Migrations.confirmed(fixture, dir, PlanOptions.defaults());
            AccessViewModel model = model(state, links);
            model.onEnter();
            PortalCard portal = model.portal();
            String expected = "https://" + storeId(state) + ".awsapps.com/start";

            assertThat(portal.urlProperty().get()).isEqualTo(expected);
            assertThat(portal.problemProperty().get()).isNull();
            portal.copy();
            assertThat(links.copied()).containsExactly(expected);
            assertThat(portal.feedbackProperty().get()).startsWith("✓ Copied");
            portal.open();
            assertThat(links.opened()).containsExactly(URI.create(expected));
            assertThat(portal.feedbackProperty().get()).isEqualTo("✓ Opened in your browser.");

            portal.urlProperty().set("  https://Larkspur.awsapps.com/start/#/ ");
            portal.copy();
            assertThat(links.copied()).last().isEqualTo("https://larkspur.awsapps.com/start");
            assertThat(state.portalUrlProperty().get()).isEqualTo("https://larkspur.awsapps.com/start");
            model.onLeave();
            model.onEnter();
            assertThat(portal.urlProperty().get()).as("a custom subdomain is kept").contains("Larkspur");
            portal.useDefault();
            assertThat(portal.urlProperty().get()).isEqualTo(expected);
        }
    }

    @Test
    void an_address_that_is_not_a_portal_is_refused_with_a_sentence() {
        var state = new MigrationState();
        AccessViewModel model = model(state, links);
        PortalCard portal = model.portal();

        portal.urlProperty().set("larkspur.awsapps.com/start");
        assertThat(portal.problemProperty().get()).isEqualTo("'larkspur.awsapps.com/start' is not an access portal URL "
                + "such as https://d-1234567890.awsapps.com/start. With a custom subdomain it looks like "
                + "https://acme.awsapps.com/start.");
        assertThat(state.portalUrlProperty().get()).isNull();
        portal.copy();
        portal.open();
        assertThat(links.copied()).isEmpty();
        assertThat(links.opened()).isEmpty();

        portal.urlProperty().set(" ");
        assertThat(portal.problemProperty().get())
                .isEqualTo("Enter the access portal address, for example https://d-1234567890.awsapps.com/start.");
        portal.urlProperty().set("file:///etc/passwd");
        assertThat(portal.problemProperty().get()).startsWith("'file:///etc/passwd' is not an access portal URL");
    }

    @Test
    void a_computer_without_a_browser_says_to_copy_the_address() {
        var state = new MigrationState();
        AccessViewModel model = model(state, RecordingLinks.failing());
        model.portal().urlProperty().set("https://d-1234567890.awsapps.com/start");

        model.portal().open();

        assertThat(model.portal().feedbackProperty().get()).isEqualTo("This computer could not open a browser from "
                + "here. Copy the address and paste it into your browser.");
    }

    @Test
    void with_an_external_identity_provider_the_checklist_shows() {
        try (var fixture = SandboxFixture.demo()) {
            MigrationState state = Migrations.confirmed(fixture, dir,
                    PlanOptions.defaults().withIdentitySource(IdentitySource.MATCH));
            AccessViewModel model = model(state, links);

            model.onEnter();

            assertThat(model.externalIdentityProviderProperty().get()).isTrue();
            IdentityProviderChecklist checklist = model.checklistProperty().get();
            assertThat(checklist.steps()).isNotEmpty()
                    .anySatisfy(step -> assertThat(step).contains("SCIM"))
                    .anySatisfy(step -> assertThat(step).contains("SAML"))
                    .anySatisfy(step -> assertThat(step).contains(model.portal().address()));
            assertThat(checklist.usersNotProvisioned()).as("nobody was provisioned by SCIM in the sandbox")
                    .hasSize(40);

            model.signIn().userProperty().set(checklist.usersNotProvisioned().get(0));
            model.startSignIn();

            assertThat(model.signIn().errorProperty().get().sentence()).isEqualTo(checklist.usersNotProvisioned().get(0)
                    + " has not been provisioned by your identity provider yet, so they cannot sign in. Test again "
                    + "once provisioning has run.");
            assertThat(model.signIn().stateProperty().get()).isEqualTo(SignInCard.State.READY);
        }
    }

    @Test
    void without_a_snapshot_nothing_is_compared() {
        var state = new MigrationState();
        AccessViewModel model = model(state, links);

        model.onEnter();

        assertThat(model.drift().stateProperty().get()).isEqualTo(DriftCard.State.NOT_CHECKED);
        assertThat(model.portal().urlProperty().get()).isEmpty();
    }
}
