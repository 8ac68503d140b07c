package co.pump.icm.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import co.pump.icm.apply.Applier;
import co.pump.icm.follow.AccountFollower;

/**
 * Turns Ctrl-C during an apply (or while following the accounts after it) into a safe stop:
 * requests already sent finish, nothing new starts, and the process waits (up to a minute) for the
 * run to close its journal before exiting.
 */
final class StopOnCtrlC implements AutoCloseable {

    private final AtomicReference<Runnable> stopper = new AtomicReference<>();
    private final java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    StopOnCtrlC(PrintWriter err) {
        hook = new Thread(() -> {
            stopping.set(true);
            Runnable stop = stopper.get();
            if (stop != null) {
                err.println();
                err.println("Stopping: requests already sent finish, nothing new starts…");
                err.flush();
                stop.run();
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
        stopper.set(a::cancel);
    }

    /** Stops this instead from now on (following the accounts after the import). */
    void watch(AccountFollower follower) {
        stopper.set(follower::cancel);
        if (stopping.get()) {
            follower.cancel(); // Ctrl-C came between the import and following
        }
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
