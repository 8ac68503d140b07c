package co.pump.icm.apply;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Named daemon threads, so a stuck request never keeps the program alive. */
final class Threads {
    private Threads() {
    }

    static ThreadFactory daemon(String prefix) {
        var counter = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
