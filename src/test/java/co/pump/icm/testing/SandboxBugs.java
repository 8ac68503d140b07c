package co.pump.icm.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import co.pump.icm.sandbox.SandboxStats;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Fails every test during which a sandbox, however it was started (a {@link SandboxFixture},
 * {@code Sandbox.start}, {@code icm sandbox}, the wizard's demo), had an internal failure: a bug
 * of the emulator, which it answers as a 500 that the product would otherwise retry as an AWS
 * outage. It listens to the reports the sandbox makes through java.util.logging
 * ({@link SandboxStats#FAILURE_LOGGER}).
 *
 * <p>Registered for the whole suite by {@code META-INF/services} and JUnit's extension
 * autodetection ({@code junit-platform.properties}). A failure outside any test (in a class's
 * setup or teardown) fails the class. Tests of the reporting itself say
 * {@link ExpectsSandboxBugs}.
 */
public final class SandboxBugs implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    /** Held here so that the logger, and the handler on it, live as long as the suite. */
    private static final Logger SANDBOX_LOGGER = Logger.getLogger(SandboxStats.FAILURE_LOGGER);
    private static final ConcurrentLinkedQueue<LogRecord> REPORTS = new ConcurrentLinkedQueue<>();

    static {
        SANDBOX_LOGGER.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()
                        && String.valueOf(record.getMessage()).startsWith(SandboxStats.FAILURE_REPORT)) {
                    REPORTS.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // Reports from sandboxes another class left running belong to that class.
        REPORTS.clear();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        failOnReports(context, "before this test (in the class's setup)");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        failOnReports(context, "during this test");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        failOnReports(context, "in the class's setup or teardown");
    }

    /** The reports received so far, which are then forgotten. */
    static List<LogRecord> take() {
        var taken = new ArrayList<LogRecord>();
        for (LogRecord record; (record = REPORTS.poll()) != null; ) {
            taken.add(record);
        }
        return taken;
    }

    private static void failOnReports(ExtensionContext context, String when) {
        List<LogRecord> reports = take();
        if (reports.isEmpty() || expected(context)) {
            return;
        }
        var message = new StringBuilder("The sandbox failed internally " + when + " (a sandbox bug, not AWS):");
        reports.forEach(r -> message.append("\n  ").append(r.getMessage()));
        var failure = new AssertionError(message.toString(), reports.get(0).getThrown());
        reports.stream().skip(1).map(LogRecord::getThrown).filter(t -> t != null).forEach(failure::addSuppressed);
        throw failure;
    }

    private static boolean expected(ExtensionContext context) {
        return context.getTestMethod().map(m -> AnnotationSupport.isAnnotated(m, ExpectsSandboxBugs.class)).orElse(false)
                || context.getTestClass().map(c -> AnnotationSupport.isAnnotated(c, ExpectsSandboxBugs.class)).orElse(false);
    }
}
