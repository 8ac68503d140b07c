package co.pump.icm.ui.app;

import java.util.Objects;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;

/**
 * The look of every window: AtlantaFX Primer, light or dark, plus the app's own stylesheet
 * ({@code co/pump/icm/ui/app.css}: larger type for a shared screen, the rail, the ribbon). The
 * dark choice is remembered in {@link AppSettings}.
 */
public final class Appearance {

    /** The app's stylesheet, added to every scene on top of the theme. */
    public static final String STYLESHEET = Objects.requireNonNull(
            Appearance.class.getResource("/co/pump/icm/ui/app.css"), "app.css").toExternalForm();

    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark");

    /** Starts with the remembered theme, applies it, and remembers every change. */
    public Appearance(AppSettings settings) {
        dark.set(settings.darkTheme());
        apply(dark.get());
        dark.addListener((obs, was, now) -> {
            apply(now);
            settings.setDarkTheme(now);
        });
    }

    /** True for the dark theme. The header's toggle is bound to it. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** Adds the app's stylesheet to a scene; call for every new window. */
    public void style(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }

    /** The name of the theme in use, e.g. {@code Primer Dark}. */
    public String themeName() {
        return dark.get() ? new PrimerDark().getName() : new PrimerLight().getName();
    }

    private static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
