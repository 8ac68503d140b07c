package co.pump.icm.ui.preview;

import java.nio.file.Files;
import java.util.List;

import co.pump.icm.sandbox.data.DemoData;
import co.pump.icm.testing.SandboxFixture;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.export.ExportView;
import co.pump.icm.ui.export.ExportViewModel;
import co.pump.icm.ui.shell.StepDefinition;
import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.shell.ViewLoader;
import co.pump.icm.ui.state.AccountIdentity;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.FxTaskExecutor;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Not a test: shows Export then Preview in a real window for a person to look at. */
@ExtendWith(ApplicationExtension.class)
class LookBenchmark {
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void look() throws Exception {
        var fixture = SandboxFixture.demo();
        var state = new MigrationState();
        state.sourceAwsProperty().set(fixture.source());
        state.targetAwsProperty().set(fixture.target());
        state.sourceProperty().set(new AccountIdentity(DemoData.MANAGEMENT, "larkspur-management", DemoData.SOURCE_REGION, true));
        state.targetProperty().set(new AccountIdentity(DemoData.TARGET_DELEGATED_ADMIN, "larkspur-identity", DemoData.TARGET_REGION, true));
        var settings = TestFiles.settings();
        var files = new TestFiles.QueuedFilePicker().answer(Files.createTempDirectory("look").resolve("larkspur-identity-center-2026-11-27.json"));
        var tasks = new FxTaskExecutor();
        StepHarness[] harness = new StepHarness[1];
        co.pump.icm.ui.FxGuard.onFx(() -> harness[0] = StepHarness.show(stage, state, settings, files, tasks, List.of(
                StepDefinition.of(StepId.EXPORT, ExportViewModel::new, m -> ViewLoader.load(new ExportView(m))),
                StepDefinition.of(StepId.PREVIEW, PreviewViewModel::new, m -> ViewLoader.load(new PreviewView(m))),
                co.pump.icm.ui.shell.PlaceholderStep.definition(StepId.IMPORT))));
        Thread.sleep(Long.getLong("look.export", 12_000));
        co.pump.icm.ui.FxGuard.onFx(() -> harness[0].flow().advance());
        Thread.sleep(Long.getLong("look.preview", 8_000));
        co.pump.icm.ui.FxGuard.onFx(() -> harness[0].flow().primary());
        Thread.sleep(Long.getLong("look.dialog", 30_000));
        fixture.close();
    }
}
