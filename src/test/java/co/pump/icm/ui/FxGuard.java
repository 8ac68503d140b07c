package co.pump.icm.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.util.WaitForAsyncUtils;

/**
 * For every UI test: the app's log goes to {@code target/test-app-data}, an exception thrown on
 * the FX thread fails the test, and what each window shows at the end is saved to
 * {@code target/screenshots/<TestClass>-<test>.png} ({@code -2}, {@code -3} for more windows).
 * Register after {@code ApplicationExtension}, so that it runs before the app is stopped.
 */
public final class FxGuard implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

    private static final List<Throwable> FX_ERRORS = new CopyOnWriteArrayList<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        System.setProperty("icm.appDataDir", "target/test-app-data");
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        FX_ERRORS.clear();
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread()
                .setUncaughtExceptionHandler((thread, error) -> FX_ERRORS.add(error))).get();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        WaitForAsyncUtils.asyncFx(() -> {
            int index = 1;
            for (Window window : Window.getWindows()) {
                if (window instanceof Stage && window.isShowing() && window.getScene() != null) {
                    Screenshots.save(window.getScene(), index == 1 ? name : name + "-" + index);
                    index++;
                }
            }
        }).get();
        assertThat(FX_ERRORS).as("exceptions thrown on the FX thread").isEmpty();
    }

    /** Runs on the FX thread and waits, rethrowing what it threw. */
    public static void onFx(Runnable action) {
        try {
            WaitForAsyncUtils.asyncFx(action).get();
        } catch (Exception e) {
            throw new AssertionError(e.getCause() == null ? e : e.getCause());
        }
    }

    static boolean isFxThread() {
        return Platform.isFxApplicationThread();
    }
}
