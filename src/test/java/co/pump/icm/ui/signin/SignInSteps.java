package co.pump.icm.ui.signin;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import co.pump.icm.ui.RecordingWindows;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.shell.Navigator;
import co.pump.icm.ui.shell.StepContext;
import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.TaskExecutor;

/** The two sign-in steps over one state, without a screen, and a browser that only records what it was asked to open. */
final class SignInSteps {

    final MigrationState state = new MigrationState();
    final List<URI> opened = new CopyOnWriteArrayList<>();
    final TestFiles.ThrowAwaySettings settings = TestFiles.settings();
    final SignInServices services;
    final SignInViewModel source;
    final SignInViewModel target;

    SignInSteps(TaskExecutor tasks, SignInServices base) {
        this.services = base.withBrowser(opened::add);
        var context = new StepContext(state, new NoNavigation(), tasks, settings.app(), new TestFiles.QueuedFilePicker(),
                new RecordingWindows());
        this.source = new SignInViewModel(context, SignInSide.SOURCE, services);
        this.target = new SignInViewModel(context, SignInSide.TARGET, services);
    }

    void close() {
        source.onClose();
        target.onClose();
        settings.remove();
    }

    /** Moving is the shell's business; these tests call onEnter and onLeave themselves. */
    private static final class NoNavigation implements Navigator {
        @Override
        public boolean advance() {
            return false;
        }

        @Override
        public boolean advanceTo(StepId step) {
            return false;
        }

        @Override
        public boolean back() {
            return false;
        }

        @Override
        public boolean backTo(co.pump.icm.ui.shell.StepId step) {
            return false;
        }
    }
}
