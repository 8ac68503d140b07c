package co.pump.icm.ui.signin;

import java.util.Comparator;
import java.util.List;

import co.pump.icm.aws.signin.PortalAccount;
import co.pump.icm.aws.signin.PortalRole;
import co.pump.icm.aws.signin.PortalSession;
import co.pump.icm.ui.errors.UserError;
import co.pump.icm.ui.tasks.BackgroundTask;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The account and the role to take after an IAM Identity Center sign-in: the accounts of the
 * access portal, sorted by name, and the roles of the chosen one, each listed in the background.
 * When there is only one, it is chosen.
 */
public final class PortalChoice {

    /** Accounts as people look for them: by name, then by ID (accounts without a name last). */
    private static final Comparator<PortalAccount> BY_NAME = Comparator.comparing(PortalAccount::accountName,
            Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)).thenComparing(PortalAccount::accountId);

    private final SignInViewModel step;
    private final ObservableList<PortalAccount> accounts = FXCollections.observableArrayList();
    private final ObjectProperty<PortalAccount> account = new SimpleObjectProperty<>(this, "account");
    private final ObservableList<PortalRole> roles = FXCollections.observableArrayList();
    private final ObjectProperty<PortalRole> role = new SimpleObjectProperty<>(this, "role");
    /** Lists being read; the spinner shows while there is one. */
    private final ReadOnlyIntegerWrapper listing = new ReadOnlyIntegerWrapper(this, "listing");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private PortalSession session;

    PortalChoice(SignInViewModel step) {
        this.step = step;
        busy.bind(listing.greaterThan(0));
        account.addListener((obs, was, now) -> listRoles(now));
    }

    /** The accounts the signed-in user may use. */
    public ObservableList<PortalAccount> accounts() {
        return accounts;
    }

    public ObjectProperty<PortalAccount> accountProperty() {
        return account;
    }

    /** The roles (permission sets) the user may take in the chosen account. */
    public ObservableList<PortalRole> roles() {
        return roles;
    }

    public ObjectProperty<PortalRole> roleProperty() {
        return role;
    }

    /** True while accounts or roles are being listed. */
    public ReadOnlyBooleanProperty listingProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Lists the accounts of a new session. */
    void show(PortalSession from) {
        clear();
        session = from;
        listing.set(listing.get() + 1);
        BackgroundTask.of("Listing the accounts of the access portal", progress -> from.accounts())
                .onSuccess(found -> {
                    if (session == from) {
                        accounts.setAll(found.stream().sorted(BY_NAME).toList());
                        if (found.size() == 1) {
                            account.set(found.get(0));
                        }
                    }
                })
                .onFailure(error -> step.showError(UserError.of(error, "The accounts could not be listed.")))
                .onFinished(() -> listing.set(listing.get() - 1))
                .executeWith(step.tasks());
    }

    /** Forgets the session's lists. */
    void clear() {
        session = null;
        accounts.clear();
        account.set(null);
        roles.clear();
        role.set(null);
    }

    private void listRoles(PortalAccount chosen) {
        roles.clear();
        role.set(null);
        PortalSession from = session;
        if (chosen == null || from == null) {
            return;
        }
        listing.set(listing.get() + 1);
        BackgroundTask.<List<PortalRole>>of("Listing the roles in account " + chosen.accountId(),
                        progress -> from.roles(chosen.accountId()))
                .onSuccess(found -> {
                    if (session == from && chosen.equals(account.get())) {
                        roles.setAll(found.stream().sorted(Comparator.comparing(PortalRole::roleName)).toList());
                        if (found.size() == 1) {
                            role.set(found.get(0));
                        }
                    }
                })
                .onFailure(error -> step.showError(UserError.of(error, "The roles could not be listed.")))
                .onFinished(() -> listing.set(listing.get() - 1))
                .executeWith(step.tasks());
    }
}
