package co.pump.icm.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import co.pump.icm.ui.RecordingWindows;
import co.pump.icm.ui.TestFiles;
import co.pump.icm.ui.state.MigrationState;
import co.pump.icm.ui.tasks.ImmediateTaskExecutor;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The flow without a screen: order, gating by validity, the back stack, marks. */
class WizardFlowTest {

    private final TestFiles.ThrowAwaySettings settings = TestFiles.settings();
    private final List<String> events = new ArrayList<>();

    @AfterEach
    void removeSettings() {
        settings.remove();
    }

    /** A step that records its life cycle and starts valid or not. */
    private final class Recorder extends StepViewModel {
        private final StepId id;
        int primaryPresses;
        boolean advanceOnPrimary = true;

        Recorder(StepId id, StepContext context, boolean valid) {
            super(context);
            this.id = id;
            valid().set(valid);
            events.add("made " + id);
        }

        void setValid(boolean value) {
            valid().set(value);
        }

        void setBackAllowed(boolean value) {
            backAllowed().set(value);
        }

        @Override
        public void onEnter() {
            events.add("enter " + id);
        }

        @Override
        public void onLeave() {
            events.add("leave " + id);
        }

        @Override
        public boolean onPrimary() {
            primaryPresses++;
            return advanceOnPrimary;
        }

        @Override
        public void onClose() {
            events.add("close " + id);
            if (id == StepId.START) {
                throw new IllegalStateException("a step that fails to clean up");
            }
        }
    }

    private WizardFlow flow(StepId... invalidSteps) {
        var invalid = List.of(invalidSteps);
        var steps = new ArrayList<StepDefinition<?>>();
        for (StepId id : StepId.values()) {
            steps.add(StepDefinition.of(id, context -> new Recorder(id, context, !invalid.contains(id)),
                    model -> new Pane()));
        }
        var state = new MigrationState();
        return new WizardFlow(steps, navigator -> new StepContext(state, navigator, new ImmediateTaskExecutor(),
                settings.app(), new TestFiles.QueuedFilePicker(), new RecordingWindows()));
    }

    private Recorder recorder(WizardFlow flow, StepId id) {
        return (Recorder) flow.model(id);
    }

    @Test
    void startsOnTheFirstStepWithNothingBehind() {
        WizardFlow flow = flow();

        assertThat(flow.current()).isEqualTo(StepId.START);
        assertThat(flow.canGoBackProperty().get()).isFalse();
        assertThat(flow.canAdvanceProperty().get()).isTrue();
        assertThat(flow.markOf(StepId.START)).isEqualTo(RailMark.CURRENT);
        assertThat(flow.markOf(StepId.EXPORT)).isEqualTo(RailMark.UPCOMING);
        assertThat(events).containsExactly("made START", "enter START");
    }

    @Test
    void nextFollowsTheValidityOfTheCurrentStep() {
        WizardFlow flow = flow(StepId.START);

        assertThat(flow.canAdvanceProperty().get()).isFalse();
        assertThat(flow.advance()).isFalse();
        assertThat(flow.current()).isEqualTo(StepId.START);

        recorder(flow, StepId.START).setValid(true);
        assertThat(flow.canAdvanceProperty().get()).isTrue();
        assertThat(flow.advance()).isTrue();
        assertThat(flow.current()).isEqualTo(StepId.SIGN_IN_SOURCE);
    }

    @Test
    void theNextStepsValidityTakesOverAfterAdvancing() {
        WizardFlow flow = flow(StepId.SIGN_IN_SOURCE);
        flow.advance();

        assertThat(flow.canAdvanceProperty().get()).isFalse();
        recorder(flow, StepId.SIGN_IN_SOURCE).setValid(true);
        assertThat(flow.canAdvanceProperty().get()).isTrue();
    }

    @Test
    void backReturnsToTheSameStepObjectAndMarksTheWay() {
        WizardFlow flow = flow();
        Recorder start = recorder(flow, StepId.START);
        flow.advance();
        flow.advance();

        assertThat(flow.current()).isEqualTo(StepId.EXPORT);
        assertThat(flow.history()).containsExactly(StepId.START, StepId.SIGN_IN_SOURCE);
        assertThat(flow.markOf(StepId.START)).isEqualTo(RailMark.DONE);
        assertThat(flow.markOf(StepId.EXPORT)).isEqualTo(RailMark.CURRENT);

        assertThat(flow.back()).isTrue();
        assertThat(flow.back()).isTrue();
        assertThat(flow.back()).isFalse();
        assertThat(flow.current()).isEqualTo(StepId.START);
        assertThat(flow.model(StepId.START)).isSameAs(start);
        assertThat(flow.markOf(StepId.EXPORT)).isEqualTo(RailMark.UPCOMING);
        assertThat(events).containsSubsequence("leave EXPORT", "enter SIGN_IN_SOURCE", "leave SIGN_IN_SOURCE",
                "enter START");
        assertThat(events).filteredOn(e -> e.startsWith("made")).hasSize(3);
    }

    @Test
    void aJumpForwardSkipsStepsAndBackReturnsToWhereItStarted() {
        WizardFlow flow = flow();
        flow.advance();

        assertThat(flow.advanceTo(StepId.SIGN_IN_TARGET)).isTrue();
        assertThat(flow.markOf(StepId.EXPORT)).isEqualTo(RailMark.UPCOMING);
        assertThat(flow.advanceTo(StepId.START)).as("never backwards").isFalse();

        flow.back();
        assertThat(flow.current()).isEqualTo(StepId.SIGN_IN_SOURCE);
    }

    @Test
    void thePrimaryButtonAsksTheStepFirst() {
        WizardFlow flow = flow();
        Recorder start = recorder(flow, StepId.START);
        start.advanceOnPrimary = false;

        flow.primary();
        assertThat(start.primaryPresses).isEqualTo(1);
        assertThat(flow.current()).isEqualTo(StepId.START);

        start.advanceOnPrimary = true;
        flow.primary();
        assertThat(flow.current()).isEqualTo(StepId.SIGN_IN_SOURCE);
    }

    @Test
    void theLastStepCannotAdvance() {
        WizardFlow flow = flow();
        while (flow.advance()) {
            // walk to the end
        }

        assertThat(flow.current()).isEqualTo(StepId.FINISH);
        assertThat(flow.canAdvanceProperty().get()).isFalse();
        assertThat(flow.history()).hasSize(StepId.values().length - 1);
        flow.back();
        assertThat(flow.canAdvanceProperty().get()).isTrue();
    }

    @Test
    void aStepRegisteredTwiceIsRefused() {
        var steps = List.<StepDefinition<?>>of(PlaceholderStep.definition(StepId.START),
                PlaceholderStep.definition(StepId.START));

        assertThatThrownBy(() -> new WizardFlow(steps, navigator -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Step START is registered twice");
    }

    @Test
    void aWizardWithoutStepsIsRefused() {
        assertThatThrownBy(() -> new WizardFlow(List.of(), navigator -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A wizard needs at least one step");
    }

    @Test
    void closingTellsEveryStepMadeSoFarEvenWhenOneFails() {
        WizardFlow flow = flow();
        flow.advance();
        flow.advance();
        flow.back();
        events.clear();

        flow.close();

        assertThat(events).containsExactly("close START", "close SIGN_IN_SOURCE", "close EXPORT");
    }

    @Test
    void aStepCanHoldBackWhileItWorks() {
        WizardFlow flow = flow();
        flow.advance();
        Recorder step = recorder(flow, StepId.SIGN_IN_SOURCE);

        step.setBackAllowed(false);
        assertThat(flow.canGoBackProperty().get()).isFalse();
        assertThat(flow.back()).isFalse();
        assertThat(flow.current()).isEqualTo(StepId.SIGN_IN_SOURCE);

        step.setBackAllowed(true);
        assertThat(flow.canGoBackProperty().get()).isTrue();
        assertThat(flow.back()).isTrue();
        assertThat(flow.current()).isEqualTo(StepId.START);
    }
}
