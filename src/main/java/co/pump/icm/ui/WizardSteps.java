package co.pump.icm.ui;

import java.util.List;

import co.pump.icm.ui.access.AccessView;
import co.pump.icm.ui.access.AccessViewModel;
import co.pump.icm.ui.export.ExportView;
import co.pump.icm.ui.export.ExportViewModel;
import co.pump.icm.ui.finish.FinishView;
import co.pump.icm.ui.finish.FinishViewModel;
import co.pump.icm.ui.importing.ImportView;
import co.pump.icm.ui.importing.ImportViewModel;
import co.pump.icm.ui.preview.PreviewView;
import co.pump.icm.ui.preview.PreviewViewModel;
import co.pump.icm.ui.shell.PlaceholderStep;
import co.pump.icm.ui.shell.StepDefinition;
import co.pump.icm.ui.shell.StepId;
import co.pump.icm.ui.shell.ViewLoader;
import co.pump.icm.ui.signin.SignInView;
import co.pump.icm.ui.signin.SignInViewModel;
import co.pump.icm.ui.start.StartView;
import co.pump.icm.ui.start.StartViewModel;

/**
 * The wizard's steps, in order: the one list to edit when a step is built. A built step
 * replaces its {@link PlaceholderStep} line with its own definition, e.g.
 * {@code StepDefinition.of(StepId.EXPORT, ExportViewModel::new, m -> ViewLoader.load(new ExportView(m)))}.
 */
public final class WizardSteps {

    private WizardSteps() {
    }

    /** Every step of the wizard, in the order of {@link StepId}. */
    public static List<StepDefinition<?>> all() {
        return List.of(
                StepDefinition.of(StepId.START, StartViewModel::new, model -> ViewLoader.load(new StartView(model))),
                StepDefinition.of(StepId.SIGN_IN_SOURCE, SignInViewModel::source, model -> ViewLoader.load(new SignInView(model))),
                StepDefinition.of(StepId.EXPORT, ExportViewModel::new, model -> ViewLoader.load(new ExportView(model))),
                StepDefinition.of(StepId.SIGN_IN_TARGET, SignInViewModel::target, model -> ViewLoader.load(new SignInView(model))),
                StepDefinition.of(StepId.PREVIEW, PreviewViewModel::new, model -> ViewLoader.load(new PreviewView(model))),
                StepDefinition.of(StepId.IMPORT, ImportViewModel::new, model -> ViewLoader.load(new ImportView(model))),
                StepDefinition.of(StepId.TEST, AccessViewModel::new, model -> ViewLoader.load(new AccessView(model))),
                StepDefinition.of(StepId.FINISH, FinishViewModel::new, model -> ViewLoader.load(new FinishView(model))));
    }
}
