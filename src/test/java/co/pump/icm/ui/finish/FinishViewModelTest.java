package co.pump.icm.ui.finish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import co.pump.icm.apply.ApplyListener;
import co.pump.icm.plan.IdentitySource;
import co.pump.icm.plan.PlanOptions;
import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.testing.SandboxFixture;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.access.RecordingLinks;
import co.pump.icm.ui.importing.Migrations;
import co.pump.icm.ui.importing.TargetSession;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.ImmediateTaskExecutor;
import co.pump.icm.verify.DriftCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Finish step's logic, without a screen. */
class FinishViewModelTest {

    @TempDir
    Path dir;

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();
    private final TestFiles.QueuedFilePicker files = new TestFiles.QueuedFilePicker();
    private final RecordingLinks links = new RecordingLinks();

    @AfterEach
    void cleanUp() {
        settings.remove();
    }

    private FinishViewModel model(MigrationState state) {
        return new FinishViewModel(Migrations.context(state, new ImmediateTaskExecutor(), files, settings.app()), links);
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
                    .startsWith("Before you tell anyone: turn on \"Send email OTP for users created from API\"")
                    .contains("Settings → Authentication tab → Standard authentication → Configure");
            assertThat(model.nextSteps().get(1))
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

    @Test
    void theReportIsSavedWithTheChecksAndTheUsersToNotifyBesideIt() throws Exception {
        try (var fixture = SandboxFixture.demo()) {
            MigrationState state = imported(fixture, PlanOptions.defaults());
            var plan = new TargetSession(fixture.target(), Migrations.FAST)
                    .plan(state.getSnapshot().config(), PlanOptions.defaults(), co.pump.icm.aws.ExportListener.NONE);
            state.verificationProperty().set(DriftCheck.of(plan, Instant.now()));
            state.portalUrlProperty().set("https://larkspur.awsapps.com/start");
            FinishViewModel model = model(state);
            model.onEnter();
            assertThat(model.reportableProperty().get()).isTrue();
            Path report = dir.resolve("out/acme-report.html");
            files.answer(report);

            model.saveReport();

            assertThat(model.errorProperty().get()).isNull();
            assertThat(state.reportFileProperty().get()).isEqualTo(report);
            String html = Files.readString(report);
            assertThat(html).contains("✓ No drift").contains("https://larkspur.awsapps.com/start")
                    .contains("sarah.obrien@larkspur.example");
            Path csv = dir.resolve("out/acme-report-users-to-notify.csv");
            assertThat(Files.readString(csv)).contains("sarah.obrien@larkspur.example");
            assertThat(dir.resolve("out/acme-report-users-to-notify.txt")).exists();
            assertThat(model.reportFeedbackProperty().get()).startsWith("✓ Saved to " + report
                    + ", with acme-report-users-to-notify.csv and acme-report-users-to-notify.txt beside it. "
                    + "It describes the migration as of ");
            assertThat(files.kinds()).containsExactly(co.pump.icm.ui.app.FileKind.REPORT);

            model.openReport();
            assertThat(links.opened()).containsExactly(report.toUri());

            // A desktop that cannot open it: said on screen, with the path to copy.
            FinishViewModel noBrowser = new FinishViewModel(Migrations.context(state, new ImmediateTaskExecutor(),
                    files, settings.app()), RecordingLinks.failing());
            noBrowser.openReport();
            assertThat(noBrowser.reportFeedbackProperty().get()).isEqualTo("This computer could not open a browser "
                    + "from here. The report is " + report + ".");
        }
    }

    @Test
    void theUsersToNotifyAreExportedWhereTheUserChooses() throws Exception {
        try (var fixture = SandboxFixture.demo()) {
            MigrationState state = imported(fixture, PlanOptions.defaults());
            FinishViewModel model = model(state);
            model.onEnter();
            Path csv = dir.resolve("notify/people.csv");
            files.answer(csv);

            model.exportUsersToNotify();

            List<String> lines = Files.readAllLines(csv);
            assertThat(lines.get(0)).contains("userName").contains("email");
            long people = lines.size() - 1L;
            assertThat(people).as("everyone created but the disabled user").isEqualTo(39);
            assertThat(Files.readString(dir.resolve("notify/people.txt"))).contains("password");
            assertThat(model.notifyFeedbackProperty().get()).isEqualTo("✓ 39 users to notify, in " + csv
                    + "; the message to send them is in " + dir.resolve("notify/people.txt") + ". Before you tell "
                    + "anyone: turn on \"Send email OTP for users created from API\" in the new instance first: "
                    + co.pump.icm.report.FirstSignIn.CONSOLE_PATH + ".");
            assertThat(files.kinds()).containsExactly(co.pump.icm.ui.app.FileKind.CSV);
        }
    }

    @Test
    void aCancelledFileDialogWritesNothingAndWithoutAnImportThereIsNoReport() {
        FinishViewModel empty = model(new MigrationState());
        empty.onEnter();
        assertThat(empty.reportableProperty().get()).isFalse();
        files.answer(dir.resolve("never.html"));
        empty.saveReport();
        assertThat(dir.resolve("never.html")).doesNotExist();

        try (var fixture = SandboxFixture.demo()) {
            MigrationState state = imported(fixture, PlanOptions.defaults());
            FinishViewModel model = model(state);
            model.onEnter();
            var cancelled = new TestFiles.QueuedFilePicker();
            model = new FinishViewModel(Migrations.context(state, new ImmediateTaskExecutor(), cancelled,
                    settings.app()), links);
            model.onEnter();

            model.saveReport();

            assertThat(state.reportFileProperty().get()).isNull();
            assertThat(model.reportFeedbackProperty().get()).isEmpty();
        }
    }

    @Test
    void aReportThatCannotBeWrittenSaysSo() throws Exception {
        try (var fixture = SandboxFixture.demo()) {
            MigrationState state = imported(fixture, PlanOptions.defaults());
            FinishViewModel model = model(state);
            model.onEnter();
            Path notAFolder = Files.writeString(dir.resolve("file"), "x");
            files.answer(notAFolder.resolve("report.html"));

            model.saveReport();

            assertThat(model.errorProperty().get().sentence()).startsWith("Could not write the report");
            assertThat(state.reportFileProperty().get()).isNull();
            assertThat(model.busyProperty().get()).isFalse();
        }
    }

    @Test
    void finishIsNoDeadEndCloseAndBackToStart() {
        var context = Migrations.context(new MigrationState(), new ImmediateTaskExecutor(), files, settings.app());
        var model = new FinishViewModel(context, links);

        model.close();

        assertThat(((co.pump.icm.ui.RecordingWindows) context.windows()).closed()).isTrue();
    }
}
