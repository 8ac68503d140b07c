package co.pump.icm.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import co.pump.icm.ui.RecordingWindows;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.WizardSteps;
import co.pump.icm.ui.access.AccessViewModel;
import co.pump.icm.ui.finish.FinishViewModel;
import co.pump.icm.ui.shell.StepContext;
import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.shell.WizardFlow;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.ImmediateTaskExecutor;
import org.junit.jupiter.api.Test;

/** The wizard as the app builds it has the real Import, Test and Finish steps, not placeholders. */
class LastStepsRegisteredTest {

    @Test
    void theAppsStepsIncludeImportTestAndFinish() {
        var settings = TestFiles.settings();
        try {
            var state = new MigrationState();
            var flow = new WizardFlow(WizardSteps.all(), navigator -> new StepContext(state, navigator,
                    new ImmediateTaskExecutor(), settings.app(), new TestFiles.QueuedFilePicker(), new RecordingWindows()));

            assertThat(flow.model(StepId.IMPORT)).isInstanceOf(ImportViewModel.class);
            assertThat(flow.model(StepId.TEST)).isInstanceOf(AccessViewModel.class);
            assertThat(flow.model(StepId.FINISH)).isInstanceOf(FinishViewModel.class);
        } finally {
            settings.remove();
        }
    }
}
