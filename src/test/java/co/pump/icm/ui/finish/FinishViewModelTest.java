package co.pump.icm.ui.finish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import co.pump.icm.apply.ApplyListener;
import co.pump.icm.plan.IdentitySource;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.testing.SandboxFixture;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.importing.Migrations;
import co.pump.icm.ui.importing.TargetSession;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.ImmediateTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Finish step's logic, without a screen. */
class FinishViewModelTest {

    @TempDir
    Path dir;

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();

    @AfterEach
    void cleanUp() {
        settings.remove();
    }

    private FinishViewModel model(MigrationState state) {
        return new FinishViewModel(Migrations.context(state, new ImmediateTaskExecutor(),
                new TestFiles.QueuedFilePicker(), settings.app()));
    }

    private MigrationState imported(SandboxFixture fixture, PlanOptions options) {
        MigrationState state = Migrations.confirmed(fixture, dir, options);
        state.applyResultProperty().set(new TargetSession(fixture.target(), Migrations.FAST)
                .apply(state.planProperty().get(), dir.resolve("acme.journal.jsonl"), ApplyListener.NONE, null));
        return state;
    }

    @Test
    void afterAnImportItSaysWhatWasMadeAndWhatUsersDoNext() {
        try (var fixture = SandboxFixture.demo()) {
            MigrationState state = imported(fixture, PlanOptions.defaults());
            FinishViewModel model = model(state);

            model.onEnter();

            int writes = state.planProperty().get().writes().size();
            assertThat(model.outcomeProperty().get())
                    .isEqualTo("✓ " + writes + " changes made in " + DemoData.TARGET_DELEGATED_ADMIN + " · 0 failed");
            String portal = "https://" + state.planProperty().get().target().source().identityStoreId()
                    + ".awsapps.com/start";
            assertThat(model.nextSteps()).first().asString()
                    .startsWith("Your users set a password and register MFA again").contains(portal);
            assertThat(model.nextSteps()).anySatisfy(step -> assertThat(step).contains("third-party identity provider"))
                    .anySatisfy(step -> assertThat(step)
                            .contains(dir.resolve("acme.journal.jsonl").toAbsolutePath().toString()))
                    .anySatisfy(step -> assertThat(step).contains("holds names and email addresses"));
        }
    }

    @Test
    void withAnExternalIdentityProviderNobodyResetsAPassword() {
        try (var fixture = SandboxFixture.demo()) {
            MigrationState state = imported(fixture, PlanOptions.defaults().withIdentitySource(IdentitySource.MATCH));
            FinishViewModel model = model(state);

            model.onEnter();

            assertThat(model.nextSteps().get(0)).startsWith("Your users sign in through your identity provider");
            assertThat(model.nextSteps()).noneSatisfy(step -> assertThat(step).contains("register MFA again"));
        }
    }

    @Test
    void failuresPointBackToRetry() {
        try (var fixture = SandboxFixture.start(DemoData.scenarioWithMissingPolicy(), 7, o -> o)) {
            MigrationState state = imported(fixture, PlanOptions.defaults());
            FinishViewModel model = model(state);

            model.onEnter();

            assertThat(model.outcomeProperty().get()).startsWith("⚠ ")
                    .endsWith(" failed. Going back to Import and choosing Retry finishes what is left.");
        }
    }

    @Test
    void withoutAnImportItSaysNothingWasWritten() {
        FinishViewModel model = model(new MigrationState());

        model.onEnter();

        assertThat(model.outcomeProperty().get())
                .isEqualTo("The import has not run: nothing was written to the new organization.");
        assertThat(model.nextSteps()).noneSatisfy(step -> assertThat(step).contains("journal"));
    }
}
