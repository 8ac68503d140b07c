package co.pump.icm.ui.access;

import static co.pump.icm.ui.access.AccessView.showWhen;

import co.pump.icm.ui.errors.ErrorPane;
import co.pump.icm.verify.AccessCheck;
import co.pump.icm.verify.AccessStatus;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

/** Binds the "Sign in as a user" card's nodes (declared in AccessView.fxml) to its {@link SignInCard}. */
record SignInCardView(AccessViewModel model, ComboBox<String> user, Button signIn, VBox codeBox, Label code,
                      Label hint, Button openBrowser, Button approveDemo, Button cancel, ProgressIndicator spinner,
                      Label headline, VBox checks, Label feedback, ErrorPane error) {

    void bind() {
        SignInCard card = model.signIn();
        var working = Bindings.createBooleanBinding(card::isWorking, card.stateProperty());
        user.setItems(card.users());
        user.valueProperty().bindBidirectional(card.userProperty());
        user.disableProperty().bind(working);
        signIn.disableProperty().bind(working.or(card.userProperty().isNull()));
        signIn.setOnAction(event -> model.startSignIn());
        showWhen(codeBox, card.codeProperty().isNotNull());
        code.textProperty().bind(Bindings.createStringBinding(
                () -> card.codeProperty().get() == null ? "" : card.codeProperty().get().userCode(), card.codeProperty()));
        hint.textProperty().bind(Bindings.createStringBinding(() -> "Open the sign-in page, check that it shows this "
                + "code, sign in as " + card.userProperty().get() + " and approve. Nothing else is needed here.",
                card.userProperty()));
        openBrowser.setOnAction(event -> card.openBrowser());
        // The next thing to do once the code shows is to open the page: Enter there, not on Cancel.
        card.codeProperty().addListener((obs, was, now) -> {
            if (now != null) {
                openBrowser.requestFocus();
                // The code is what the person reads out next: bring it into sight, with the wait
                // for the approval and its Cancel below it.
                co.pump.icm.ui.components.ScrollIntoView.later(codeBox);
                co.pump.icm.ui.components.ScrollIntoView.later(cancel.getParent());
            }
        });
        showWhen(spinner, working);
        showWhen(approveDemo, card.demoProperty());
        approveDemo.textProperty().bind(Bindings.createStringBinding(
                () -> "Approve as " + card.userProperty().get() + " (demo)", card.userProperty()));
        approveDemo.setOnAction(event -> card.approveInDemo());
        cancel.setOnAction(event -> card.cancel());
        showWhen(cancel, working);
        headline.textProperty().bind(card.headlineProperty());
        showWhen(headline, card.headlineProperty().isNotEmpty());
        card.checks().addListener((ListChangeListener<AccessCheck>) change -> showChecks(card));
        showChecks(card);
        feedback.textProperty().bind(card.feedbackProperty());
        showWhen(feedback, card.feedbackProperty().isNotEmpty());
        error.errorProperty().bind(card.errorProperty());
    }

    private void showChecks(SignInCard card) {
        checks.getChildren().clear();
        for (AccessCheck check : card.checks()) {
            var line = new Label(SignInCard.line(check));
            line.setWrapText(true);
            line.getStyleClass().addAll("access-check",
                    check.status() == AccessStatus.PRESENT ? "access-present" : "access-problem");
            checks.getChildren().add(line);
        }
    }
}
