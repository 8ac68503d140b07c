package co.pump.icm.ui.follow;

import java.util.Objects;

import co.pump.icm.ui.errors.ErrorPane;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Following the accounts as a card, the same on the Import and Finish steps: the headline, each
 * awaited account on a line of its own (awaited since, arrived at, users got access at), what the
 * import's confirmation covers, the next look, what could not be made, and Follow, Stop, and in
 * the demo "join now". It only binds to the {@link AccountFollowing} it shows; it shows nothing
 * while there is nothing to follow.
 */
public final class FollowCard extends VBox {

    static final String STYLESHEET = Objects.requireNonNull(FollowCard.class.getResource("follow.css")).toExternalForm();

    private final AccountFollowing model;
    private final VBox lines = new VBox();
    private final VBox notDone = new VBox();

    public FollowCard(AccountFollowing model) {
        this.model = model;
        setId("followCard");
        getStyleClass().add("follow-card");
        getStylesheets().add(STYLESHEET);
        var state = model.stateProperty();
        showWhen(this, state.isNotEqualTo(AccountFollowing.State.NONE));

        var spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        spinner.setMinSize(22, 22);
        showWhen(spinner, Bindings.createBooleanBinding(() -> state.get().working(), state));
        var headline = label("followHeadline", "follow-headline");
        headline.textProperty().bind(model.headlineProperty());
        HBox.setHgrow(headline, Priority.ALWAYS);
        var top = new HBox(10, spinner, headline);
        top.getStyleClass().add("follow-account");

        lines.setId("followAccounts");
        lines.getStyleClass().add("follow-accounts");
        model.accounts().addListener((ListChangeListener<AccountLine>) change -> showLines());
        showLines();

        var coverage = label("followCoverage", "follow-coverage");
        coverage.textProperty().bind(model.coverageProperty());
        var detail = label("followDetail", "follow-detail");
        detail.textProperty().bind(model.detailProperty());
        showWhen(detail, model.detailProperty().isNotEmpty());

        notDone.setId("followNotDone");
        model.notDone().addListener((ListChangeListener<String>) change -> showNotDone());
        showNotDone();
        showWhen(notDone, Bindings.isNotEmpty(model.notDone()));

        var follow = new Button();
        follow.setId("followButton");
        follow.setMnemonicParsing(true);
        follow.textProperty().bind(Bindings.createStringBinding(() -> state.get() != AccountFollowing.State.READY
                ? "_Follow again" : model.accounts().size() == 1 ? "_Follow the account" : "_Follow the accounts",
                state, model.accounts()));
        showWhen(follow, Bindings.createBooleanBinding(() -> switch (state.get()) {
            case READY, STOPPED, TIME_LIMIT, FAILED -> true;
            case NONE, FOLLOWING, STOPPING, DONE -> false;
        }, state));
        follow.setOnAction(event -> model.follow());

        var stop = new Button("_Stop following");
        stop.setId("stopFollowingButton");
        stop.setMnemonicParsing(true);
        showWhen(stop, Bindings.createBooleanBinding(() -> state.get().working(), state));
        stop.disableProperty().bind(state.isEqualTo(AccountFollowing.State.STOPPING));
        stop.setOnAction(event -> model.stop());

        var joinNow = new Button();
        joinNow.textProperty().bind(Bindings.createStringBinding(() -> model.accounts().stream()
                .filter(AccountLine::awaited).count() == 1 ? "Let it _join now (demo)" : "Let them _join now (demo)",
                model.accounts()));
        joinNow.setId("joinNowButton");
        joinNow.setMnemonicParsing(true);
        showWhen(joinNow, Bindings.createBooleanBinding(() -> model.demoProperty().get()
                && (state.get() == AccountFollowing.State.READY || state.get() == AccountFollowing.State.FOLLOWING)
                && model.accounts().stream().anyMatch(AccountLine::awaited), state, model.demoProperty(),
                model.accounts()));
        joinNow.setOnAction(event -> model.joinNowInDemo());

        var actions = new HBox(follow, stop, joinNow);
        actions.getStyleClass().add("follow-actions");
        var error = new ErrorPane();
        error.setId("followError");
        error.errorProperty().bind(model.errorProperty());

        getChildren().addAll(top, lines, coverage, detail, notDone, actions, error);
    }

    private void showLines() {
        lines.getChildren().clear();
        for (AccountLine line : model.accounts()) {
            var mark = new Label(line.mark());
            mark.getStyleClass().addAll("follow-mark", line.tone());
            var text = label("followAccount-" + line.accountId(), "follow-text");
            text.setText(line.text());
            HBox.setHgrow(text, Priority.ALWAYS);
            var row = new HBox(mark, text);
            row.getStyleClass().add("follow-account");
            lines.getChildren().add(row);
        }
    }

    private void showNotDone() {
        notDone.getChildren().clear();
        for (String line : model.notDone()) {
            var label = new Label(line);
            label.setWrapText(true);
            label.getStyleClass().add("follow-not-done");
            notDone.getChildren().add(label);
        }
    }

    private static Label label(String id, String style) {
        var label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add(style);
        return label;
    }

    private static void showWhen(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

}
