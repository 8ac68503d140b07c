package co.pump.icm.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import co.pump.icm.apply.Applier;

/**
 * Turns Ctrl-C during an apply into a safe stop: requests already sent finish, nothing new starts,
 * and the process waits (up to a minute) for the run to close its journal before exiting.
 */
final class StopOnCtrlC implements AutoCloseable {

    private final AtomicReference<Applier> applier = new AtomicReference<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    StopOnCtrlC(PrintWriter err) {
        hook = new Thread(() -> {
            Applier a = applier.get();
            if (a != null) {
                err.println();
                err.println("Stopping: requests already sent finish, nothing new starts…");
                err.flush();
                a.cancel();
                try {
                    finished.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "icm-apply-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The applier to stop; give it to the session as its cancel consumer. */
    void watch(Applier a) {
        applier.set(a);
    }

    @Override
    public void close() {
        finished.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running: it is waiting for us, and the latch above releases it.
        }
    }
}
