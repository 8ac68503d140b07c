package co.pump.icm.ui.access;

import java.net.URI;

import co.pump.icm.model.MigratorException;
import co.pump.icm.ui.tasks.BackgroundTask;
import co.pump.icm.ui.tasks.TaskExecutor;
import co.pump.icm.verify.PortalUrl;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Test step's "Portal URL" card: the new access portal's address, where people sign in. AWS
 * gives every instance {@code https://<identityStoreId>.awsapps.com/start}; a custom subdomain
 * chosen in the console is not visible through the API, so the address can be edited. Copy puts
 * it on the clipboard; Open hands it to the browser (best effort). Holds no nodes.
 */
public final class PortalCard {

    private final TaskExecutor tasks;
    private final LinkActions links;
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final ReadOnlyStringWrapper defaultUrl = new ReadOnlyStringWrapper(this, "defaultUrl", "");
    private final ReadOnlyStringWrapper feedback = new ReadOnlyStringWrapper(this, "feedback", "");
    private final StringBinding problem;

    PortalCard(TaskExecutor tasks, LinkActions links) {
        this.tasks = tasks;
        this.links = links;
        this.problem = Bindings.createStringBinding(() -> problemWith(url.get()), url);
        url.addListener((obs, was, now) -> feedback.set(""));
    }

    /** The address as shown and edited. */
    public StringProperty urlProperty() {
        return url;
    }

    /** The address AWS gives the instance, or empty while the identity store is not known. */
    public ReadOnlyStringProperty defaultUrlProperty() {
        return defaultUrl.getReadOnlyProperty();
    }

    /** What is wrong with the address as typed, or null when it is a usable https address. */
    public StringBinding problemProperty() {
        return problem;
    }

    /** {@code ✓ Copied}, {@code Opened in your browser}, or why it could not open; empty otherwise. */
    public ReadOnlyStringProperty feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    /** Sets the instance's default address; an address the user edited is kept. */
    void useIdentityStore(String identityStoreId) {
        String address;
        try {
            address = identityStoreId == null ? "" : PortalUrl.of(identityStoreId);
        } catch (MigratorException notAStoreId) {
            address = "";
        }
        boolean edited = !url.get().isEmpty() && !url.get().equals(defaultUrl.get());
        defaultUrl.set(address);
        if (!edited) {
            url.set(address);
        }
    }

    /** Back to the address AWS gives the instance. */
    public void useDefault() {
        url.set(defaultUrl.get());
    }

    /** Copies the address to the clipboard. */
    public void copy() {
        if (problem.get() != null) {
            return;
        }
        links.copy(address());
        feedback.set("✓ Copied: paste it into a browser or a message to your users.");
    }

    /** Opens the address in the browser, in the background; says so when it could not. */
    public void open() {
        if (problem.get() != null) {
            return;
        }
        URI address = URI.create(address());
        feedback.set("Opening your browser…");
        BackgroundTask.of("Opening the access portal", work -> {
                    links.open(address);
                    return address;
                })
                .onSuccess(opened -> feedback.set("✓ Opened in your browser."))
                .onFailure(failure -> feedback.set("This computer could not open a browser from here. "
                        + "Copy the address and paste it into your browser."))
                .executeWith(tasks);
    }

    /** The address as typed, tidied ({@link PortalUrl#parse}), or null while it is not usable. */
    public String address() {
        return problem.get() == null ? PortalUrl.parse(url.get()) : null;
    }

    /** Null when usable; else a sentence that says what an address looks like. */
    static String problemWith(String text) {
        if (text == null || text.isBlank()) {
            return "Enter the access portal address, for example https://d-1234567890.awsapps.com/start.";
        }
        try {
            PortalUrl.parse(text);
            return null;
        } catch (MigratorException e) {
            return e.getMessage() + " With a custom subdomain it looks like https://acme.awsapps.com/start.";
        }
    }
}
