package co.pump.icm.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The base of every step's ViewModel: what the shell asks of a step. A step sets or binds
 * {@link #valid()} (the shell's Next is enabled only while it is true), may rename the primary
 * button with {@link #primaryLabel()} and put its own sentence in the footer with {@link #status()}.
 * Holds no nodes; unit-testable without a screen.
 *
 * <p>Life cycle: made once, the first time the step is entered, then kept (Back and Next never
 * lose what the user did); {@link #onEnter()} each time the step is shown, {@link #onLeave()}
 * each time another step is shown instead.
 */
public abstract class StepViewModel {

    /** The primary button's default label. */
    public static final String NEXT = "_Next ›";

    private final StepContext context;
    private final BooleanProperty valid = new SimpleBooleanProperty(this, "valid", true);
    private final StringProperty primaryLabel = new SimpleStringProperty(this, "primaryLabel", NEXT);
    private final StringProperty status = new SimpleStringProperty(this, "status");
    private final BooleanProperty backAllowed = new SimpleBooleanProperty(this, "backAllowed", true);

    protected StepViewModel(StepContext context) {
        this.context = context;
    }

    /** The state, navigator, executor and services this step works with. */
    protected StepContext context() {
        return context;
    }

    /** Whether the user may go on; the shell binds Next to it. Read-only to the shell. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid;
    }

    public boolean isValid() {
        return valid.get();
    }

    /** The property to set or bind, e.g. {@code valid().bind(choice.isNotNull())}. */
    protected BooleanProperty valid() {
        return valid;
    }

    /** The primary button's text, with an optional mnemonic: {@code _Next ›} unless the step renames it. */
    public ReadOnlyStringProperty primaryLabelProperty() {
        return primaryLabel;
    }

    protected StringProperty primaryLabel() {
        return primaryLabel;
    }

    /**
     * The footer's sentence while this step is shown, or null for the shell's default
     * ("Nothing has been written yet." until the import starts writing).
     */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    protected StringProperty status() {
        return status;
    }

    /**
     * Whether Back may leave this step now (true unless the step says otherwise, e.g. while the
     * import writes). The shell disables Back while it is false. Read-only to the shell.
     */
    public ReadOnlyBooleanProperty backAllowedProperty() {
        return backAllowed;
    }

    /** The property to set or bind, e.g. {@code backAllowed().bind(importing.not())}. */
    protected BooleanProperty backAllowed() {
        return backAllowed;
    }

    /** Called each time the step is shown. */
    public void onEnter() {
    }

    /** Called each time the step stops being shown (Next, Back or a jump). */
    public void onLeave() {
    }

    /**
     * The primary button was pressed (it is enabled only while the step is valid). Return true to
     * advance now; return false when the step first does something (a confirmation, background
     * work) and advances itself later through {@code context().navigator()}.
     */
    public boolean onPrimary() {
        return true;
    }

    /**
     * Called once when the wizard closes: release what the step holds (credentials kept in
     * memory, an open IAM Identity Center sign-in). Background work has been cancelled by then.
     */
    public void onClose() {
    }
}
